// The map flat (Mercator) or as a globe (MapLibre's globe projection). The arcs are great circles
// already, sampled densely, so on the globe they lie on the sphere as they are; picking, fitting and
// the PNG export work in either.
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Where the map opens without a link's camera: the whole inhabited world, with this padding (px). */
export const INHABITED_WORLD: [[number, number], [number, number]] = [
  [-168, -56],
  [190, 76],
];
export const WORLD_PADDING = 8;

/** Whether the reader asked for less motion: moves of the view are then instant. */
export const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Draw the map in `projection`. When the reader switches to the globe at world zoom (`switched`, not
 * a link that opens on it), the view zooms until the globe fills most of the map, not a third of it.
 */
export function applyProjection(map: MapLibreMap, projection: 'mercator' | 'globe', size: { width: number; height: number }, switched: boolean): void {
  map.setProjection({ type: projection });
  if (projection === 'globe') coarserGlobeLines(map);
  // At zoom z the globe is 512 × 2^z / π pixels across.
  const fill = Math.log2((0.9 * Math.min(size.width, size.height) * Math.PI) / 512);
  if (projection === 'globe' && switched && map.getZoom() < fill) map.easeTo({ zoom: fill, duration: reducedMotion() ? 0 : 500 });
}

/** The globe's line subdivision at zoom 0 (MapLibre's own is 512, halved each zoom level). */
export const GLOBE_LINE_GRANULARITY = 64;

/**
 * On the globe MapLibre cuts every line into pieces small enough to follow the sphere: 512 cells
 * across a zoom-0 tile, a few times the points of our arcs, which are great circles sampled every 2°
 * already. Panning the globe with 300 arcs took about three times the frame without them (the map
 * bench); at 64 cells (5.6° at world zoom, finer when zoomed in) it is under two, and country borders
 * look the same at world zoom. MapLibre has no public setting for it: the projection's own setting is
 * changed where it is, and left alone if MapLibre ever holds it elsewhere. It is set before the tiles
 * for the globe are cut (they are cut again when the projection changes).
 */
function coarserGlobeLines(map: MapLibreMap): void {
  type Granularity = { line?: { constructor: new (base: number, min: number) => unknown; getGranularityForZoomLevel?: unknown } };
  const setting = (map as unknown as { style?: { projection?: { subdivisionGranularity?: Granularity } } }).style?.projection?.subdivisionGranularity;
  const line = setting?.line;
  if (!setting || !line || typeof line.getGranularityForZoomLevel !== 'function') return;
  try {
    const Expression = line.constructor;
    setting.line = new Expression(GLOBE_LINE_GRANULARITY, 0) as Granularity['line'];
  } catch {
    // A MapLibre that freezes its setting: the globe is drawn as MapLibre cuts it.
  }
}

/** Are all `points` in a map of `size`, `margin` pixels clear of the edges, and on the globe's near side? */
export function pointsInView(map: MapLibreMap, size: { width: number; height: number }, points: readonly [number, number][], margin: number): boolean {
  return points.every((p) => {
    const at = map.project(p);
    if (at.x < margin || at.x > size.width - margin || at.y < margin || at.y > size.height - margin) return false;
    // (A point on the globe's far side projects onto the near side: it does not come back the same.)
    const back = map.unproject(at);
    return Math.abs(back.lat - p[1]) < 1 && Math.abs(((back.lng - p[0] + 540) % 360) - 180) < 1;
  });
}
