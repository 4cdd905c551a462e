import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import { CASED_LIMIT, DETAIL_LEVELS, levelAt, limitAt, strongest } from './levelOfDetail';
import { relationsAsOf } from './relationsAsOf';

let n = 0;
const claim = (subject: string, object: string, overrides: Partial<Claim> = {}): Claim => ({
  id: `c${n++}`,
  articleId: 'a',
  subject,
  object,
  stance: 'tense',
  directed: false,
  when: { kind: 'point', at: '2019-01-01' },
  certainty: 'reported',
  attribution: 'x',
  evidence: { quote: 'q', start: 0, end: 1 },
  ...overrides,
});
const event = (subject: string, object: string, mentions: number) =>
  claim(subject, object, { articleId: 'gdelt', event: { system: 'CAMEO', code: '042', goldstein: 1.9, weight: mentions, sources: ['https://example.org/'], dataset: 'GDELT 2.0' } });

describe('level of detail', () => {
  it('draws more relations as the map zooms in, and every relation when close', () => {
    expect(limitAt(0)).toBe(DETAIL_LEVELS[0]?.limit);
    expect(limitAt(1.5)).toBe(limitAt(0));
    const limits = [0, 2, 3, 3.5, 4, 6, 8].map((z) => limitAt(z));
    for (let i = 1; i < limits.length; i++) expect(limits[i]).toBeGreaterThanOrEqual(limits[i - 1] as number);
    expect(limitAt(8)).toBe(Infinity);
    expect(levelAt(0)).toBe(0);
    expect(levelAt(8)).toBe(DETAIL_LEVELS.length - 1);
  });

  it('keeps every relation when they are within the limit', () => {
    const relations = relationsAsOf([claim('MAR', 'ISR'), claim('USA', 'IRN')], '2020-01-01', new Map());
    expect(strongest(relations.values(), 2)).toMatchObject({ total: 2 });
    expect(strongest(relations.values(), 2).shown).toHaveLength(2);
  });

  it('puts relations read from articles before those of machine-coded events, then the best supported', () => {
    // (ties keep the order the relations come in)
    const claims = [
      ...Array.from({ length: 5 }, () => event('RUS', 'SYR', 50)),
      claim('MAR', 'ISR'),
      claim('USA', 'IRN'),
      claim('USA', 'IRN'),
      event('FRA', 'DEU', 3),
      event('CHN', 'JPN', 900),
    ];
    const relations = relationsAsOf(claims, '2020-01-01', new Map([['a', '2019-01-01'], ['gdelt', '2019-01-01']]));
    const { shown, total } = strongest(relations.values(), 3);
    expect(total).toBe(5);
    expect(shown.map((r) => r.key)).toEqual(['IRN|USA', 'ISR|MAR', 'RUS|SYR']);
    // Among events alone, more mentions on the stance come first.
    const events = strongest([...relations.values()].filter((r) => r.events), 2).shown.map((r) => r.key);
    expect(events).toEqual(['RUS|SYR', 'CHN|JPN']);
  });

  it('keeps exactly the strongest, as a full sort would', () => {
    const codes = ['USA', 'IRN', 'MAR', 'ISR', 'FRA', 'DEU', 'CHN', 'RUS', 'SYR', 'TUR'];
    const arbClaim = fc.record({
      a: fc.integer({ min: 0, max: 9 }),
      b: fc.integer({ min: 0, max: 9 }),
      mentions: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(arbClaim, { maxLength: 300 }), fc.integer({ min: 0, max: 60 }), (raw, limit) => {
        const claims = raw.filter((x) => x.a !== x.b).map((x) => (x.mentions > 0 ? event(codes[x.a]!, codes[x.b]!, x.mentions) : claim(codes[x.a]!, codes[x.b]!)));
        const relations = [...relationsAsOf(claims, '2020-01-01', new Map([['a', '2019-01-01'], ['gdelt', '2019-01-01']])).values()];
        const articles = (r: (typeof relations)[number]) => r.support.filter((c) => !c.event).length;
        const naive = [...relations].sort(
          (x, y) =>
            articles(y) - articles(x) ||
            y.support.length - x.support.length ||
            (y.events?.mentions[y.stance] ?? 0) - (x.events?.mentions[x.stance] ?? 0),
        ); // a stable sort: ties keep the order given
        const { shown, total } = strongest(relations, limit);
        expect(total).toBe(relations.length);
        if (relations.length > Math.min(limit, CASED_LIMIT)) expect(shown.map((r) => r.key)).toEqual(naive.slice(0, limit).map((r) => r.key));
        else expect(shown).toHaveLength(relations.length);
      }),
      { numRuns: 200 },
    );
  });
});
