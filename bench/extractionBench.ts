// Extraction throughput: MB of article text a second on one core, at two sizes so the growth shows.
// The readers (gazetteer, wink-nlp's tagger, the CAMEO lexicon) are made once, as the worker makes
// them; tagging is part of what is timed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeReaders } from '../cli/nodeGazetteer';
import { extractClaims } from '../src/domain/extraction/extractClaims';
import { type Figure, round, summary, timeRuns } from './measure';

/** At least this many MB of article text a second. */
export const BUDGET_MB_PER_S = 1;

export function benchExtraction(): Figure[] {
  const readers = nodeReaders();
  // Run from the project's root (npm run bench); this file is bundled into bench/.build.
  const seed = readFileSync(join(process.cwd(), 'src/domain/claims/seed/pompeo-morocco.txt'), 'utf8');
  const figures: Figure[] = [];
  for (const mb of [0.25, 1, 4]) {
    const copies = Math.ceil((mb * 1e6) / seed.length);
    const text = Array.from({ length: copies }, () => seed).join('\n\n');
    const bytes = Buffer.byteLength(text);
    let claims = 0;
    const runs = timeRuns(() => {
      claims = extractClaims({ id: 'bench', text, published: '2019-12-06' }, readers).claims.length;
    }, mb >= 4 ? 3 : 5, 1);
    const s = summary(runs);
    const rate = bytes / 1e6 / (s.median / 1000);
    figures.push({
      figure: 'extraction',
      size: `${round(bytes / 1e6, 2)} MB (seed article × ${copies})`,
      unit: 'ms',
      ...s,
      extra: { 'MB/s': round(rate, 2), claims },
      // (The figure is on 1 MB and on 4 MB of text; 0.25 MB is printed to show the growth.)
      ...(mb >= 1 ? { budget: { limit: BUDGET_MB_PER_S, pass: rate >= BUDGET_MB_PER_S, text: `≥ ${BUDGET_MB_PER_S} MB/s` } } : {}),
    });
  }
  return figures;
}
