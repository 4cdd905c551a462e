import { readFileSync } from 'node:fs';
import { nodeReaders } from './nodeGazetteer';
import { extractClaims } from '../src/domain/extraction/extractClaims';
const readers = nodeReaders();
const seed = readFileSync('src/domain/claims/seed/pompeo-morocco.txt', 'utf8');
const mb = Number(process.argv[2] ?? 1);
const copies = Math.ceil((mb * 1e6) / seed.length);
const text = Array.from({ length: copies }, () => seed).join('\n\n');
extractClaims({ id: 'w', text: seed, published: '2019-12-06' }, readers);
const all: number[] = [];
for (let i = 0; i < 9; i++) {
  const t = performance.now();
  const n = extractClaims({ id: 'bench', text, published: '2019-12-06' }, readers).claims.length;
  const ms = performance.now() - t;
  all.push(ms); void n;
}
all.sort((a, b) => a - b); console.log(`median ${all[4]!.toFixed(0)} ms, ${(text.length / 1e3 / all[4]!).toFixed(2)} MB/s`);
