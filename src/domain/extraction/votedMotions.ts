// A vote on a text that judges a state ("Syria voted against the condemnation of Russia", "vetoed a
// resolution condemning Israel", "backed a motion censuring Iran") is for or against the state judged:
// voting a condemnation down shields the state (cooperative), voting it through joins it (tense). The
// judging word inside the text is the text's, not the voter's own judgement. extractClaims.ts asks it
// of every trigger before pairing.
import type { ActorGroup } from './actorGroups';
import type { Pairing } from './sentenceActors';
import type { Token } from './tokens';
import type { Trigger } from './triggers';

const MOTION = /^(?:resolutions?|motions?|texts?|drafts?|declarations?|condemnation|censure|bills?)$/;
const JUDGING = /^(?:condemn|censure|criticise|criticize|denounce|deplore|rebuke|sanction)$/;
const JUDGING_NOUN = /^(?:condemnation|censure)$/;
const AGAINST = /^(?:oppose|reject|veto|block)$/;
const FOR = /^(?:back|support|endorse|sponsor|co-sponsor|cosponsor|approve|adopt)$/;
/** Verbs of what a text would do to a state besides judging it: punish it, or threaten or press it. */
const PUNISHING = /^(?:impose|punish|threaten|pressure)$/;

/** The pair of a vote on a text that judges a state, with the trigger's stance set from how the vote went; null when `trigger` is no such vote. */
export function votedOn(trigger: Trigger, tokens: readonly Token[], groups: readonly ActorGroup[], triggers: readonly Trigger[], subjectAt: (at: number) => ActorGroup | null): Pairing | null {
  const head = tokens[trigger.head];
  if (trigger.kind !== 'verb' || !head) return null;
  let k = trigger.head + 1, against: boolean | null = AGAINST.test(head.lemma) ? true : FOR.test(head.lemma) ? false : null;
  if (head.lemma === 'vote') {
    const next = tokens.slice(k, k + 3).map((t) => t.lower).join(' ');
    if (next.startsWith('against ')) [against, k] = [true, k + 1];
    else if (next.startsWith('for ')) [against, k] = [false, k + 1];
    else if (/^in favou?r of$/.test(next)) [against, k] = [false, k + 3];
  }
  if (against === null) return null;
  let m = k;
  while (m < k + 8 && !MOTION.test(tokens[m]?.lower ?? '') && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[m]?.pos ?? '') || tokens[m]?.text === '-' || (tokens[m - 1]?.text === '-' && /ed$/.test(tokens[m]?.lower ?? '')))) m++; // (past "a Western-backed U.N. Security Council")
  if (!MOTION.test(tokens[m]?.lower ?? '')) return null;
  // ("a UN resolution to impose sanctions on Syria", "a resolution that threatened Syrian authorities with sanctions": a text that would punish a state judges it too.)
  const w = /^(?:today|yesterday|tonight)$/.test(tokens[m + 1]?.lower ?? '') ? m + 2 : m + 1; // (past a day: "a resolution today that threatened")
  const measures = (/^(?:to|that|which)$/.test(tokens[w]?.lower ?? '') && (JUDGING.test(tokens[w + 1]?.lemma ?? '') || PUNISHING.test(tokens[w + 1]?.lemma ?? ''))) || (tokens[m + 1]?.lower === 'on' && /^(?:sanctions|measures)$/.test(tokens[m - 1]?.lower ?? ''));
  const judging = measures || (JUDGING_NOUN.test(tokens[m]!.lower) && tokens[m + 1]?.lower === 'of') || (/ing$/.test(tokens[m + 1]?.lower ?? '') && JUDGING.test(tokens[m + 1]?.lemma ?? '')) || tokens[m + 1]?.lower === 'against';
  const judged = judging ? groups.find((g) => g.first > m + 1 && g.first <= m + (measures ? 9 : 4) && !g.place) : undefined;
  const voter = judged ? subjectAt(trigger.head) : null;
  if (!judged || !voter || voter.ids.some((id) => judged.ids.includes(id))) return null;
  Object.assign(trigger, against ? { stance: 'cooperative', code: '050', why: 'voting down a text that condemns a state shields that state: support for it (CAMEO 05)' } : { stance: 'tense', code: '111', why: 'voting for a text that condemns a state joins in the condemnation (CAMEO 111)' });
  for (const t of triggers) if (t !== trigger && t.head > trigger.head && t.head < judged.end) t.absorbed = true; // (the text's own judging word is no judgement of the voter's)
  return { sources: voter.ids, targets: judged.ids, within: false, subject: voter };
}
