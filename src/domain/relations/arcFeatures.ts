// Relations -> the GeoJSON the map draws: one line per relation (a great-circle arc between the
// actors' anchors, bent apart where several arcs join the same two places) and one point per
// direction mark. Each feature carries its style as properties, so the map's layers only read them.
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { ActorId, Claim } from '../claims/claim';
import type { Certainty, Stance } from '../claims/vocabulary';
import { greatCircleArc, type LngLat, pointAndBearing } from '../geo/greatCircleArc';
import { arcStyle } from './arcStyle';
import { orderedPair, pairKey } from './pairKey';
import type { Relation } from './relationsAsOf';

/** What every arc feature carries. */
export interface ArcProperties {
  key: string;
  a: string;
  b: string;
  stance: Stance;
  certainty: Certainty;
  claimCount: number;
  /** 1 when the arc is drawn with a white casing under it (the strongest arcs). */
  cased: 0 | 1;
  /** 1 when no claim behind the arc has been reviewed yet (drawn fainter). */
  unreviewed: 0 | 1;
  /** Where the arc starts and ends (lon/lat), so that a click near an end can go to the place instead. */
  fromLng: number;
  fromLat: number;
  toLng: number;
  toLat: number;
  colour: string;
  width: number;
  opacity: number;
}

export interface DirectionMarkProperties {
  key: string;
  a: string;
  b: string;
  stance: Stance;
  certainty: Certainty;
  colour: string;
  opacity: number;
  /** Degrees clockwise from north on a Mercator map. */
  bearing: number;
}

/** Arcs that rest only on unreviewed claims are drawn at this share of their opacity. */
export const UNREVIEWED_OPACITY = 0.45;

/** How far apart arcs between the same two places are bent, as a fraction of their length. */
export const BEND_STEP = 0.12;
/** How much a lone arc bends, so that arcs read as arcs and not as borders. */
export const BASE_BEND = 0.06;

/** The bends of `n` arcs that join the same two places: one each side of the base bend, spreading out. */
export function bendsFor(n: number): number[] {
  if (n <= 1) return [BASE_BEND];
  return Array.from({ length: n }, (_, i) => BASE_BEND + (i - (n - 1) / 2) * BEND_STEP);
}

/**
 * The arcs and direction marks of relations (those of one date, the strongest first). Arcs of one
 * pair keep the same shape at every date, and arcs of different pairs that join the same two places
 * are bent apart. The first `cased` relations get a white casing.
 */
export function arcFeatures(
  relations: Iterable<Relation>,
  anchorOf: (id: ActorId) => LngLat | undefined,
  homeOf: (id: ActorId) => string | undefined,
  isUnreviewed: (claim: Claim) => boolean = () => false,
  /** Lines already computed, by pair key and bend, kept between calls (the date moves, the shapes do not). */
  lineCache?: Map<string, LngLat[]>,
  cased = Infinity,
): { arcs: FeatureCollection<LineString, ArcProperties>; marks: FeatureCollection<Point, DirectionMarkProperties> } {
  // Group by the pair of places the arcs join, so that arcs on one pair of places do not overlap.
  const byPlaces = new Map<string, { relation: Relation; cased: boolean }[]>();
  let rank = 0;
  for (const relation of relations) {
    const ha = homeOf(relation.a);
    const hb = homeOf(relation.b);
    const drawn = { relation, cased: rank++ < cased };
    if (!ha || !hb || ha === hb) continue;
    const places = pairKey(ha, hb);
    const list = byPlaces.get(places);
    if (list) list.push(drawn);
    else byPlaces.set(places, [drawn]);
  }
  const arcs: Feature<LineString, ArcProperties>[] = [];
  const marks: Feature<Point, DirectionMarkProperties>[] = [];
  for (const group of byPlaces.values()) {
    const keys = [...new Set(group.map((s) => s.relation.key))].sort();
    const bends = bendsFor(keys.length);
    const lines = new Map<string, LngLat[]>();
    for (const { relation, cased } of group) {
      const i = keys.indexOf(relation.key);
      const [first] = orderedPair(homeOf(relation.a) as string, homeOf(relation.b) as string);
      // Bend relative to the places' canonical order, so that arcs drawn either way spread apart.
      const aFirst = homeOf(relation.a) === first;
      const from = anchorOf(relation.a);
      const to = anchorOf(relation.b);
      if (!from || !to) continue;
      const bend = (bends[i] ?? BASE_BEND) * (aFirst ? 1 : -1);
      let line = lines.get(relation.key);
      if (!line) {
        const cacheKey = `${relation.key}|${bend}|${from.join()}|${to.join()}`;
        line = lineCache?.get(cacheKey) ?? greatCircleArc(from, to, { bend });
        lineCache?.set(cacheKey, line);
        lines.set(relation.key, line);
      }
      const style = arcStyle(relation);
      const unreviewed = relation.support.every(isUnreviewed);
      if (unreviewed) style.opacity *= UNREVIEWED_OPACITY;
      const common = {
        key: relation.key,
        a: relation.a,
        b: relation.b,
        stance: relation.stance,
        certainty: relation.certainty,
        colour: style.colour,
        opacity: style.opacity,
      };
      arcs.push({
        type: 'Feature',
        // The pair: one arc per pair, the same id at every date (the map's source promotes `key` too).
        id: relation.key,
        properties: {
          ...common,
          claimCount: relation.support.length,
          width: style.width,
          cased: cased ? 1 : 0,
          unreviewed: unreviewed ? 1 : 0,
          fromLng: from[0],
          fromLat: from[1],
          toLng: to[0],
          toLat: to[1],
        },
        geometry: { type: 'LineString', coordinates: line },
      });
      const both = relation.towardA && relation.towardB;
      if (relation.towardB) {
        const { at, bearing } = pointAndBearing(line, both ? 0.62 : 0.55);
        marks.push({ type: 'Feature', properties: { ...common, bearing }, geometry: { type: 'Point', coordinates: at } });
      }
      if (relation.towardA) {
        const { at, bearing } = pointAndBearing(line, both ? 0.38 : 0.45);
        marks.push({ type: 'Feature', properties: { ...common, bearing: (bearing + 180) % 360 }, geometry: { type: 'Point', coordinates: at } });
      }
    }
  }
  return { arcs: { type: 'FeatureCollection', features: arcs }, marks: { type: 'FeatureCollection', features: marks } };
}
