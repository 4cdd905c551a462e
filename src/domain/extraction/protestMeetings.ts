// "Chinese Assistant Foreign Minister Nong Rong met with the South Korean envoy on Saturday and expressed serious
// concerns and a complaint": a meeting with another state's envoy at which a protest is made is a summons in all but
// name, tense, not the consultation (CAMEO 04) the verb reads. The meeting's claim gives way to the protest's.
import type { ExtractedClaim } from './extractedClaim';
import type { Token } from './tokens';
import { ENVOY_NOUN } from './triggerWords';

/** True when the claim is a meeting (not a visit) whose object, within a few words, is an envoy. */
function meetsEnvoy(claim: ExtractedClaim, tokens: readonly Token[]): boolean {
  if (!/^04(?![23])/.test(claim.code ?? '')) return false;
  const k = tokens.findIndex((t) => t.start >= claim.triggerEnd);
  if (k < 0) return false;
  const to = Math.min(tokens.length, k + 6);
  for (let j = k; j < to; j++) {
    const t = tokens[j] as Token;
    if (ENVOY_NOUN.test(t.lower)) return true;
    if (!(t.lower === 'with' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN')) return false;
  }
  return false;
}

/** The claims less each meeting with an envoy of a state that the same sentence has its subject protest to (a claim of disapproval, CAMEO 11, from the same source). */
export function protestMeetings(claims: readonly ExtractedClaim[], tokens: readonly Token[]): ExtractedClaim[] {
  return claims.filter((c) => !(meetsEnvoy(c, tokens) && claims.some((d) => d.stance === 'tense' && /^11/.test(d.code ?? '') && d.a === c.a && d.b === c.b)));
}
