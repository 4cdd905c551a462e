// What a click or the pointer is on: a small country, a location's circle, an arc, a non-state
// actor's marker, a country; or the sea.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CountryIndex } from '../domain/geo/countryIndex';
import { ACTOR_LAYERS, ARC_LAYERS, COUNTRY_LAYERS, TOTALS_LAYERS } from './mapStyle';
import type { MapPick } from './mapTypes';
import { boxAround, smallCountryPick } from './smallCountryPick';

/** How many pixels around the pointer count as "on" an arc. */
const ARC_TOLERANCE = 4;
/** Within this many pixels of an arc's end, the pointer is on the place the arc starts from, not the arc. */
const ARC_END_CLEARANCE = 14;

/** The arc under a point, unless the point is so near an arc's end that it means the place there. */
export function arcAt(map: MapLibreMap, point: { x: number; y: number }) {
  const arcs = map.queryRenderedFeatures(boxAround(point, ARC_TOLERANCE), { layers: ARC_LAYERS });
  const nearEnd = arcs.some((arc) => {
    const p = arc.properties;
    return [map.project([p.fromLng, p.fromLat]), map.project([p.toLng, p.toLat])].some((end) => Math.hypot(end.x - point.x, end.y - point.y) < ARC_END_CLEARANCE);
  });
  return nearEnd ? undefined : arcs[0];
}

/** What a click at `point` picks, in that order: a small country, a circle (several: a choice), an arc, a marker, a country. */
export function pickAt(map: MapLibreMap, countries: CountryIndex, point: { x: number; y: number }): MapPick {
  const small = smallCountryPick(map, countries, point);
  if (small) return small;
  // A location's circle is its actor's; circles too close to tell apart offer a choice.
  const circles = [...new Set(map.queryRenderedFeatures(boxAround(point, 1), { layers: TOTALS_LAYERS }).map((f) => String(f.properties.id)))];
  if (circles.length === 1) return { kind: 'actor', id: circles[0] as string };
  if (circles.length > 1) return { kind: 'choice', ids: circles, x: point.x, y: point.y };
  const arc = arcAt(map, point);
  if (arc) return { kind: 'pair', key: String(arc.properties.key) };
  const [actor] = map.queryRenderedFeatures(boxAround(point, 3), { layers: ACTOR_LAYERS });
  if (actor) return { kind: 'actor', id: String(actor.properties.id) };
  const [country] = map.queryRenderedFeatures([point.x, point.y], { layers: COUNTRY_LAYERS });
  if (country) return { kind: 'actor', id: String(country.properties.code) };
  return null;
}
