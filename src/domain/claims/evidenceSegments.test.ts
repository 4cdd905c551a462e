import { describe, expect, it } from 'vitest';
import type { Claim } from './claim';
import { evidenceSegments } from './evidenceSegments';

const claim = (id: string, start: number, end: number): Claim =>
  ({ id, evidence: { quote: 'x'.repeat(end - start), start, end } }) as Claim;

describe('evidenceSegments', () => {
  it('cuts the text into plain runs and runs covered by claims, losing no character', () => {
    const text = 'One. Two three. Four.';
    const a = claim('a', 5, 15);
    const segments = evidenceSegments(text, [a]);
    expect(segments.map((s) => s.text)).toEqual(['One. ', 'Two three.', ' Four.']);
    expect(segments.map((s) => s.claims.map((c) => c.id))).toEqual([[], ['a'], []]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('lets several claims share one sentence, and overlapping quotes split into runs', () => {
    const text = 'Alpha beta gamma delta.';
    const segments = evidenceSegments(text, [claim('a', 0, 10), claim('b', 0, 10), claim('c', 6, 16)]);
    expect(segments.map((s) => [s.text, s.claims.map((c) => c.id).join('+')])).toEqual([
      ['Alpha ', 'a+b'],
      ['beta', 'a+b+c'],
      [' gamma', 'c'],
      [' delta.', ''],
    ]);
  });

  it('ignores evidence that lies outside the text', () => {
    expect(evidenceSegments('short', [claim('a', 3, 40)]).map((s) => s.claims.length)).toEqual([0]);
  });
});
