// "China has conducted live-fire drills, raising security concerns in New Zealand and Australia", "the move sparked
// anger in Beijing": concern or anger raised in a state is that state's, at whoever raised it (the clause's subject),
// the reverse of "New Zealand raised concerns over the drills", where the subject is the one concerned.
import type { ActorGroup } from './actorGroups';
import { CAUSED_FEELING, CAUSING } from './idiomWords';
import type { Pairing } from './sentenceActors';
import type { Token } from './tokens';
import type { Trigger } from './triggers';

/** Verbs that only cause a feeling in others: "sparked alarm in", never "voiced"; and what they cause (idiomWords.ts, as the idiom has them). */
const CAUSING_VERB = new RegExp(`^(?:${CAUSING})$`);
const FEELING = new RegExp(`^(?:${CAUSED_FEELING})$`);

/**
 * The pairing of a raised or caused concern with the state it is raised "in" or "among" (past "both", "the"), from that
 * state to the subject found by `subjectAt` (or the maker of the move it names); else, for a verb that only causes it, no pair; else null. "raise" with a capital after "in" is where one voices it
 * ("Japan raised concerns in Beijing"), so only a state named as such counts after it.
 */
export function concernRaisedIn(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger, subjectAt: (at: number, concerned: ActorGroup) => ActorGroup | null): Pairing | null {
  const verb = tokens[trigger.head], causes = !!verb && CAUSING_VERB.test(verb.lemma);
  if (trigger.kind !== 'verb' || trigger.stance !== 'tense' || !verb || !(causes || verb.lemma === 'raise') || !tokens.slice(trigger.head + 1, trigger.to).some((t) => FEELING.test(t.lower))) return null;
  const none = causes ? { sources: [], targets: [], within: false, subject: null } : null; // (caused in no state named: no one's, not the subject's at what follows "over")
  if (!/^(?:in|among|across|within)$/.test(tokens[trigger.to]?.lower ?? '')) return none;
  const first = trigger.to + 1 + (/^(?:both|the|many|several)$/.test(tokens[trigger.to + 1]?.lower ?? '') ? 1 : 0);
  const concerned = groups.find((g) => g.first === first && !g.descriptor && (causes || !g.place));
  const cause = concerned ? subjectAt(trigger.head, concerned) : null; // (or, for a move with no actor of its own, its maker told before: "Ukraine passed the law. The move sparked anger in Hungary")
  if (!concerned || !cause || cause.ids.some((id) => concerned.ids.includes(id))) return none;
  return { sources: concerned.ids, targets: cause.ids, within: false, subject: cause };
}
