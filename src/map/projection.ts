// The map flat (Mercator) or as a globe (MapLibre's globe projection). The arcs are great circles
// already, sampled densely, so on the globe they lie on the sphere as they are; picking, fitting and
// the PNG export work in either.
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Whether the reader asked for less motion: moves of the view are then instant. */
export const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Draw the map in `projection`. When the reader switches to the globe at world zoom (`switched`, not
 * a link that opens on it), the view zooms until the globe fills most of the map, not a third of it.
 */
export function applyProjection(map: MapLibreMap, projection: 'mercator' | 'globe', size: { width: number; height: number }, switched: boolean): void {
  map.setProjection({ type: projection });
  // At zoom z the globe is 512 × 2^z / π pixels across.
  const fill = Math.log2((0.9 * Math.min(size.width, size.height) * Math.PI) / 512);
  if (projection === 'globe' && switched && map.getZoom() < fill) map.easeTo({ zoom: fill, duration: reducedMotion() ? 0 : 500 });
}
