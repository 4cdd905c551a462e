// A demand that another state stop what it does: "is urging France to step back from a looming
// operation", "called on Israel to halt the strikes", "recommend the French drop Operation Wuambushu".
// The appeal alone is no relation (CAMEO 02); an appeal to stop, end or drop something is a demand
// (CAMEO 10), pressure on the one asked: tense. What is to be stopped is read by its own words, if any.
import { pastWords, QUOTE_MARK, type Token } from './tokens';
import { isAppeal } from './verbContext';
import type { Trigger } from './trigger';

/** Verbs of stopping, dropping or stepping back, or of letting people go ("called on China to release Liu"): what the one asked is to do. */
const STOPPING = /^(?:stop|halt|drop|abandon|end|cancel|scrap|suspend|withdraw|reverse|cease|refrain|desist|shelve|release|free)$/;
const BACKING_DOWN = /^(?:step|back|pull|call)$/;
/** Those who govern a state, asked for it: "authorities in Rwanda", "the government of Chad". */
const GOVERNING = /^(?:authorities|government|leaders|leadership|officials|rulers)$/;
/** What one may be asked not to do to others: keep them out, hold them, strike them. */
const KEEPING_OUT = /^(?:prevent|block|bar|obstruct|hinder|close|attack|strike|invade|interfere|expel|deport|harass|detain|arrest)$/;
/** Nouns of asking, before the one asked: "a call on Israel to halt", "a deadline for India to withdraw". */
const ASKING_NOUN = /^(?:calls?|appeals?|demands?|deadlines?|ultimatums?)$/;
const CONFLICT = /^(?:war|wars|fighting|conflict|hostilities|dispute|disputes|violence|clashes|tensions|standoff|stand-off|feud|rivalry)$/;

export const DEMAND_TO_STOP_WHY = '"urging France to step back from the operation": asking another state to stop, end or drop what it does is a demand (CAMEO 10), tense toward it';

