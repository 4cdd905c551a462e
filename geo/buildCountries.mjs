// Build step (runs on `npm install` and `npm run build`): world-atlas countries-50m TopoJSON ->
// public/countries.topo.json, the asset the app fetches (see countryFeatures.mjs for the steps), and
// public/gazetteer.json, the state names extraction uses (see gazetteer.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { buildCountryFeatures } from './countryFeatures.mjs';
import { gazetteerEntries } from './gazetteer.mjs';
import { seaNeighbours } from './seaNeighbours.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'public', 'countries.topo.json');

const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const worldCountries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8'));

const { countries, labels } = buildCountryFeatures(feature(atlas, atlas.objects.countries).features, worldCountries);
const topo = topology(
  { countries: { type: 'FeatureCollection', features: countries }, labels: { type: 'FeatureCollection', features: labels } },
  1e5,
);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(topo));
console.log(`geo: ${countries.length} country features, ${labels.length} labels -> ${out}`);

// The names extraction recognises states by, for the app (the command line reads world-countries).
const gazetteerOut = join(root, 'public', 'gazetteer.json');
writeFileSync(gazetteerOut, JSON.stringify(gazetteerEntries(worldCountries, seaNeighbours(atlas, worldCountries))));
console.log(`geo: gazetteer of ${worldCountries.length} states -> ${gazetteerOut}`);
