// Sizes of what the browser downloads: the initial JS and CSS (gzip), the countries asset, and the
// whole built `dist/`. Run after the build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './measure';

/** Issue 14's budget. maplibre-gl 6 alone is about 296 KB gzip and react-dom about 57: see the floor printed beside it. */
export const BUDGET_JS_KB = 350;
export const BUDGET_COUNTRIES_KB = 250;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (bytes: number) => Math.round(bytes / 100) / 10;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function benchSize(dist = 'dist'): Figure[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  // What index.html loads at once: its scripts, module preloads and style sheets.
  const initial = [...html.matchAll(/(?:src|href)="(?:\.\/|\/)?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => join(dist, m[1]!));
  const js = initial.filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(f), 0);
  const css = initial.filter((f) => f.endsWith('.css')).reduce((n, f) => n + gz(f), 0);
  const countries = gz(join(dist, 'countries.topo.json'));
  const all = files(dist);
  const raw = all.reduce((n, f) => n + statSync(f).size, 0);
  const zipped = all.reduce((n, f) => n + gz(f), 0);
  const fig = (figure: string, size: string, value: number, budget?: number, extra?: Figure['extra']): Figure => ({
    figure,
    size,
    unit: 'KB',
    median: value,
    min: value,
    max: value,
    ...(extra ? { extra } : {}),
    ...(budget ? { budget: { limit: budget, pass: value <= budget, text: `≤ ${budget} KB gzip` } } : {}),
  });
  return [
    fig('initial JS (gzip)', `${initial.filter((f) => f.endsWith('.js')).length} file(s) index.html loads`, kb(js), BUDGET_JS_KB, {
      'of which maplibre-gl.mjs alone KB': kb(gz('node_modules/maplibre-gl/dist/maplibre-gl.mjs')),
    }),
    fig('initial CSS (gzip)', 'style sheets index.html loads', kb(css)),
    fig('countries asset (gzip)', 'countries.topo.json', kb(countries), BUDGET_COUNTRIES_KB),
    fig('whole dist/ (gzip)', `${all.length} files`, kb(zipped), undefined, { 'uncompressed KB': kb(raw) }),
  ];
}
