import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evidenceProblems } from './claim';
import { claimSchema, parseClaims } from './claimSchema';
import { firstDay, lastDay, partialDateProblem } from './partialDate';
import rawSeedClaims from './seed/pompeoMoroccoClaims.json';
import { SEED_ARTICLE, SEED_CLAIMS } from './seed/seedArticle';

describe('the seed claims', () => {
  it('every evidence quote occurs verbatim in the seed article at its offsets', () => {
    expect(SEED_CLAIMS.length).toBeGreaterThan(20);
    for (const claim of SEED_CLAIMS) {
      expect(SEED_ARTICLE.text.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.quote);
    }
    expect(evidenceProblems(SEED_CLAIMS, [SEED_ARTICLE])).toEqual([]);
  });

  it('have unique ids', () => {
    expect(new Set(SEED_CLAIMS.map((c) => c.id)).size).toBe(SEED_CLAIMS.length);
  });

  const shared = fileURLToPath(new URL('../../../../shared/seed/pompeo-morocco.txt', import.meta.url));
  it.runIf(existsSync(shared))('ship the seed article exactly as ../shared/seed has it', () => {
    expect(SEED_ARTICLE.text).toBe(readFileSync(shared, 'utf8'));
  });
});

describe('claim validation', () => {
  const good = rawSeedClaims[0];

  it('accepts a well-formed claim', () => {
    expect(claimSchema.safeParse(good).success).toBe(true);
  });

  it('names the field path of each problem', () => {
    const bad = [good, { ...good, stance: 'friendly' }, { ...good, when: { kind: 'point', at: '2019-02-30' } }];
    const { claims, problems } = parseClaims(bad);
    expect(claims).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(['claims[1].stance', 'claims[2].when.at']);
    expect(problems[1]?.message).toContain('no day 30');
  });

  it('rejects a claim between an actor and itself, and a quote whose offsets do not match its length', () => {
    expect(parseClaims([{ ...good, object: good?.subject }]).problems[0]?.path).toBe('claims[0].object');
    const shifted = { ...good, evidence: { ...good?.evidence, end: (good?.evidence.end ?? 0) + 1 } };
    expect(parseClaims([shifted]).problems[0]?.path).toBe('claims[0].evidence.end');
  });

  it('reports a quote that is not at its offsets, or not in its article at all', () => {
    const [first] = SEED_CLAIMS;
    if (!first) throw new Error('no seed claim');
    const moved = { ...first, evidence: { ...first.evidence, start: first.evidence.start + 1, end: first.evidence.end + 1 } };
    expect(evidenceProblems([moved], [SEED_ARTICLE])[0]?.message).toMatch(/is at \d+-\d+/);
    const invented = { ...first, evidence: { quote: 'Morocco declared war.', start: 0, end: 21 } };
    expect(evidenceProblems([invented], [SEED_ARTICLE])[0]?.message).toContain('is not in article');
  });
});

describe('partial dates', () => {
  it('accept a year, a month or a day, and say what is wrong with anything else', () => {
    expect(partialDateProblem('1979')).toBeNull();
    expect(partialDateProblem('2019-02')).toBeNull();
    expect(partialDateProblem('2020-02-29')).toBeNull();
    expect(partialDateProblem('2019-02-29')).toContain('no day 29');
    expect(partialDateProblem('2019-13')).toContain('no month 13');
    expect(partialDateProblem('last year')).toContain('is not a date');
  });

  it('cover from their first day to their last', () => {
    expect([firstDay('2019'), lastDay('2019')]).toEqual(['2019-01-01', '2019-12-31']);
    expect([firstDay('2019-02'), lastDay('2019-02')]).toEqual(['2019-02-01', '2019-02-28']);
    expect([firstDay('2019-12-05'), lastDay('2019-12-05')]).toEqual(['2019-12-05', '2019-12-05']);
  });
});

describe('a machine-coded event behind a claim', () => {
  const base = { ...SEED_CLAIMS[0]!, articleId: 'gdelt', certainty: 'reported' as const };

  it('is source-neutral: coding system, code, weight, Goldstein where given, sources and data set', () => {
    const event = { system: 'CAMEO', code: '112', weight: 3, sources: ['https://example.org/a'], dataset: 'ICEWS' };
    const parsed = claimSchema.safeParse({ ...base, event });
    expect(parsed.success && parsed.data.event).toEqual(event);
    expect(claimSchema.safeParse({ ...base, event: { ...event, weight: 0 } }).success).toBe(false);
  });

  it('still reads the first, GDELT-shaped format that saved workspaces and snapshots hold', () => {
    const parsed = claimSchema.safeParse({ ...base, event: { code: '042', goldstein: 1.9, mentions: 4, url: 'https://example.org/b' } });
    expect(parsed.success && parsed.data.event).toEqual({ system: 'CAMEO', code: '042', weight: 4, goldstein: 1.9, sources: ['https://example.org/b'], dataset: 'GDELT 2.0' });
  });
});
