// The direction mark: an arrowhead pointing north (the map rotates it along its arc), drawn once per
// stance colour with a white edge so it reads on any arc.
//
// It is rasterised here, in plain code (4×4 samples a pixel), not on a canvas: creating and reading
// back 2D canvases cost about 100 ms of start-up in software GL, this costs well under one.

/** An RGBA image, as MapLibre's `addImage` takes it. */
export interface MarkImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

type Point = [number, number];

function inside(p: Point, polygon: readonly Point[]): boolean {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as Point;
    const [xj, yj] = polygon[j] as Point;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function distanceToEdges(p: Point, polygon: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [ax, ay] = polygon[j] as Point;
    const [bx, by] = polygon[i] as Point;
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(p[0] - (ax + t * dx), p[1] - (ay + t * dy)));
  }
  return best;
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function directionMarkImage(colour: string, size = 28): MarkImage {
  const s = size;
  const arrow: Point[] = [
    [s / 2, s * 0.1],
    [s * 0.88, s * 0.86],
    [s / 2, s * 0.66],
    [s * 0.12, s * 0.86],
  ];
  const edge = (s * 0.1) / 2; // the white stroke's half width, outside the fill
  const [r, g, b] = rgb(colour);
  const data = new Uint8ClampedArray(s * s * 4);
  const n = 4;
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      let fill = 0;
      let white = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const p: Point = [x + (sx + 0.5) / n, y + (sy + 0.5) / n];
          if (inside(p, arrow)) fill++;
          else if (distanceToEdges(p, arrow) <= edge) white++;
        }
      }
      const alpha = (fill + white) / (n * n);
      if (alpha === 0) continue;
      // Premultiplication is not wanted: MapLibre takes straight RGBA. Mix the colours by coverage.
      const f = fill / (fill + white);
      const k = (y * s + x) * 4;
      data[k] = r * f + 255 * (1 - f);
      data[k + 1] = g * f + 255 * (1 - f);
      data[k + 2] = b * f + 255 * (1 - f);
      data[k + 3] = alpha * 255;
    }
  }
  return { width: s, height: s, data };
}
