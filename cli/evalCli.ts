// `npm run eval -- ../shared/eval/dev [--verbose]`: extraction scored against the hand-made
// annotations, per article and overall (micro-average), as ../shared/eval/README.md describes.
// Articles 11-24 are the ones rules may be tuned on; 25 and up are kept for scoring, and their
// figure is printed apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../src/domain/extraction/articleFile';
import { extractClaims } from '../src/domain/extraction/extractClaims';
import { finish, type Score, score } from '../src/domain/extraction/score';
import { addDetails, NO_DETAILS, type ScoreDetails, scoreDetails } from '../src/domain/extraction/scoreDetails';
import { nodeGazetteer, nodeReaders } from './nodeGazetteer';
import { FICTIONAL_STATES, petrarchCases, runPetrarchCases } from './petrarchRecords';
import { ActorFinder } from '../src/domain/extraction/actorFinder';

/** Articles numbered from this one on are held out: read only to score, never to tune. */
const HELD_OUT_FROM = 25;

const folder = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/eval/dev';
const verbose = process.argv.includes('--verbose');
const readers = nodeReaders();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (name: string, s: Score) =>
  `${name.padEnd(40)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}  (${s.truePositives}/${s.predicted} predicted, ${s.gold} gold)`;
const totals = { tuned: { tp: 0, predicted: 0, gold: 0 }, heldOut: { tp: 0, predicted: 0, gold: 0 } };
const details = { tuned: NO_DETAILS, heldOut: NO_DETAILS };
const rows: string[] = [];
for (const file of readdirSync(join(folder, 'articles')).filter((f) => f.endsWith('.txt')).sort()) {
  const article = parseArticleFile(readFileSync(join(folder, 'articles', file), 'utf8'));
  const goldFile = JSON.parse(readFileSync(join(folder, 'gold', file.replace(/\.txt$/, '.json')), 'utf8'));
  const published: string | null = article.published ?? goldFile.published ?? null;
  const { claims } = extractClaims({ id: file, text: article.text, published, bodyStart: article.bodyStart }, readers);
  const s: Score = score(claims, goldFile.claims);
  const split = Number.parseInt(file, 10) >= HELD_OUT_FROM ? totals.heldOut : totals.tuned;
  split.tp += s.truePositives;
  split.predicted += s.predicted;
  split.gold += s.gold;
  const which = split === totals.tuned ? 'tuned' : 'heldOut';
  details[which] = addDetails(details[which], scoreDetails(claims, goldFile.claims, (goldFile.actors ?? []).map((a: { id: string }) => a.id)));
  rows.push(line(file, s));
  // Held-out articles are read only to score: their misses are not printed, so no rule is tuned on them.
  if (verbose && split === totals.tuned) {
    for (const k of s.missed) rows.push(`    missed   ${k}`);
    for (const k of s.spurious) rows.push(`    spurious ${k}  <- ${claims.find((c) => [c.a, c.b].sort().join('|') + '|' + c.stance === k)?.trigger ?? ''}`);
  }
}
const { tuned, heldOut } = totals;
console.log(rows.join('\n'));
console.log(line(`tuned on (< ${HELD_OUT_FROM})`, finish(tuned.tp, tuned.predicted, tuned.gold)));
console.log(line(`held out (>= ${HELD_OUT_FROM})`, finish(heldOut.tp, heldOut.predicted, heldOut.gold)));
console.log(line('overall (micro)', finish(tuned.tp + heldOut.tp, tuned.predicted + heldOut.predicted, tuned.gold + heldOut.gold)));
// Beside F1 (../shared/eval/README.md): on the matched keys, and pairs and actors found at all.
const of = (n: number, d: number) => `${n}/${d} (${pct(d ? n / d : 0)})`;
const beside = (name: string, d: ScoreDetails) =>
  `${name.padEnd(16)} matched ${d.matched}: direction ${of(d.directionRight, d.directed)}, year ${of(d.yearRight, d.matched)}, certainty ${of(d.certaintyRight, d.matched)}, evidence ${of(d.evidenceRight, d.matched)}; pairs found with any stance ${of(d.pairsFound, d.goldPairs)}; actors ${of(d.actorsFound, d.goldActors)}`;
console.log(beside('tuned on', details.tuned));
console.log(beside('held out', details.heldOut));

// PETRARCH2's unit-test sentences: the events between states it codes, found as (pair, stance).
const gazetteer = [...nodeGazetteer(), ...FICTIONAL_STATES];
const petrarch = runPetrarchCases(petrarchCases(new Set(gazetteer.map((g) => g.id))), { ...readers, finder: new ActorFinder(gazetteer) });
const share = (n: number) => pct(petrarch.expected ? n / petrarch.expected : 0);
console.log(
  `PETRARCH2 unit-test sentences: of ${petrarch.expected} coded events between states, ${petrarch.found} found with pair and stance (${share(petrarch.found)}), ${petrarch.pairs} with the pair (${share(petrarch.pairs)})`,
);
if (process.argv.includes('--petrarch')) for (const m of petrarch.misses) console.log(`    missed   ${m}`);
