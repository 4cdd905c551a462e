// "The army has attributed the attacks to the Rapid Support Forces", "India attributed the attack to the TRF": an act one
// attributes to an actor named after "to" is that actor's (its victim is what follows the act or else the one who
// attributes it; pairing.ts asks this beside blamedFor in passives.ts, where the actor comes before the act).
import type { ActorGroup } from './actorGroups';
import { pastDescribing, pastWords, type Token } from './tokens';
import type { Trigger } from './trigger';

/** Verbs that lay an act at someone's door, the act first: "attributed the attack to". */
const ATTRIBUTING = /^(?:attribute|ascribe|pin)$/;

/** The actor after "to" whom the act at `trigger` is attributed, or null. */
export function attributedTo(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger): ActorGroup | null {
  const verb = tokens[pastWords(tokens, trigger.from - 1, ['DET', 'ADJ', 'NUM'])];
  if (!verb || verb.pos !== 'VERB' || !ATTRIBUTING.test(verb.lemma) || tokens[trigger.to]?.lower !== 'to') return null;
  // (Not a name that only describes them: "attributed the attack to Pakistan-based militants".)
  const first = pastDescribing(tokens, trigger.to + 1); // (past "the paramilitary")
  return groups.find((g) => !g.place && !g.descriptor && tokens[g.end]?.text !== '-' && (g.first === first || g.first === trigger.to + 1)) ?? null;
}

/** Verbs of backing, in the passive: "the attacks were backed by the UAE". */
const BACKED = /^(?:back|support|sponsor|fund|finance|arm|orchestrate)$/;

/**
 * "Sudan says the attacks on its army were backed by the UAE": backing an attack on a state is force against it by proxy
 * (the conventions: arming one side of a war is hostile to the other), not support for the state named in the attack's
 * "on" phrase. That state, when the passive's patient (in its clause, before the verb) is such an attack (and the
 * trigger made hostile); else null.
 */
export function backedAttackOn(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger, from: number): ActorGroup | null {
  if (trigger.stance !== 'cooperative' || !BACKED.test(tokens[trigger.head]?.lemma ?? '')) return null;
  const victim = groups.find((g) => {
    if (g.first < from || g.end > trigger.head || g.place) return false;
    const on = pastWords(tokens, g.first - 1, ['DET', 'PRON', 'ADJ']);
    return /^(?:on|against)$/.test(tokens[on]?.lower ?? '') && /^(?:attacks?|strikes?|assaults?|raids?|offensives?|bombings?|war|invasion)$/.test(tokens[on - 1]?.lower ?? '');
  });
  if (victim) Object.assign(trigger, { stance: 'hostile', code: '190', why: 'backing an attack on a state is force against it by proxy, as arming one side of a war is hostile to the other' });
  return victim ?? null;
}
