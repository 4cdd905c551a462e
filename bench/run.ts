// `npm run bench`: runs every benchmark, prints a table (figure, size, median of several runs, min,
// max) with PASS or FAIL against each budget, and writes the same as bench/results.json.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Figure } from './measure';
import { round } from './measure';
import { benchBrowser } from './browserBench';
import { benchExtraction } from './extractionBench';
import { benchRelations } from './relationsBench';

// `npm run bench`: everything; `npm run bench node`: the Node benchmarks; `npm run bench browser`: the
// browser ones; `npm run bench browser map` (or startup, png, gdelt, article): one part of them.
const only = process.argv[2];
const part = process.argv[3];
const figures: Figure[] = [...(only === 'browser' ? [] : [...benchRelations(), ...benchExtraction()]), ...(only === 'node' ? [] : await benchBrowser(part))];

const rows = figures.map((f) => [
  f.figure,
  f.size,
  `${round(f.median)} ${f.unit}`,
  `${round(f.min)}`,
  `${round(f.max)}`,
  f.extra ? Object.entries(f.extra).map(([k, v]) => `${k} ${v}`).join(', ') : '',
  f.budget ? `${f.budget.pass ? 'PASS' : 'FAIL'} (${f.budget.text})` : '',
]);
const head = ['figure', 'size', 'median', 'min', 'max', 'also', 'budget'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

const out = fileURLToPath(new URL('../results.json', import.meta.url));
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, figures }, null, 2)}\n`);
console.log(`\nwritten: ${out}`);
const failed = figures.filter((f) => f.budget && !f.budget.pass);
if (failed.length > 0) console.log(`${failed.length} budget(s) FAIL: ${failed.map((f) => `${f.figure} (${f.size})`).join('; ')}`);
