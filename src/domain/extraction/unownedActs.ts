// Acts told with no one to do them: "the decision to recognise a Palestinian state undermined Israel's right" (a decision no
// one is named as making, the subject of its clause), "recognising a Palestinian state risks turning you into a pawn" (a
// gerund that is the subject of its clause). Their verb has no subject of its own, and the one who reports the clause, or
// the sentence's other actor, is not it.
import type { Token } from './tokens';
import type { Trigger } from './trigger';

/** Nouns whose "to" opens the act they name. */
const MOVE = /^(?:decision|move|plan|bid|proposal|step|push|idea|call)$/;

/** True when the verb at the trigger's head is the act of no one the sentence names. */
export function unownedAct(trig: Trigger, tokens: readonly Token[]): boolean {
  if (trig.kind !== 'verb') return false;
  const start = (k: number) => { let j = k; while (j > 0 && !/^(?:said|says|that|;|:|["“”])$/.test(tokens[j - 1]?.lower ?? '') && tokens[j - 1]?.pos !== 'VERB' && tokens[j - 1]?.text !== ',') j--; return j; };
  const opens = (k: number) => start(k) === k && (k === 0 || /^(?:said|says|that|["“”])$/.test(tokens[k - 1]?.lower ?? '')); // (a clause of its own: not a participle after a comma, "filed the claim, arguing that")
  // ("the decision to recognise X undermined": "the", the noun and "to" open the clause, and its own verb follows.)
  // (Not a decision on ties with another, which is the teller's own: "Cavusoglu said the decision to restore diplomatic relations with Israel did not mean".)
  if (tokens[trig.head - 1]?.lower === 'to' && MOVE.test(tokens[trig.head - 2]?.lower ?? '') && tokens[trig.head - 3]?.lower === 'the' && opens(trig.head - 3) && !trig.mutual && tokens[trig.to]?.lower !== 'with') {
    return tokens.slice(trig.head + 1, trig.head + 12).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower) && t.lower !== 'to');
  }
  // ("recognising a Palestinian state risks turning you into a pawn": a gerund that opens its clause, with the clause's verb after its object.)
  if (/ing$/.test(tokens[trig.head]?.lower ?? '') && opens(trig.head)) {
    return tokens.slice(trig.head + 1, trig.head + 10).some((t, j, all) => /^(?:risks|would|will|could|is|was|means|undermines|rewards|sends)$/.test(t.lower) && all.slice(0, j).every((x) => x.pos !== 'VERB' && x.text !== ','));
  }
  return false;
}

/** Things and people that cross a border without force: "Five trucks carrying aid from Armenia crossed the border". */
const CROSSING_PEACEFULLY = /^(?:trucks|lorries|convoys?|buses|aid|goods|supplies|shipments?|civilians|tourists|pilgrims|passengers|travell?ers|migrants|refugees|residents)$/;

/** True when a crossing or entry (CAMEO 190) is done by a convoy, goods or civilians, the head noun of its subject: no incursion. */
export function peacefulCrossing(trig: Trigger, tokens: readonly Token[]): boolean {
  if (trig.kind !== 'verb' || trig.code !== '190' || !/^(?:cross|enter)$/.test(tokens[trig.head]?.lemma ?? '')) return false;
  let from = trig.head - 1;
  while (from > 0 && from > trig.head - 12 && !/^[.;:,]$/.test(tokens[from - 1]?.text ?? '')) from--;
  const subject = tokens.slice(from, trig.head);
  // (Not when forces are among them: "30 tanks, 20 missile systems, and 20 armored vehicles from Chile crossed into Peru".)
  if (subject.some((t) => /^(?:troops|forces|soldiers|tanks|units|militants|fighters|jets|drones|warships|vessels|armou?red|military|missiles?|artillery)$/.test(t.lower))) return false;
  return subject.some((t, j) => t.pos === 'NOUN' && CROSSING_PEACEFULLY.test(t.lower) && subject[j - 1]?.lower !== 'of');
}