/** The demands to stop a sentence tells: a verb of asking (or its noun and preposition: "a call to", "a deadline for"), a name (the one asked), then "to" and a verb of stopping (or, after "recommend" and "demand", the bare verb). */
export function demandsToStop(tokens: readonly Token[]): Trigger[] {
  const found: Trigger[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // A verb of asking: one of an appeal ("called on", not "called"; verbContext.ts), or of a recommendation.
    // (Or a noun of asking and its preposition: "Muizzu's formal call to India to withdraw its military personnel", "set a deadline for India to withdraw".)
    const noun = t.pos === 'NOUN' && ASKING_NOUN.test(t.lower) && /^(?:to|for|on|upon)$/.test(tokens[i + 1]?.lower ?? '');
    const callFor = t.pos === 'VERB' && t.lemma === 'call' && tokens[i + 1]?.lower === 'for'; // ("called for Israel to halt its strikes")
    if (!noun && !callFor && !isAppeal(tokens, i) && !(t.pos === 'VERB' && /^(?:recommend|insist)$/.test(t.lemma))) continue;
    let k = t.lemma === 'call' || noun ? i + 2 : i + 1;
    if (tokens[k]?.lower === 'that') k++;
    if (tokens[k]?.lower === 'the') k++;
    // ("called upon authorities in Rwanda not to prevent people from crossing": those who govern in or of a state, for it.)
    if (GOVERNING.test(tokens[k]?.lower ?? '') && /^(?:in|of)$/.test(tokens[k + 1]?.lower ?? '') && /^[A-Z]/.test(tokens[k + 2]?.text ?? '')) k += 2;
    // The one asked: a name (a state, its capital, its people), up to three words.
    const asked = k;
    while (k < asked + 3 && /^[A-Z]/.test(tokens[k]?.text ?? '') && (tokens[k]?.pos === 'PROPN' || tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NOUN')) k++;
    if (k === asked) continue;
    // ("urges the Vietnamese side to", "has asked Vietnam more than 30 times to": past the side and how often.)
    if (tokens[k]?.lower === 'side' || GOVERNING.test(tokens[k]?.lower ?? '')) k++;
    for (const end = k + 5; k < end && (/^(?:more|than|times|again|once|twice|repeatedly)$/.test(tokens[k]?.lower ?? '') || tokens[k]?.pos === 'NUM'); ) k++;
    const bare = /^(?:recommend|demand|insist)$/.test(t.lemma);
    // (Or asked not to keep others out or to strike: "not to prevent people from crossing the border".)
    // (Or not to do again what it did: "called on Ethiopia not to repeat such hostilities", whatever the conflict is called.)
    const again = tokens[k]?.lower === 'not' && tokens[k + 1]?.lower === 'to' && /^(?:repeat|resume|renew)$/.test(tokens[k + 2]?.lemma ?? '');
    const not = again || (tokens[k]?.lower === 'not' && tokens[k + 1]?.lower === 'to' && KEEPING_OUT.test(tokens[k + 2]?.lemma ?? ''));
    let v = not ? k + 2 : tokens[k]?.lower === 'to' ? k + 1 : bare ? k : -1;
    // ('to "stop its illegal disruption"', "to immediately stop": past a quotation mark and an adverb.)
    while (v > 0 && (/^["“']$/.test(tokens[v]?.text ?? '') || (tokens[v]?.pos === 'ADV' && !/^(?:not|never)$/.test(tokens[v]?.lower ?? '')))) v++;
    const verb = tokens[v];
    // (Or to stay out: "called on Saudi Arabia to stay out of Lebanese affairs".)
    const stayOut = /^(?:stay|keep)$/.test(verb?.lemma ?? '') && tokens[v + 1]?.lower === 'out' && tokens[v + 2]?.lower === 'of';
    if (!verb || !(not || stayOut || STOPPING.test(verb.lemma) || STOPPING.test(verb.lower) || (BACKING_DOWN.test(verb.lemma) && /^(?:back|down|off)$/.test(tokens[v + 1]?.lower ?? '')))) continue;
    // (Not an appeal to end a conflict, which both have: "urged Russia and Ukraine to end the fighting" is an appeal for peace, CAMEO 02.)
    if (!again && tokens.slice(v + 1, v + 5).some((x) => CONFLICT.test(x.lower))) continue;
    found.push({ kind: noun ? 'noun' : 'verb', head: i, end: i + 1, from: i, to: i + 1, code: '100', stance: 'tense', mutual: false, passive: false, negated: false, intent: false, absorbed: false, why: DEMAND_TO_STOP_WHY, ...(noun ? { preps: [tokens[i + 1]!.lower] } : {}) });
  }
  return found;
}

export const PRESSED_MEASURE_WHY = '"asked the EU court to impose a fine on Poland", "urged the EU to impose sanctions on Russia": pressing others to sanction or fine a state is disapproval of it (CAMEO 11), tense; the measure asked for is not taken';

/**
 * For a sanction, fine or penalty asked of another ("has asked the Court of Justice of the European
 * Union to impose a EUR 5 million fine on Poland"): the index of the verb of asking, whose subject
 * presses against the state the measure is on; -1 when the act is no such measure.
 */
export function askerOfMeasure(tokens: readonly Token[], trig: Pick<Trigger, 'code' | 'from' | 'to'>): number {
  if (!/^(?:161|163|172|1312)/.test(trig.code ?? '') || tokens[trig.from - 1]?.lower !== 'to') return -1;
  // (On a state named after "on" or "against": "on Poland"; or ties cut "with" one: "urging Arab states to cut ties with Guatemala".)
  const PREP = trig.code?.startsWith('161') ? /^with$/ : /^(?:on|against)$/;
  if (!tokens.slice(trig.code?.startsWith('161') ? trig.to - 1 : trig.to, trig.to + 10).some((t, k, all) => PREP.test(t.lower) && /^[A-Z]/.test((all[k + 1]?.lower === 'the' ? all[k + 2] : all[k + 1])?.text ?? ''))) return -1;
  return tokens.findLastIndex((_, k) => k < trig.from - 1 && k >= trig.from - 14 && isAppeal(tokens, k));
}

/** Nouns of a force's going: "the withdrawal of U.S. special forces troops", "the pullout of Russian troops". */
const WITHDRAWAL = /^(?:withdrawal|pullout|pull-out|removal|departure|exit)$/;
/** What a state is asked to take out: its troops, forces, bases. */
const FORCES = /^(?:troops|forces|soldiers|military|bases|personnel|contingent|peacekeepers|ships|warships)$/;

/**
 * "called for the withdrawal of U.S. special forces troops from a group of islands", "demanded the immediate pullout of
 * Russian forces": asking for another state's forces to go is a demand for withdrawal (CAMEO 106), tense toward it. The
 * verb of asking is the trigger, with the noun of withdrawing; the state after "of" is the one asked.
 */
export function demandsForWithdrawal(tokens: readonly Token[]): Trigger[] {
  const found: Trigger[] = [];
  for (let i = 1; i < tokens.length; i++) {
    // (Quotation marks are no break: 'called for the "immediate withdrawal" of Rwandan troops'.)
    const n = QUOTE_MARK.test(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
    if (tokens[i]?.lower !== 'of' || !WITHDRAWAL.test(tokens[n]?.lower ?? '')) continue;
    const before = tokens.slice(Math.max(0, n - 5), n);
    const asked = before.findIndex((t, j) => (t.pos === 'VERB' || (t.pos === 'NOUN' && /s$/.test(t.lower))) && (/^(?:demand|seek|urge|want|request)$/.test(t.lemma) || (/^(?:call|appeal)$/.test(t.lemma) && before[j + 1]?.lower === 'for')));
    if (asked < 0 || before.slice(asked + 1).some((t) => !['DET', 'ADJ', 'ADP'].includes(t.pos) && !QUOTE_MARK.test(t.text))) continue;
    if (!tokens.slice(i + 1, i + 7).some((t) => FORCES.test(t.lower))) continue;
    const verb = Math.max(0, n - 5) + asked;
    found.push({ kind: 'verb', head: verb, end: verb + 1, from: verb, to: i, code: '106', stance: 'tense', mutual: false, passive: false, negated: false, intent: false, absorbed: false, why: '"called for the withdrawal of U.S. special forces troops": asking for another state\'s forces to go is a demand for withdrawal (CAMEO 106), tense' });
  }
  return found;
}

/**
 * "Russia must apologize to Azerbaijan", "Putin must start a dialogue with the new government in Kiev", "must accept
 * international monitors and start a dialogue": an act after "must", "should" or "ought to" (past an adverb; for a
 * noun, the verb that governs it; for a second verb, the first one's "must" before "and") is asked of the one named,
 * not done.
 */
export function askedToDo(trig: Pick<Trigger, 'kind' | 'from'>, tokens: readonly Token[]): boolean {
  let at = trig.from;
  if (trig.kind === 'noun') {
    const v = pastWords(tokens, trig.from - 1, ['DET', 'ADJ'], trig.from - 4);
    if (tokens[v]?.pos !== 'VERB' || v === trig.from - 1) return false;
    at = v;
  }
  const m = tokens[at - 1]?.pos === 'ADV' ? at - 2 : at - 1;
  if (/^(?:must|should)$/.test(tokens[m]?.lower ?? '') || (tokens[m]?.lower === 'to' && tokens[m - 1]?.lower === 'ought')) return true;
  return tokens[at - 1]?.lower === 'and' && tokens.slice(Math.max(0, at - 9), at - 1).some((t, j, all) => /^(?:must|should)$/.test(t.lower) && all[j + 1]?.pos === 'VERB' && all.slice(j + 2).every((x) => !['VERB', 'AUX', 'SCONJ'].includes(x.pos) && x.text !== ','));
}
