// Staying away from another state's event: "has decided not to participate in the inauguration of the
// president of Mexico", "will not attend the summit in Hanoi". Not taking part is no act of the verb's own
// (the negation would drop it); staying away from a state's ceremony, summit or games is a boycott of
// it (CAMEO 163, impose a boycott), tense.
import type { Token } from './tokens';
import type { Trigger } from './trigger';

/** Events a state holds, which another may stay away from. */
const EVENT = /^(?:inauguration|swearing-in|ceremony|ceremonies|summit|celebrations?|commemorations?|parade|games|olympics|festivities|coronation|funeral|jubilee)$/;

/** Verbs of taking part, which stay away when negated ("take" only in "take part"), and of staying away. */
const TAKING_PART = new Set(['participate', 'attend', 'take']);
const STAYING_AWAY = new Set(['skip', 'shun', 'snub', 'miss']);

export const BOYCOTT_WHY = '"decided not to participate in the inauguration of the president of Mexico": staying away from another state\'s event is a boycott (CAMEO 163), tense';

/** The boycotts a sentence tells: a negated verb of taking part, or one of staying away, before the event stayed away from. */
export function boycotts(tokens: readonly Token[]): Trigger[] {
  const found: Trigger[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const takePart = t.lemma === 'take' && tokens[i + 1]?.lower === 'part';
    // ("skipped out on attending Russia's Victory Day parade": a verb of staying away needs no negation.)
    const skipped = STAYING_AWAY.has(t.lemma) && t.pos === 'VERB';
    if (!skipped && !(TAKING_PART.has(t.lemma) && (t.lemma !== 'take' || takePart))) continue;
    const not = tokens[i - 1]?.lower === 'to' ? i - 2 : i - 1;
    if (!skipped && !/^(?:not|never|n't)$/.test(tokens[not]?.lower ?? '')) continue;
    const end = takePart ? i + 2 : i + 1;
    const event = tokens.slice(end, end + 10).findIndex((x) => EVENT.test(x.lower));
    if (event < 0) continue;
    // (Its head is the event, whose state follows it: "participate “at any level” in the inauguration of the president of Mexico"; or the verb, when the state owns the event before it: "skipped Russia's parade".)
    const owned = tokens.slice(end, end + event).some((x) => /^['’]s$/.test(x.lower));
    found.push({ kind: 'verb', head: owned ? i : end + event, end: owned ? end : end + event + 1, from: i, to: end + event + 1, code: '163', stance: 'tense', mutual: false, passive: false, negated: false, intent: false, absorbed: false, why: BOYCOTT_WHY, preps: ['of', 'in', 'at', 'by'] });
  }
  return found;
}
