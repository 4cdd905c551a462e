// Picking at world zoom: a click on a country too small to click around (Qatar, Israel, Singapore at
// the start view) is that country's, before any arc or marker drawn over it; with non-state actors'
// markers on it too (Hezbollah, the Palestinian Authority), the reader is offered a choice. Small
// countries are found from their shapes, not from what is rendered: at world zoom MapLibre simplifies
// the smallest away.
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { CountryIndex } from '../domain/geo/countryIndex';
import type { LngLat } from '../domain/geo/greatCircleArc';
import type { MapPick } from './mapTypes';

/** A country narrower and shorter than this on screen is picked by a click on it, before arcs and markers. */
export const SMALL_COUNTRY_PX = 16;
/** How far around a small country's box a click still counts as on it. */
const SLACK_PX = 3;

type Point = { x: number; y: number };
/** The square of half-side `r` pixels around a point, as MapLibre's queries take it. */
export const boxAround = (p: Point, r: number): [PointLike, PointLike] => [
  [p.x - r, p.y - r],
  [p.x + r, p.y + r],
];

/** The small country a click at `point` is on: one whose shape holds it, or else the nearest whose box (with a little slack) does; null when none. */
export function smallCountryAt(map: MapLibreMap, countries: CountryIndex, point: Point): string | null {
  const at = map.unproject([point.x, point.y]);
  const lngLat: LngLat = [at.lng, at.lat];
  const near: { code: string; distance: number }[] = [];
  for (const code of countries.codes) {
    // (A small country's label point lies inside its box: one whose label is farther than the box's
    // diagonal and the slack cannot be clicked on, and its outline is not read. The first click would
    // otherwise read every country's outline.)
    const label = countries.labelPointOf(code);
    const labelAt = label ? map.project(label) : null;
    if (labelAt && Math.hypot(labelAt.x - point.x, labelAt.y - point.y) > SMALL_COUNTRY_PX * Math.SQRT2 + SLACK_PX) continue;
    const extent = countries.extentOf(code);
    if (!extent) continue;
    const sw = map.project(extent[0]);
    const ne = map.project(extent[1]);
    const [left, right] = [Math.min(sw.x, ne.x), Math.max(sw.x, ne.x)];
    const [top, bottom] = [Math.min(sw.y, ne.y), Math.max(sw.y, ne.y)];
    if (right - left >= SMALL_COUNTRY_PX || bottom - top >= SMALL_COUNTRY_PX) continue;
    if (point.x < left - SLACK_PX || point.x > right + SLACK_PX || point.y < top - SLACK_PX || point.y > bottom + SLACK_PX) continue;
    if (countries.contains(code, lngLat)) return code;
    const p = labelAt ?? { x: (left + right) / 2, y: (top + bottom) / 2 };
    near.push({ code, distance: Math.hypot(p.x - point.x, p.y - point.y) });
  }
  return near.sort((a, b) => a.distance - b.distance)[0]?.code ?? null;
}

/** The pick of a click on a small country: the country, or a choice between it and the markers on it; undefined elsewhere. */
export function smallCountryPick(map: MapLibreMap, countries: CountryIndex, point: Point): MapPick | undefined {
  const small = smallCountryAt(map, countries, point);
  if (!small) return undefined;
  const markers = [...new Set(map.queryRenderedFeatures(boxAround(point, 6), { layers: ['actor-markers'] }).map((f) => String(f.properties.id)))];
  return markers.length > 0 ? { kind: 'choice', ids: [small, ...markers], x: point.x, y: point.y } : { kind: 'actor', id: small };
}
