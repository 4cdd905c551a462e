import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import packagedModel from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { winkModel } from './winkModel';
import { winkTagger } from './winkTagger';

const require = createRequire(import.meta.url);
const coreJson = readFileSync(require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), 'utf8');

// Words the model has never seen ("Zarvonia", "Quelmark") are added to the model as they are read:
// each tagger must keep its own.
const TEXT =
  'Zarvonia expelled two diplomats from Quelmark on Tuesday, accusing them of spying. ' +
  "The foreign ministry's spokeswoman said talks had broken down, and the ambassadors were recalled. " +
  'Quelmark denied the charges; Zarvonian officials were summoned again.';

describe('winkModel: the lite model put together for the part-of-speech pipe', () => {
  it('tags, lemmatises and places every word as the packaged model does', () => {
    const packaged = winkTagger(packagedModel)(TEXT);
    const ours = winkTagger(winkModel(() => JSON.parse(coreJson)))(TEXT);
    expect(ours).toEqual(packaged);
    expect(ours.find((t) => t.text === 'recalled')).toMatchObject({ pos: 'VERB', lemma: 'recall' });
  });

  it('gives each tagger its own copy of the words it learns', () => {
    const first = winkTagger(winkModel(() => JSON.parse(coreJson)));
    const second = winkTagger(winkModel(() => JSON.parse(coreJson)));
    const once = first(TEXT);
    first('Vostrania and Pellinor signed an accord.');
    expect(second(TEXT)).toEqual(once);
    expect(first(TEXT)).toEqual(once);
  });
});
