import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildInstitutions, buildLexicon } from './build.mjs';
import { convertCameoVerbs, inflections } from './cameoVerbs.mjs';

const shared = new URL('../../shared/data/petrarch2/CAMEO.2.0.txt', import.meta.url);

describe('the CAMEO lexicon', () => {
  it('inflects regular verbs generously', () => {
    expect(inflections('expel')).toEqual(expect.arrayContaining(['expels', 'expelled', 'expelling']));
    expect(inflections('normalize')).toEqual(expect.arrayContaining(['normalizes', 'normalized', 'normalizing']));
    expect(inflections('deny')).toEqual(expect.arrayContaining(['denies', 'denied', 'denying']));
  });
  it('reads the forms a line lists, with or without commas between them', () => {
    const { blocks } = convertCameoVerbs('#### VERB PATTERNS ####\n--- SUPPRESS [170] ---\n+HOLD_BACK {+HELD_BACK , +HOLDS_BACK}\nWAIVE {WAIVED WAIVES}\n');
    const forms = blocks.flatMap((b) => b.verbs.flatMap((v) => v.forms));
    expect(forms).toEqual(expect.arrayContaining(['held', 'holds', 'waived']));
    expect(forms).not.toContain(',');
  });
  it.runIf(existsSync(shared))('committed files are what lexicon/build.mjs makes from the dictionaries', () => {
    expect(readFileSync(new URL('../src/domain/extraction/cameo/cameoVerbs.json', import.meta.url), 'utf8')).toBe(buildLexicon());
    expect(readFileSync(new URL('../src/domain/extraction/cameo/institutions.json', import.meta.url), 'utf8')).toBe(buildInstitutions());
  });
  it('carries the licence notice and the origin of the data', () => {
    const notice = readFileSync(new URL('../src/domain/extraction/cameo/PETRARCH2-LICENSE.txt', import.meta.url), 'utf8');
    expect(notice).toContain('MIT License');
    expect(notice).toContain('openeventdata/petrarch2');
    expect(JSON.parse(readFileSync(new URL('../src/domain/extraction/cameo/cameoVerbs.json', import.meta.url), 'utf8')).origin).toContain('PETRARCH2');
  });
});
