// relationsAsOf on generated workspaces of 1k, 10k and 100k claims over up to 10k pairs: time and
// memory for each size, and how the time grows with the number of claims.
import { indexClaims, publishedDates, relationsAsOf, relationsFromIndex } from '../src/domain/relations/relationsAsOf';
import { generateWorkspace } from './generateWorkspace';
import { type Figure, round, summary, timeRuns } from './measure';

const SIZES = [
  { claims: 1_000, pairs: 500, label: '1k claims' },
  { claims: 10_000, pairs: 3_000, label: '10k claims' },
  { claims: 100_000, pairs: 10_000, label: '100k claims' },
];
/** relationsAsOf on 100k claims must take under this many milliseconds. */
export const BUDGET_100K_MS = 50;

export function benchRelations(): Figure[] {
  const figures: Figure[] = [];
  const medians: number[] = [];
  for (const size of SIZES) {
    const { claims, articles, pairs } = generateWorkspace(size.claims, size.pairs, 42);
    const published = publishedDates(articles);
    const asOf = '2015-06-30';
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const kept = relationsAsOf(claims, asOf, published);
    const after = process.memoryUsage().heapUsed;
    const runs = timeRuns(() => relationsAsOf(claims, asOf, published), size.claims >= 100_000 ? 15 : 30);
    const s = summary(runs);
    medians.push(s.median);
    figures.push({
      figure: 'relationsAsOf',
      size: `${size.label}, ${pairs} pairs`,
      unit: 'ms',
      ...s,
      extra: { 'heap MB': round((after - before) / 1e6), relations: kept.size, 'µs/claim': round((s.median * 1000) / size.claims, 3) },
      ...(size.claims === 100_000 ? { budget: { limit: BUDGET_100K_MS, pass: s.median < BUDGET_100K_MS, text: `< ${BUDGET_100K_MS} ms` } } : {}),
    });
    // Moving the date over the same claims: the index is built once, only the fold runs again.
    const index = indexClaims(claims, published);
    const dates = ['1995-01-01', '2005-06-30', '2015-06-30', '2024-12-31'];
    let d = 0;
    const warm = summary(timeRuns(() => relationsFromIndex(index, dates[d++ % dates.length]!), size.claims >= 100_000 ? 20 : 40));
    figures.push({
      figure: 'relationsFromIndex (date moved)',
      size: `${size.label}, ${pairs} pairs`,
      unit: 'ms',
      ...warm,
      extra: { 'µs/claim': round((warm.median * 1000) / size.claims, 3) },
    });
  }
  // Growth: time per claim at 100k over time per claim at 10k; at most linear means a ratio near 1 or below.
  const perClaim = medians.map((m, i) => m / SIZES[i]!.claims);
  const growth = perClaim[2]! / perClaim[1]!;
  figures.push({
    figure: 'relationsAsOf growth',
    size: '100k vs 10k, time per claim',
    unit: 'ratio',
    median: round(growth, 2),
    min: round(growth, 2),
    max: round(growth, 2),
    budget: { limit: 1.5, pass: growth <= 1.5, text: '≤ 1.5 (no faster than linear, with noise)' },
  });
  return figures;
}
