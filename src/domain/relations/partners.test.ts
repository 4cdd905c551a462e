import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import type { Stance } from '../claims/vocabulary';
import { eventClaim } from './eventTestKit';
import { partnersOf } from './partners';

const event = (subject: string, object: string, stance: Stance, at: string, weight = 1): Claim => eventClaim(subject, object, stance, at, { weight });

describe('partnersOf', () => {
  const claims = [
    event('USA', 'RUS', 'tense', '2015-01-01', 3),
    event('RUS', 'USA', 'tense', '2016-01-01', 2),
    event('RUS', 'USA', 'cooperative', '2016-02-01', 4),
    event('USA', 'CAN', 'cooperative', '2010-05-01', 10),
    event('USA', 'IRN', 'hostile', '2020-01-03', 50),
    event('FRA', 'DEU', 'cooperative', '2016-01-01'),
  ];

  it('names every partner by the date, however long ago, the most mentioned first, with events out and in', () => {
    const { partners, out, in: inward } = partnersOf('USA', claims, '2016-12-31');
    expect(partners.map((p) => p.id)).toEqual(['CAN', 'RUS']);
    expect(partners[1]).toEqual({ id: 'RUS', events: 3, out: 1, in: 2, mentions: 9, stance: 'tense' });
    expect([out, inward]).toEqual([2, 2]);
  });

  it('leaves out events after the date, and claims that are not coded events', () => {
    expect(partnersOf('USA', claims, '2009-01-01').partners).toEqual([]);
    expect(partnersOf('USA', claims, '2020-12-31').partners[0]?.id).toBe('IRN');
    const article = { ...event('USA', 'MAR', 'cooperative', '2016-01-01'), event: undefined };
    expect(partnersOf('USA', [article], '2020-01-01').partners).toEqual([]);
  });
});
