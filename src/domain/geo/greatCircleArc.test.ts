import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { greatCircleArc, type LngLat, pointAndBearing, unwrapLongitude } from './greatCircleArc';

const DEG = 180 / Math.PI;
const maxJump = (line: LngLat[]) => Math.max(...line.slice(1).map((p, i) => Math.abs(p[0] - (line[i] as LngLat)[0])));

describe('greatCircleArc', () => {
  it('greatCircleArc(a, b) starts at a, ends at b and follows the great circle', () => {
    const a: LngLat = [-98, 39];
    const b: LngLat = [53.7, 32.5];
    const line = greatCircleArc(a, b);
    expect(line[0]).toEqual(a);
    const end = line[line.length - 1] as LngLat;
    expect(end[0]).toBeCloseTo(b[0], 6);
    expect(end[1]).toBeCloseTo(b[1], 6);
    // Every point lies on the great circle: the legs add up to the whole distance.
    const whole = geoDistance(a, b);
    for (const p of line) expect(geoDistance(a, p) + geoDistance(p, b)).toBeCloseTo(whole, 6);
    // A great circle from the US to Iran passes north of both ends.
    expect(Math.max(...line.map((p) => p[1]))).toBeGreaterThan(60);
  });

  it('unwraps longitudes so that an arc across the antimeridian never jumps across the map', () => {
    const line = greatCircleArc([139.7, 35.7], [-122.4, 37.8]); // Tokyo to San Francisco
    expect(maxJump(line)).toBeLessThan(10);
    expect(Math.max(...line.map((p) => p[0]))).toBeGreaterThan(180);
    expect(unwrapLongitude(-179, 179)).toBe(181);
  });

  it('bends an arc to its left for a positive bend and to its right for a negative one', () => {
    const a: LngLat = [0, 0];
    const b: LngLat = [40, 0];
    const mid = (bend: number) => {
      const line = greatCircleArc(a, b, { bend, segments: 20 });
      return line[10] as LngLat;
    };
    expect(mid(0)[1]).toBeCloseTo(0, 6);
    expect(mid(0.1)[1]).toBeCloseTo(4, 0); // 0.1 of a 40° arc, to the north (left when going east)
    expect(mid(-0.1)[1]).toBeCloseTo(-4, 0);
    const bent = greatCircleArc(a, b, { bend: 0.1 });
    expect(bent[bent.length - 1]?.[0]).toBeCloseTo(40, 6);
  });

  it('pointAndBearing(line, t) gives the compass bearing of the line as drawn on a Mercator map', () => {
    expect(pointAndBearing([[0, 0], [10, 0]], 0.5)).toEqual({ at: [5, 0], bearing: 90 });
    expect(pointAndBearing([[0, 10], [0, 0]], 0.5).bearing).toBeCloseTo(180, 6);
    expect(geoDistance([0, 0], [0, 1]) * DEG).toBeCloseTo(1, 6);
  });
});
