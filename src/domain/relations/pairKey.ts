import type { ActorId } from '../claims/claim';

/** The key of an unordered pair of actors: the two ids sorted and joined, "IRN|MAR". */
export type PairKey = string & { readonly __brand: 'PairKey' };

/** The two actors of a pair in their canonical (sorted) order. */
export function orderedPair(x: ActorId, y: ActorId): [ActorId, ActorId] {
  return x < y ? [x, y] : [y, x];
}

export function pairKey(x: ActorId, y: ActorId): PairKey {
  const [a, b] = orderedPair(x, y);
  return `${a}|${b}` as PairKey;
}
