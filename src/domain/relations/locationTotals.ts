// Location totals (as flowmap.blue draws them): each actor with a relation shown gets a circle at its
// anchor, its area growing with its number of relations and split by stance into nested rings, the
// ring of each stance as large (in area) as its share of the actor's relations. The circles stay
// when arcs are thinned at world zoom, and they are what a click on a small state or a non-state
// actor lands on.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ActorId } from '../claims/claim';
import { STANCES, type Stance } from '../claims/vocabulary';
import type { LngLat } from '../geo/greatCircleArc';
import { STANCE_COLOURS } from './arcStyle';
import type { Relation } from './relationsAsOf';

/** One actor's relations, counted by stance. */
export interface LocationTotal {
  id: ActorId;
  total: number;
  byStance: Record<Stance, number>;
}

/** What each ring of a location's circle carries. */
export interface TotalRingProperties {
  /** The actor the circle is of. */
  id: string;
  /** The territory it is drawn in (a non-state actor's home; a state's own code). */
  home: string;
  stance: Stance;
  /** 0 for the outermost ring (the whole circle), then 1, 2 ... inwards. */
  ring: number;
  /** Radius in CSS pixels. */
  radius: number;
  colour: string;
  /** The actor's relations in all. */
  total: number;
  /** The relations on this ring's stance. */
  count: number;
}

/** The radius of the actor with the most relations, and of one with a single relation. */
export const TOTAL_RADIUS = { max: 13, min: 5 } as const;

/** Every actor's relations among `relations`, counted by stance, the actors with most first. */
export function locationTotals(relations: Iterable<Relation>): LocationTotal[] {
  const byActor = new Map<ActorId, LocationTotal>();
  const count = (id: ActorId, stance: Stance) => {
    let t = byActor.get(id);
    if (!t) {
      t = { id, total: 0, byStance: { cooperative: 0, warming: 0, tense: 0, severed: 0, hostile: 0 } };
      byActor.set(id, t);
    }
    t.total += 1;
    t.byStance[stance] += 1;
  };
  for (const r of relations) {
    count(r.a, r.stance);
    count(r.b, r.stance);
  }
  return [...byActor.values()].sort((x, y) => y.total - x.total || (x.id < y.id ? -1 : 1));
}

/**
 * The circles of `totals` as rings to draw, outermost first: the outer circle's area grows with the
 * actor's total (from TOTAL_RADIUS.min for one relation to .max for the most any actor has), and
 * each ring inside it, in the order of STANCES from the outside in, covers its stance's share of it.
 * Actors without an anchor are left out.
 */
export function totalRings(
  totals: readonly LocationTotal[],
  anchorOf: (id: ActorId) => LngLat | undefined,
  homeOf: (id: ActorId) => string | undefined = (id) => id,
): FeatureCollection<Point, TotalRingProperties> {
  const most = totals.reduce((m, t) => Math.max(m, t.total), 0);
  const features: Feature<Point, TotalRingProperties>[] = [];
  for (const t of totals) {
    const at = anchorOf(t.id);
    if (!at || t.total === 0) continue;
    const share = most > 1 ? Math.sqrt((t.total - 1) / (most - 1)) : 0;
    const outer = TOTAL_RADIUS.min + (TOTAL_RADIUS.max - TOTAL_RADIUS.min) * share;
    const home = homeOf(t.id) ?? t.id;
    let left = t.total;
    let ring = 0;
    for (const stance of STANCES) {
      const n = t.byStance[stance];
      if (n === 0) continue;
      features.push({
        type: 'Feature',
        properties: { id: t.id, home, stance, ring: ring++, radius: Math.round(outer * Math.sqrt(left / t.total) * 100) / 100, colour: STANCE_COLOURS[stance], total: t.total, count: n },
        geometry: { type: 'Point', coordinates: at },
      });
      left -= n;
    }
  }
  return { type: 'FeatureCollection', features };
}

/** Do two sets of rings draw the same (the same actors, stances and radii, in the same order)? */
export function sameRings(x: FeatureCollection<Point, TotalRingProperties>, y: FeatureCollection<Point, TotalRingProperties>): boolean {
  if (x.features.length !== y.features.length) return false;
  return x.features.every((f, i) => {
    const g = y.features[i];
    return g !== undefined && f.properties.id === g.properties.id && f.properties.stance === g.properties.stance && f.properties.radius === g.properties.radius && f.geometry.coordinates[0] === g.geometry.coordinates[0] && f.geometry.coordinates[1] === g.geometry.coordinates[1];
  });
}
