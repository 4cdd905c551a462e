// People held in a state: "the row over 46 Ivorian soldiers detained in Mali". A participle of detention after
// people, with no agent, tells who holds them: the state after "in". (Moved out of passives.ts; pure.)
import type { ActorGroup } from './actorGroups';
import type { Pairing } from './sentenceActors';
import type { Token } from './tokens';
import type { Trigger } from './triggers';

/**
 * "the row over 46 Ivorian soldiers detained in Mali": people detained or arrested in a state, a participle after
 * them with no agent, are held by that state; on the people's (a demonym or possessor right before them), else on
 * no one; undefined when the trigger is no such participle. (Not "jailed" or "sentenced": "a former Iranian official
 * jailed in Sweden" was tried there.)
 */
export function heldIn(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger): Pairing | null | undefined {
  const head = tokens[trigger.head] as Token;
  if (!/ed$/.test(head.lower) || tokens[trigger.head - 1]?.pos !== 'NOUN' || !/^(?:detain|arrest)$/.test(head.lemma) || tokens[trigger.head + 1]?.lower !== 'in') return undefined;
  const holder = groups.find((g) => g.first === trigger.head + 2 && !g.place);
  const held = groups.find((g) => g.end < trigger.head && trigger.head - g.end <= 2 && (g.demonym || g.possessive));
  return holder && held && !held.ids.some((id) => holder.ids.includes(id)) ? { sources: holder.ids, targets: held.ids, within: false, subject: null } : null;
}
