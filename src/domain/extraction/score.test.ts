import { describe, expect, it } from 'vitest';
import { claimKey, score } from './score';

describe('score', () => {
  it('drops claims with any international organisation Entente knows, on both sides, not only the README\'s examples', () => {
    expect(claimKey({ a: 'CHN', b: 'g7', stance: 'tense' })).toBeNull();
    expect(claimKey({ a: 'lima-group', b: 'VEN', stance: 'tense' })).toBeNull();
    expect(claimKey({ a: 'eu', b: 'RUS', stance: 'tense' })).toBeNull();
    expect(claimKey({ a: 'JPN', b: 'CHN', stance: 'tense' })).toBe('CHN|JPN|tense');
    expect(claimKey({ a: 'ISR', b: 'PSE', stance: 'hostile' })).toBe('ISR|pa|hostile');
  });
  it('compares keys as sets: a fact told twice counts once, an organisation\'s claim not at all', () => {
    const s = score([{ a: 'CHN', b: 'JPN', stance: 'tense' }, { a: 'JPN', b: 'CHN', stance: 'tense' }, { a: 'CHN', b: 'g7', stance: 'tense' }], [{ a: 'CHN', b: 'JPN', stance: 'tense' }]);
    expect([s.truePositives, s.predicted]).toEqual([1, 1]);
  });
});
