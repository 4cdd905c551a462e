import { describe, expect, it } from 'vitest';
import { dayNumber } from '../domain/claims/partialDate';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import fc from 'fast-check';
import { indexClaims } from '../domain/relations/relationsAsOf';
import { generateWorkspace } from '../../bench/generateWorkspace';
import { claimDays, claimDaysOfIndex, MARK_SAMPLE, mergeMarks, nextMarkDay, previousMarkDay } from './timelineMarks';

const marks = claimDays(SEED_CLAIMS, () => SEED_ARTICLE.published);

describe('timeline marks', () => {
  it('are the same read from the claim index (its start days) as from the claims themselves', () => {
    expect(claimDaysOfIndex(indexClaims(SEED_CLAIMS, new Map([[SEED_ARTICLE.id, SEED_ARTICLE.published]])))).toEqual(marks);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
        const { claims, articles } = generateWorkspace(300, 60, seed);
        const published = new Map(articles.map((a) => [a.id, a.published]));
        expect(claimDaysOfIndex(indexClaims(claims, published))).toEqual(claimDays(claims, (id) => published.get(id) ?? ''));
      }),
      { numRuns: 30 },
    );
  });

  it('put one mark on each day a seed claim starts, from 1979 to the publication date', () => {
    expect(marks[0]?.day).toBe(dayNumber('1979-01-01'));
    expect(marks[marks.length - 1]?.day).toBe(dayNumber('2019-12-06'));
    expect(marks.reduce((n, m) => n + m.count, 0)).toBe(SEED_CLAIMS.length);
    // Each mark keeps its first claims for the tooltip, no more than MARK_SAMPLE.
    for (const m of marks) expect(m.claims.length).toBe(Math.min(m.count, MARK_SAMPLE));
    expect(marks.map((m) => m.day)).toEqual([...new Set(marks.map((m) => m.day))].sort((a, b) => a - b));
  });

  it('merge marks that would sit too close, losing no claim', () => {
    const merged = mergeMarks(marks, (d) => d / 365, 1); // one unit a year
    expect(merged.length).toBeLessThan(marks.length);
    expect(merged.reduce((n, m) => n + m.count, 0)).toBe(SEED_CLAIMS.length);
    expect(merged.every((m) => m.claims.length === Math.min(m.count, MARK_SAMPLE))).toBe(true);
    for (let i = 1; i < merged.length; i++) expect(merged[i]!.day - merged[i - 1]!.day).toBeGreaterThanOrEqual(365);
  });

  it('find the next and the previous mark', () => {
    expect(nextMarkDay(marks, dayNumber('1995-01-01'))).toBe(dayNumber('2000-01-01'));
    expect(previousMarkDay(marks, dayNumber('1995-01-01'))).toBe(dayNumber('1994-01-01'));
    expect(nextMarkDay(marks, dayNumber('2019-12-06'))).toBeNull();
    expect(previousMarkDay(marks, dayNumber('1979-01-01'))).toBeNull();
  });
});
