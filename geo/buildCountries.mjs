// Build step (runs on `npm install` and `npm run build`): world-atlas countries-50m TopoJSON ->
// public/countries.topo.json, the asset the app fetches. See countryFeatures.mjs for the steps.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { buildCountryFeatures } from './countryFeatures.mjs';

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
