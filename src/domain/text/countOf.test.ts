import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOf, groupThousands } from './countOf';

describe('counts', () => {
  it('groups thousands as the English number format does', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => groupThousands(n) === n.toLocaleString('en')));
    expect(groupThousands(20000)).toBe('20,000');
  });
  it('says "1 claim" and "3 claims"', () => {
    expect(countOf(1, 'claim')).toBe('1 claim');
    expect(countOf(1234, 'relation')).toBe('1,234 relations');
    expect(countOf(0, 'event data set')).toBe('0 event data sets');
  });
});
