// The stance palette read as people with the common colour-vision deficiencies see it (Machado,
// Oliveira and Fernandes 2009, severity 1.0, applied in linear RGB): stances that share a line pattern
// must stay far apart in colour for every reader; the others are told apart by pattern as well.
import { describe, expect, it } from 'vitest';
import { STANCES, type Stance } from '../claims/vocabulary';
import { STANCE_COLOURS, STANCE_DASH } from './arcStyle';

type Vec = [number, number, number];
const MATRICES: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
function rgb(hex: string): Vec {
  const n = parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
function simulate(hex: string, m: number[][]): Vec {
  const lin = rgb(hex).map(toLinear);
  return m.map((row) => toSrgb(Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!)))) as Vec;
}
/** CIE76 distance in Lab, from sRGB. */
function deltaE(x: Vec, y: Vec): number {
  const lab = (c: Vec): Vec => {
    const [r, g, b] = c.map(toLinear) as Vec;
    const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
    const X = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
    const Y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
    const Z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
    return [116 * Y - 16, 500 * (X - Y), 200 * (Y - Z)];
  };
  const [a, b] = [lab(x), lab(y)];
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
const samePattern = (x: Stance, y: Stance) => STANCE_DASH[x].join() === STANCE_DASH[y].join();

describe('the stance palette', () => {
  for (const [vision, matrix] of Object.entries(MATRICES)) {
    it(`keeps stances that share a line pattern apart under ${vision}`, () => {
      for (const x of STANCES) {
        for (const y of STANCES) {
          if (x >= y || !samePattern(x, y)) continue;
          const d = deltaE(simulate(STANCE_COLOURS[x], matrix), simulate(STANCE_COLOURS[y], matrix));
          expect(d, `${x} vs ${y}`).toBeGreaterThan(30);
        }
      }
    });
  }

  it('has no two stances alike in both colour (for normal vision) and pattern', () => {
    for (const x of STANCES) for (const y of STANCES) if (x < y) expect(samePattern(x, y) && deltaE(rgb(STANCE_COLOURS[x]), rgb(STANCE_COLOURS[y])) < 30).toBe(false);
  });
});
