import { describe, expect, it } from 'vitest';
import { STANCE_TABLE, STANCES } from './vocabulary';

describe('the stance table', () => {
  it('underlines a quote the way its arc is drawn: stances whose arcs share a pattern share an underline, and no others', () => {
    for (const a of STANCES) {
      for (const b of STANCES) {
        if (a === b) continue;
        const samePattern = STANCE_TABLE[a].pattern === STANCE_TABLE[b].pattern;
        expect(STANCE_TABLE[a].underline === STANCE_TABLE[b].underline, `${a} and ${b}`).toBe(samePattern);
      }
    }
  });

  it('tells every stance apart by colour, and draws solid lines solid and dots with round caps', () => {
    expect(new Set(STANCES.map((s) => STANCE_TABLE[s].colour)).size).toBe(STANCES.length);
    for (const s of STANCES) {
      const { dash, cap, underline } = STANCE_TABLE[s];
      if (dash.length === 0) expect(underline, s).toBe('solid');
      if (dash.length > 0 && dash[0]! < 1) expect(cap, s).toBe('round');
    }
  });
});
