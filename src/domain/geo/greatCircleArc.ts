// Great-circle arcs between two places, as lines MapLibre can draw: the points come from d3-geo's
// geoInterpolate, are optionally bent to one side (so that two arcs between the same places do not
// sit on top of each other), and their longitudes are unwrapped so that an arc crossing the
// antimeridian runs on past ±180° instead of jumping across the whole map.
import { geoDistance, geoInterpolate } from 'd3-geo';

export type LngLat = [number, number];

const DEG = 180 / Math.PI;
const MAX_LAT = 85;

/** Options for {@link greatCircleArc}. */
export interface ArcOptions {
  /** How far the middle of the arc is pushed to its left, as a fraction of its length (negative: right). */
  bend?: number;
  /** How many segments; by default one per 2° of arc, at least 16. */
  segments?: number;
}

/** Bring `lng` within 180° of `ref` by adding or removing whole turns. */
export function unwrapLongitude(lng: number, ref: number): number {
  let x = lng;
  while (x - ref > 180) x -= 360;
  while (x - ref < -180) x += 360;
  return x;
}

/** The points of the great-circle arc from `from` to `to`, longitudes unwrapped from the first one. */
export function greatCircleArc(from: LngLat, to: LngLat, options: ArcOptions = {}): LngLat[] {
  const distance = geoDistance(from, to) * DEG;
  const segments = options.segments ?? Math.max(16, Math.ceil(distance / 2));
  const bend = options.bend ?? 0;
  const interpolate = geoInterpolate(from, to);
  const raw: LngLat[] = [];
  for (let i = 0; i <= segments; i++) raw.push(interpolate(i / segments) as LngLat);
  // Unwrap first, so that the directions used to bend the line are never broken by a wrap.
  const line: LngLat[] = [];
  for (const [lng, lat] of raw) {
    const prev = line[line.length - 1];
    line.push([prev ? unwrapLongitude(lng, prev[0]) : lng, lat]);
  }
  if (bend === 0 || distance === 0) return line;
  return line.map(([lng, lat], i) => {
    const before = line[Math.max(0, i - 1)] as LngLat;
    const after = line[Math.min(line.length - 1, i + 1)] as LngLat;
    const cos = Math.max(0.05, Math.cos(lat / DEG));
    const dx = (after[0] - before[0]) * cos;
    const dy = after[1] - before[1];
    const norm = Math.hypot(dx, dy) || 1;
    const offset = bend * distance * Math.sin((Math.PI * i) / segments);
    // The left-hand normal of (dx, dy) is (-dy, dx).
    const bentLat = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat + (dx / norm) * offset));
    return [lng + ((-dy / norm) * offset) / cos, bentLat];
  });
}

/** Web Mercator y of a latitude, in degrees of the same scale as longitude. */
export function mercatorY(lat: number): number {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) / DEG;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2)) * DEG;
}

/**
 * The point a fraction `t` of the way along a line (by segment count) and the compass bearing of the
 * line there as seen on a Web Mercator map, in degrees clockwise from north.
 */
export function pointAndBearing(line: readonly LngLat[], t: number): { at: LngLat; bearing: number } {
  const last = line.length - 1;
  const i = Math.min(last - 1, Math.max(0, Math.floor(t * last)));
  const p = line[i] as LngLat;
  const q = line[i + 1] as LngLat;
  const f = t * last - i;
  const at: LngLat = [p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f];
  const bearing = (Math.atan2(q[0] - p[0], mercatorY(q[1]) - mercatorY(p[1])) * DEG + 360) % 360;
  return { at, bearing };
}
