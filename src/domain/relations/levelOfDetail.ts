// Level of detail: how many relations the map draws at each zoom. Every pair of states is about
// 20,000 arcs, and drawing them all at world zoom makes panning several times slower than an empty
// map (docs/performance.md) while the arcs merge into one smudge. So the map draws the strongest
// relations first, as flow-map tools do, and more as the user zooms in; what is left out is said on
// the map ("showing the 200 strongest of 20,000 relations"). At world zoom every place's circle of
// location totals (locationTotals.ts) still counts all its relations, so the arcs can be few there:
// 200, which is also about where the readers found a hairball (109-218 arcs).
//
// Strength: a relation that rests on an article's claims (read and reviewed by a person) comes
// before one that rests only on machine-coded events; then more supporting claims first; then more
// event mentions in the window (R10); then the order the pairs come in (that of their first claims),
// so that the choice is stable.
import type { Relation } from './relationsAsOf';

/** From this zoom level on, the map draws up to `limit` relations. Levels go up in zoom. */
export interface DetailLevel {
  zoom: number;
  limit: number;
}

export const DETAIL_LEVELS: readonly DetailLevel[] = [
  { zoom: 0, limit: 200 },
  { zoom: 2, limit: 800 },
  { zoom: 3, limit: 2500 },
  { zoom: 4, limit: 8000 },
  { zoom: 5, limit: Infinity },
];

/**
 * Only the strongest arcs get the white casing that lifts them off the borders: in software GL the
 * casing costs as much to draw as the arc itself (docs/performance.md), and under a dense web of
 * weak arcs it adds nothing to read.
 */
export const CASED_LIMIT = 80;

/** How many relations are drawn at `zoom`. */
export function limitAt(zoom: number, levels: readonly DetailLevel[] = DETAIL_LEVELS): number {
  let limit = levels[0]?.limit ?? Infinity;
  for (const level of levels) if (zoom >= level.zoom) limit = level.limit;
  return limit;
}

/** The zoom level (an index into the levels) that `zoom` falls in: the map rebuilds its arcs only when it changes. */
export function levelAt(zoom: number, levels: readonly DetailLevel[] = DETAIL_LEVELS): number {
  let index = 0;
  levels.forEach((level, i) => {
    if (zoom >= level.zoom) index = i;
  });
  return index;
}

function articleSupport(r: Relation): number {
  let n = 0;
  for (const c of r.support) if (!c.event) n++;
  return n;
}

/**
 * A relation's strength as one number, larger is stronger: article claims, then supporting claims,
 * then mentions (each capped below the next one's unit). Ties keep the order they come in.
 */
export function strength(r: Relation): number {
  const mentions = Math.min(r.events?.mentions[r.stance] ?? 0, 999_999);
  return Math.min(articleSupport(r), 9_999) * 1e12 + Math.min(r.support.length, 999_999) * 1e6 + mentions;
}

/**
 * The `limit` strongest relations, strongest first (ties in the order given), and how many there
 * were in all. The cut-off strength is found from a sorted copy of the numbers; only the relations
 * above it are sorted, and those at it are taken in order until the limit is reached.
 */
export function strongest(relations: Iterable<Relation>, limit: number): { shown: Relation[]; total: number } {
  const all = [...relations];
  const keep = Math.min(limit, all.length);
  if (all.length <= Math.min(limit, CASED_LIMIT)) return { shown: all, total: all.length };
  const scores = new Float64Array(all.length);
  for (let i = 0; i < all.length; i++) scores[i] = strength(all[i] as Relation);
  const sorted = scores.slice().sort();
  const cut = keep > 0 ? (sorted[sorted.length - keep] as number) : Infinity;
  const above: { r: Relation; s: number; i: number }[] = [];
  const at: Relation[] = [];
  for (let i = 0; i < all.length; i++) {
    const s = scores[i] as number;
    if (s > cut) above.push({ r: all[i] as Relation, s, i });
    else if (s === cut && above.length + at.length < keep) at.push(all[i] as Relation);
  }
  above.sort((x, y) => y.s - x.s || x.i - y.i);
  const shown = above.map((x) => x.r);
  for (const r of at) if (shown.length < keep) shown.push(r);
  return { shown, total: all.length };
}
