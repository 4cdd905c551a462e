import { describe, expect, it } from 'vitest';
import { directionMarkImage } from './directionMarkImage';

const pixel = (img: ReturnType<typeof directionMarkImage>, x: number, y: number) => Array.from(img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4));

describe('directionMarkImage', () => {
  it('is an arrowhead pointing up, in the colour asked for, edged in white, on nothing', () => {
    const img = directionMarkImage('#b2182b');
    expect(img.width).toBe(28);
    expect(img.data).toHaveLength(28 * 28 * 4);
    expect(pixel(img, 14, 12)).toEqual([0xb2, 0x18, 0x2b, 255]); // inside, near the tip
    expect(pixel(img, 1, 1)[3]).toBe(0); // a corner: transparent
    expect(pixel(img, 14, 26)[3]).toBe(0); // below the notch: transparent
    // Just outside the left flank, the white edge.
    const edge = pixel(img, 4, 18);
    expect(edge[3]).toBeGreaterThan(0);
    expect(edge[0]).toBeGreaterThan(200);
    expect(edge[1]).toBeGreaterThan(200);
    // Wider at the base than at the tip.
    const opaqueIn = (y: number) => Array.from({ length: 28 }, (_, x) => pixel(img, x, y)[3] as number).filter((a) => a > 128).length;
    expect(opaqueIn(20)).toBeGreaterThan(opaqueIn(6));
  });
});
