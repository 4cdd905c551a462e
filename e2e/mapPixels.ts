// Reading a screenshot's pixels, so that tests check what a person sees, not only the DOM.
import { PNG } from 'pngjs';

export interface Pixels {
  width: number;
  height: number;
  data: Buffer;
}

export function decodePng(buffer: Buffer): Pixels {
  const png = PNG.sync.read(buffer);
  return { width: png.width, height: png.height, data: png.data };
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** How many pixels are within `tolerance` (Euclidean, in RGB) of `hex`. */
export function countColour(pixels: Pixels, hex: string, tolerance = 40): number {
  const [r, g, b] = rgb(hex);
  let count = 0;
  for (let i = 0; i < pixels.data.length; i += 4) {
    const dr = (pixels.data[i] as number) - r;
    const dg = (pixels.data[i + 1] as number) - g;
    const db = (pixels.data[i + 2] as number) - b;
    if (dr * dr + dg * dg + db * db <= tolerance * tolerance) count++;
  }
  return count;
}
