import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import { DETAIL_LEVELS, levelAt, limitAt, strongest } from './levelOfDetail';
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
  claim(subject, object, { articleId: 'gdelt', event: { code: '042', goldstein: 1.9, mentions, url: 'https://example.org/' } });

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
});
