// Top N partners per actor (issue 17's filter, to cut a hairball): a relation is kept when it is among
// the N strongest of both its actors, so that no actor draws more than N relations. (Kept when strong
// for either end, a hub's every partner would keep it: each small state's one partner is its
// strongest.)
// Strength is the level of detail's (levelOfDetail.ts): article claims, then supporting claims, then
// event mentions in the window; ties keep the order the relations come in.
import { strength } from './levelOfDetail';
import type { Relation } from './relationsAsOf';

/** The relations among the `n` strongest of both their actors, in their order; all of them for n < 1. */
export function topPartners(relations: readonly Relation[], n: number): Relation[] {
  if (n < 1) return [...relations];
  const byActor = new Map<string, number[]>();
  relations.forEach((r, i) => {
    for (const actor of [r.a, r.b]) {
      const list = byActor.get(actor);
      if (list) list.push(i);
      else byActor.set(actor, [i]);
    }
  });
  const scores = relations.map(strength);
  // Each relation counts the ends that rank it in their n strongest; it is kept with two.
  const ends = new Uint8Array(relations.length);
  for (const list of byActor.values()) {
    if (list.length > n) list.sort((x, y) => (scores[y] as number) - (scores[x] as number) || x - y);
    for (let k = 0; k < Math.min(n, list.length); k++) ends[list[k] as number]! += 1;
  }
  return relations.filter((_, i) => ends[i] === 2);
}
