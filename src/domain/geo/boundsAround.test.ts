import { describe, expect, it } from 'vitest';
import { boundsAround } from './boundsAround';

describe('the box the map fits to', () => {
  it('holds the points, the plain way when that is narrower', () => {
    expect(boundsAround([[-7, 32], [35, 31], [53, 32]])).toEqual([[-7, 31], [53, 32]]);
  });

  it('goes over the antimeridian when that is narrower (Nicaragua, China, Taiwan)', () => {
    const [[west], [east]] = boundsAround([[-85, 13], [104, 35], [121, 24]]);
    expect(west).toBe(104);
    expect(east).toBe(-85 + 360);
  });
});
