// `npm run eval -- ../shared/eval/dev`: extraction scored against the hand-made annotations, per
// article and overall (micro-average), as ../shared/eval/README.md describes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../src/domain/extraction/articleFile';
import { extractClaims } from '../src/domain/extraction/extractClaims';
import { finish, type Score, score } from '../src/domain/extraction/score';
import { nodeActorFinder } from './nodeGazetteer';

const folder = process.argv[2] ?? '../shared/eval/dev';
const verbose = process.argv.includes('--verbose');
const finder = nodeActorFinder();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
let tp = 0;
let predicted = 0;
let gold = 0;
const rows: string[] = [];
for (const file of readdirSync(join(folder, 'articles')).filter((f) => f.endsWith('.txt')).sort()) {
  const article = parseArticleFile(readFileSync(join(folder, 'articles', file), 'utf8'));
  const goldFile = JSON.parse(readFileSync(join(folder, 'gold', file.replace(/\.txt$/, '.json')), 'utf8'));
  const published = article.published ?? goldFile.published ?? '1970-01-01';
  const { claims } = extractClaims({ id: file, text: article.text, published, bodyStart: article.bodyStart }, finder);
  const s: Score = score(claims, goldFile.claims);
  tp += s.truePositives;
  predicted += s.predicted;
  gold += s.gold;
  rows.push(`${file.padEnd(36)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}  (${s.truePositives}/${s.predicted} predicted, ${s.gold} gold)`);
  if (verbose) {
    for (const k of s.missed) rows.push(`    missed   ${k}`);
    for (const k of s.spurious) rows.push(`    spurious ${k}  <- ${claims.find((c) => [c.a, c.b].sort().join('|') + '|' + c.stance === k)?.trigger ?? ''}`);
  }
}
const all = finish(tp, predicted, gold);
console.log(rows.join('\n'));
console.log(`${'overall (micro)'.padEnd(36)} P ${pct(all.precision).padStart(6)}  R ${pct(all.recall).padStart(6)}  F1 ${pct(all.f1).padStart(6)}  (${tp}/${predicted} predicted, ${gold} gold)`);
