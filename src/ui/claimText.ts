// Small helpers that turn claims into the words the panels show.
import type { Claim } from '../domain/claims/claim';
import { cameoLabel } from '../domain/cameo/cameoNames';
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

export { countOf } from '../domain/text/countOf';

/** The CAMEO event a claim names, as "112 Accuse", or null: an article claim's own code, or a coded event's. */
export function eventLabelOf(claim: Claim): string | null {
  const code = claim.code ?? claim.event?.code;
  return code ? cameoLabel(code) : null;
}

/** A claim's quote cut around its trigger words: before, the words, after (the words empty when it has none). */
export function quoteParts(claim: Claim): [string, string, string] {
  const { quote, start } = claim.evidence;
  const t = claim.trigger;
  if (!t) return [quote, '', ''];
  const a = Math.max(0, t.start - start);
  const b = Math.min(quote.length, t.end - start);
  return [quote.slice(0, a), quote.slice(a, b), quote.slice(b)];
}
