// Who recalls an envoy when the sentence names no state for the one who does it: the envoy's own state.
import type { ActorGroup } from './actorGroups';
import type { Token } from './tokens';
import type { Trigger } from './trigger';
import { ENVOY_NOUN } from './triggerWords';

/**
 * "Foreign minister Uri Rosenthal recalled the Dutch ambassador to Suriname": an envoy recalled or withdrawn is
 * recalled by the state that sent it, named by its demonym right after the verb; or null.
 */
export function envoysOwnState(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger): ActorGroup | null {
  if (!/^(?:recall|withdraw)$/.test(tokens[trigger.head]?.lemma ?? '')) return null;
  return groups.find((g) => g.demonym && g.first > trigger.head && g.first <= trigger.head + 3 && ENVOY_NOUN.test(tokens[g.end]?.lower ?? '') && tokens.slice(trigger.head + 1, g.first).every((t) => t.pos === 'DET')) ?? null;
}
