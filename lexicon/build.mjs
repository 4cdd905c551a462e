// `npm run lexicon`: converts PETRARCH2's CAMEO verb dictionary and its state institutions
// (../shared/data/petrarch2, MIT) into src/domain/extraction/cameo/cameoVerbs.json and
// institutions.json, the forms extraction reads, and writes their licence notice beside them. The converted file is committed, so that a clone works without ../shared; a
// test checks that it is what this script makes from the dictionary.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { convertCameoVerbs } from './cameoVerbs.mjs';
import { convertInstitutions } from './phoenixInstitutions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, '../shared/data/petrarch2');
const to = join(root, 'src/domain/extraction/cameo');

export const ORIGIN =
  'Converted by lexicon/build.mjs from CAMEO.2.0.txt of PETRARCH2 (https://github.com/openeventdata/petrarch2, commit 676801c), MIT licence, Copyright (c) 2015 Open Event Data Alliance; see PETRARCH2-LICENSE.txt beside this file.';

export function buildLexicon() {
  const converted = convertCameoVerbs(readFileSync(join(from, 'CAMEO.2.0.txt'), 'utf8'));
  return `${JSON.stringify({ origin: ORIGIN, ...converted })}\n`;
}

export const INSTITUTIONS_ORIGIN =
  'Converted by lexicon/build.mjs from Phoenix.Countries.actors.txt of PETRARCH2 (https://github.com/openeventdata/petrarch2, commit 676801c), MIT licence, Copyright (c) 2014 Open Event Data Alliance; see PETRARCH2-LICENSE.txt beside this file.';

export function buildInstitutions() {
  const states = new Set(createRequire(import.meta.url)('world-countries/countries.json').map((c) => (c.cca3 === 'UNK' ? 'XKX' : c.cca3)));
  const forms = convertInstitutions(readFileSync(join(from, 'Phoenix.Countries.actors.txt'), 'utf8'), states);
  return `${JSON.stringify({ origin: INSTITUTIONS_ORIGIN, forms }, null, 1)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const json = buildLexicon();
  writeFileSync(join(to, 'cameoVerbs.json'), json);
  const institutions = buildInstitutions();
  writeFileSync(join(to, 'institutions.json'), institutions);
  console.log(`lexicon: ${Object.keys(JSON.parse(institutions).forms).length} names of state institutions -> ${join(to, 'institutions.json')}`);
  writeFileSync(
    join(to, 'PETRARCH2-LICENSE.txt'),
    `cameoVerbs.json is converted from PETRARCH2's CAMEO.2.0.txt and institutions.json from its\nPhoenix.Countries.actors.txt (https://github.com/openeventdata/petrarch2, commit 676801c) by\nlexicon/build.mjs.\nIts licence:\n\n${readFileSync(join(from, 'LICENSE'), 'utf8')}`,
  );
  const data = JSON.parse(json);
  const verbs = data.blocks.reduce((n, b) => n + b.verbs.length, 0);
  const patterns = data.blocks.reduce((n, b) => n + b.patterns.length, 0);
  console.log(`lexicon: ${data.blocks.length} verb blocks, ${verbs} verbs, ${patterns} patterns, ${Object.keys(data.synsets).length} synonym sets -> ${join(to, 'cameoVerbs.json')} (${json.length} bytes)`);
}
