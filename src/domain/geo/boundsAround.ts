// The box around points on the globe, across the antimeridian when that is narrower (Nicaragua,
// China and Taiwan are closer over the Pacific): what the map fits its view to.
import type { LngLat } from './greatCircleArc';

/** [[west, south], [east, north]]; east may pass 180° (MapLibre wraps it), the span leaving out the widest gap. */
export function boundsAround(points: readonly LngLat[]): [LngLat, LngLat] {
  // The narrowest span of longitude that holds them all: it leaves out the widest gap.
  const sorted = [...new Set(points.map((p) => p[0]))].sort((a, b) => a - b);
  let gapAfter = sorted.length - 1;
  let widest = (sorted[0] as number) + 360 - (sorted[sorted.length - 1] as number);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const gap = (sorted[i + 1] as number) - (sorted[i] as number);
    if (gap > widest) {
      widest = gap;
      gapAfter = i;
    }
  }
  const west = sorted[(gapAfter + 1) % sorted.length] as number;
  const lngs = points.map((p) => (p[0] < west ? p[0] + 360 : p[0]));
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ];
}
