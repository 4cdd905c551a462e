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

/** Ends closer than this (degrees) share a corridor: arcs from Morocco to Israel, the Palestinian Authority and Lebanon fan out. */
export const CORRIDOR_DEGREES = 4;
/** An arc shorter than this (degrees) is bent more, in proportion, so that it still reads as an arc. */
const SHORT_ARC_DEGREES = 20;
/** The most a short arc is bent, as a fraction of its length. */
const MAX_BEND = 0.35;

/**
 * Which corridor end each anchor belongs to: anchors within CORRIDOR_DEGREES of an end's first
 * anchor join it (in the order given, so the same anchors always make the same ends).
 */
function corridorEnds(anchors: ReadonlyMap<string, LngLat>): Map<string, number> {
  const seeds: LngLat[] = [];
  const endOf = new Map<string, number>();
  for (const [id, [lng, lat]] of [...anchors].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const near = seeds.findIndex(([sLng, sLat]) => Math.abs(sLat - lat) < CORRIDOR_DEGREES && Math.abs((((sLng - lng + 540) % 360) - 180) * Math.cos((lat * Math.PI) / 180)) < CORRIDOR_DEGREES);
    if (near >= 0) endOf.set(id, near);
    else {
      endOf.set(id, seeds.length);
      seeds.push([lng, lat]);
    }
  }
  return endOf;
}

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
  // Group by the corridor the arcs run along (the pair of places, or of clusters of nearby places), so
  // that arcs on one corridor fan out instead of overlapping.
  const drawnAll: { relation: Relation; cased: boolean }[] = [];
  const anchors = new Map<string, LngLat>();
  let rank = 0;
  for (const relation of relations) {
    const ha = homeOf(relation.a);
    const hb = homeOf(relation.b);
    const drawn = { relation, cased: rank++ < cased };
    if (!ha || !hb || ha === hb) continue;
    drawnAll.push(drawn);
    for (const id of [relation.a, relation.b]) {
      const at = anchorOf(id);
      if (at) anchors.set(id, at);
    }
  }
  const endOf = corridorEnds(anchors);
  const byPlaces = new Map<string, { relation: Relation; cased: boolean }[]>();
  for (const drawn of drawnAll) {
    const { a, b } = drawn.relation;
    const [ea, eb] = [endOf.get(a) ?? -1, endOf.get(b) ?? -1];
    // (Both ends in one cluster, Israel and the Palestinian Authority: by their places, as before.)
    const corridor = ea === eb ? pairKey(homeOf(a) as string, homeOf(b) as string) : `${Math.min(ea, eb)}~${Math.max(ea, eb)}`;
    const list = byPlaces.get(corridor);
    if (list) list.push(drawn);
    else byPlaces.set(corridor, [drawn]);
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
      // Bend relative to the corridor's canonical order (its ends', or else the places'), so that arcs drawn either way spread apart.
      const [ea, eb] = [endOf.get(relation.a) ?? -1, endOf.get(relation.b) ?? -1];
      const aFirst = ea === eb ? homeOf(relation.a) === first : ea < eb;
      const from = anchorOf(relation.a);
      const to = anchorOf(relation.b);
      if (!from || !to) continue;
      // (A short arc is bent more, in proportion, up to MAX_BEND: Morocco to Algeria still reads as an arc.)
      const span = Math.hypot(to[0] - from[0], to[1] - from[1]);
      const short = span > 0 && span < SHORT_ARC_DEGREES ? SHORT_ARC_DEGREES / span : 1;
      const spread = bends[i] ?? BASE_BEND;
      const bend = Math.sign(spread) * Math.min(MAX_BEND, Math.abs(spread) * short) * (aFirst ? 1 : -1);
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
