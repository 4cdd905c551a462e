import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_SAMPLE, type StartDay, startDays } from './claimIndex';

/** The days claims start on, counted the plain way: a map of a day per key, then sorted. */
function reference(start: Int32Array): StartDay[] {
  const days = new Map<number, StartDay>();
  start.forEach((key, i) => {
    const day = days.get(key) ?? { key, count: 0, first: [] };
    day.count++;
    if (day.first.length < DAY_SAMPLE) day.first.push(i);
    days.set(key, day);
  });
  return [...days.values()].sort((x, y) => x.key - y.key);
}

const dayKey = fc.record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) }).map(({ year, month, day }) => year * 10000 + month * 100 + day);
const nearbyKeys = fc.integer({ min: 1900, max: 2030 }).chain((year) => fc.array(dayKey.map((k) => (k % 10000) + (year + (Math.floor(k / 10000) % 3)) * 10000), { maxLength: 200 }));

describe('startDays, the timeline marks of an index', () => {
  it('gives every start day in order, its count and its first claims, for keys within a few years', () => {
    fc.assert(fc.property(nearbyKeys, (keys) => {
      expect(startDays(Int32Array.from(keys))).toEqual(reference(Int32Array.from(keys)));
    }));
  });

  it('gives the same for years far apart and for keys that are no day (a month 13, a day 45)', () => {
    const odd = fc.oneof(dayKey, fc.integer({ min: 0, max: 99_999_999 }));
    fc.assert(fc.property(fc.array(odd, { maxLength: 100 }), (keys) => {
      expect(startDays(Int32Array.from(keys))).toEqual(reference(Int32Array.from(keys)));
    }));
  });

  it('keeps a year\'s last day apart from the next year\'s first', () => {
    const days = startDays(Int32Array.from([20200101, 20191231, 20191231, 20200101, 20191231]));
    expect(days.map((d) => [d.key, d.count, d.first])).toEqual([
      [20191231, 3, [1, 2, 4]],
      [20200101, 2, [0, 3]],
    ]);
  });
});
