// Small helpers that turn claims into the words the panels show.
import type { Claim } from '../domain/claims/claim';
import { CERTAINTIES } from '../domain/claims/vocabulary';

/** When a claim holds, in words: "2019-12-05", "since 1979", "1994 to 2000", "undated". */
export function whenText(claim: Claim): string {
  const w = claim.when;
  if (w.kind === 'point') return w.at;
  if (w.kind === 'range') return w.to ? `${w.from} to ${w.to}` : `since ${w.from}`;
  return 'undated';
}

/** The most certain claim of a non-empty list, the latest of equals. */
export function strongestClaim(claims: readonly Claim[]): Claim {
  let best = claims[0] as Claim;
  for (const c of claims) {
    if (CERTAINTIES.indexOf(c.certainty) <= CERTAINTIES.indexOf(best.certainty)) best = c;
  }
  return best;
}
