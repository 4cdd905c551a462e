// For tests: a claim that is one machine-coded event (as the GDELT and ICEWS imports make them).
import type { ActorId, Claim } from '../claims/claim';
import type { Stance } from '../claims/vocabulary';

let next = 0;

/** An event from `subject` to `object` on day `at`, with its mentions (`weight`), Goldstein score, CAMEO code, root flag and number of sources. */
export function eventClaim(
  subject: ActorId,
  object: ActorId,
  stance: Stance,
  at: string,
  { weight = 1, goldstein = 0, code = '010', root, sourceCount }: { weight?: number; goldstein?: number; code?: string; root?: boolean; sourceCount?: number } = {},
): Claim {
  return {
    id: `event-${next++}`,
    articleId: 'gdelt',
    subject,
    object,
    stance,
    directed: true,
    when: { kind: 'point', at },
    certainty: 'reported',
    attribution: 'GDELT',
    evidence: { quote: 'q', start: 0, end: 1 },
    event: { system: 'CAMEO', code, goldstein, weight, sources: [], dataset: 'GDELT 2.0', ...(root === undefined ? {} : { root }), ...(sourceCount === undefined ? {} : { sourceCount }) },
  };
}
