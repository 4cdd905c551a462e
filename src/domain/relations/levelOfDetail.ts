// Level of detail: how many relations the map draws at each zoom. Every pair of states is about
// 20,000 arcs, and drawing them all at world zoom makes panning several times slower than an empty
// map (docs/performance.md) while the arcs merge into one smudge. So the map draws the strongest
// relations first, as flow-map tools do, and more as the user zooms in; what is left out is said on
// the map ("showing the 2,000 strongest of 20,000 relations").
//
// Strength: a relation that rests on an article's claims (read and reviewed by a person) comes
// before one that rests only on machine-coded events; then more supporting claims first; then more
// event mentions in the window (R10); then the pair key, so that the order is total and stable.
import type { Relation } from './relationsAsOf';

/** From this zoom level on, the map draws up to `limit` relations. Levels go up in zoom. */
export interface DetailLevel {
  zoom: number;
  limit: number;
}

export const DETAIL_LEVELS: readonly DetailLevel[] = [
  { zoom: 0, limit: 2000 },
  { zoom: 3, limit: 5000 },
  { zoom: 4, limit: 10_000 },
  { zoom: 5, limit: Infinity },
];

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

/** Stronger first: article claims, then supporting claims, then event mentions on the stance, then key. */
export function compareStrength(x: Relation, y: Relation): number {
  return (
    articleSupport(y) - articleSupport(x) ||
    y.support.length - x.support.length ||
    (y.events?.mentions[y.stance] ?? 0) - (x.events?.mentions[x.stance] ?? 0) ||
    (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)
  );
}

/** The `limit` strongest relations, strongest first, and how many there were in all. */
export function strongest(relations: Iterable<Relation>, limit: number): { shown: Relation[]; total: number } {
  const all = [...relations];
  if (all.length <= limit) return { shown: all, total: all.length };
  // Each relation's article support is counted once, not in every comparison.
  const ranked = all.map((r) => ({ r, articles: articleSupport(r) }));
  ranked.sort(
    (x, y) =>
      y.articles - x.articles ||
      y.r.support.length - x.r.support.length ||
      (y.r.events?.mentions[y.r.stance] ?? 0) - (x.r.events?.mentions[x.r.stance] ?? 0) ||
      (x.r.key < y.r.key ? -1 : x.r.key > y.r.key ? 1 : 0),
  );
  return { shown: ranked.slice(0, limit).map((x) => x.r), total: all.length };
}
