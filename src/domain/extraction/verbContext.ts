// What the words left of a verb do to it: a negation ("did not expel"), a modal or an intent ("will
// expel", "threatened to expel"), a passive, a demand or an appeal ("urged China to lift the ban"),
// a failure ("failed to reach"). findTriggers (triggers.ts) asks it of each verb it finds.
import { WEEKDAYS } from '../claims/resolveTime';
import type { Stance } from '../claims/vocabulary';
import { pastWords, type Token } from './tokens';
import { DEMAND_VERBS, demandBefore } from './appeals';
// (What asks another to act, in its own module: appeals.ts; still exported from here for the modules that read it here.)
export { DEMAND_VERBS, APPEAL_VERBS, ASKING_VERBS, demandBefore, askedFor, isAppeal, verbBeforeObject } from './appeals';
/** Participles of feeling, adjectives after "be" even before "by". */
export const FEELING = /^(?:concerned|alarmed|troubled|worried|dismayed|disturbed|outraged|incensed|disappointed|pleased|encouraged|heartened)$/;
export const NEGATION = new Set(['not', "n't", 'never', 'no', 'without', 'neither', 'nor']);
/** The negations of a verb or a predicate alone: "not", "never", "n't". */
export const NOT = /^(?:not|never|n't)$/;
export const MODAL = new Set(['will', 'would', 'could', 'may', 'might', 'shall', "'ll"]); export const MODAL_VERB = new Set([...MODAL, 'should', 'must', 'can', 'ought']); // (every modal, of obligation and ability too: what is told with one is not told as done)
/** Verbs whose "to"-complement is an intent or a threat, not yet the act. */
export const INTENT_VERBS = new Set(['threaten', 'vow', 'pledge', 'plan', 'intend', 'want', 'seek', 'hope', 'aim', 'offer', 'promise', 'propose', 'prepare', 'consider', 'wish', 'expect', 'try', 'attempt', 'push', 'move', 'call', 'urge', 'ask', 'demand']);
/** Verbs of deliberating on an act named by a gerund: "considered expelling", "weighing sending troops". */
const DELIBERATING = /^(?:consider|contemplate|mull|weigh|ponder|debate|eye)$/; // (not talks: "discussed normalising ties", "explore restoring relations" are steps to it)
export const BEFORE_PAST = new Set(['NOUN', 'PROPN', 'PRON', 'AUX']);
export const AFTER_PAST = new Set(['DET', 'PROPN', 'ADJ', 'NOUN', 'PRON', 'NUM']);
export const AFTER_GERUND = new Set(['DET', 'PROPN', 'PRON', 'NUM']);
export const MODAL_OR_TO = new Set(['to', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', "'ll", 'not', "n't"]);
/** The word before token i, past quotation marks. */
export function previousWord(tokens: readonly Token[], i: number): string {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const t = tokens[k] as Token;
    if (t.text !== '"' && t.text !== "'") return t.lower;
  }
  return '';
}

/** Words after which "to" is a preposition before a noun: "in response to", "bowed to", "due to", "resorting to". */
const TAKES_TO_NOUN = /^(?:response|reaction|reply|answer|bow|yield|succumb|cave|resort|bend|submit|capitulate|due|owing|thanks|according|subject|threat|opposition|resistance|objection|expose|react|respond|contrary|prior|addition|return|attention)$/;

/** "in response to pressure from Canada", "bowed to pressure from": a word after such a "to", before a preposition, is a noun (also after "gave in to", "caved in to"). */
export function nounAfterTo(tokens: readonly Token[], i: number): boolean {
  const giveIn = tokens[i - 2]?.lower === 'in' && /^(?:give|cave)$/.test(tokens[i - 3]?.lemma ?? '');
  return tokens[i - 1]?.lower === 'to' && tokens[i + 1]?.pos === 'ADP' && (TAKES_TO_NOUN.test(tokens[i - 2]?.lemma ?? '') || giveIn);
}

/** The index of the word before token i, past any quotation marks ('to stop "encouraging war"'). */
export function wordBefore(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && /^["“”']$/.test(tokens[k]?.text ?? '')) k--;
  return k;
}

/** Losing, by the tagger's lemma or the dictionary's own ("lost"): "lost a contract to supply", "lost contact with". */
export const LOSING = /^(?:lose|lost)$/;
/** Verbs that end what their object names: "suspended cooperation", "scrapped the deal". */
export const ENDING_VERBS = new Set(['suspend', 'pause', 'destroy', 'wreck', 'ruin', 'halt', 'end', 'cease', 'cancel', 'freeze', 'stop', 'abandon', 'scrap', 'drop', 'violate', 'breach', 'terminate', 'postpone', 'delay', 'curtail', 'cut', 'sever', 'break', 'quit', 'withdraw', 'revoke', 'annul', 'rescind', 'repeal', 'nullify', 'tear', 'withhold', 'reduce', 'slash', 'block', 'ditch', 'shelve', 'axe', 'jettison', 'abrogate', 'renounce', 'repudiate']);
/** Verbs that settle what their object names: "end their dispute", "ease tensions", "dropped its complaint". */
export const SETTLING_VERBS = new Set(['end', 'resolve', 'settle', 'patch', 'defuse', 'ease', 'calm', 'de-escalate', 'reduce', 'overcome', 'bury', 'drop', 'withdraw', 'lift']);
/** Verbs that keep what their object names from happening, or only provide for it: "to avoid clashes", "prevent a war", "the treaty covers attacks on". */
export const PREVENTING_VERBS = new Set(['avoid', 'prevent', 'avert', 'forestall', 'deter', 'oppose', 'cover', 'stave']); // ("to stave off an armed conflict")
/** Verbs whose "to"-complement did not happen. */
export const FAILED_VERBS = new Set(['fail', 'refuse', 'decline', 'reject', 'stop', 'cease']);

/** True when one of the two words before the verb at `at` negates it ("did not rule out", "not planning"). */
function negatedBefore(tokens: readonly Token[], at: number): boolean {
  return NEGATION.has(tokens[at - 1]?.lower ?? '') || NEGATION.has(tokens[at - 2]?.lower ?? '');
}

/** Looks left of a verb for what changes its meaning: negation, a modal, "threatened to". */
export function verbContext(tokens: readonly Token[], i: number, from: number): { negated: boolean; intent: boolean; passive: boolean; matrix: number | null; failed: boolean; demand: number | null; asked: boolean } {
  // ("refused to comply or recognize the new leaders", "agreed to meet and discuss": an infinitive coordinated with the one after "to" shares its context.)
  if (/^(?:or|and|nor)$/.test(tokens[i - 1]?.lower ?? '') && (tokens[i - 2]?.pos === 'VERB' || (tokens[i - 2]?.pos === 'NOUN' && /^["“]$/.test(tokens[i - 3]?.text ?? ''))) && (tokens[i - 3]?.lower === 'to' || (/^["“]$/.test(tokens[i - 3]?.text ?? '') && tokens[i - 4]?.lower === 'to'))) return verbContext(tokens, i - 2, Math.min(from, tokens[i - 3]?.lower === 'to' ? i - 3 : i - 4)); // (and past a quotation mark after "to", where the tagger may take the first for a noun: 'agreed not to "attack or invade each other"')
  let demand: number | null = null;
  let negated = false;
  let intent = false;
  let passive = false;
  let matrix: number | null = null;
  let failed = false;
  // (What others call on someone to do: not done, and no refusal by the one called on.)
  let sought = false;
  for (let k = i - 1; k >= from && k >= i - 5; k--) {
    const t = tokens[k] as Token;
    if (t.text === '"' || t.text === "'") continue;
    // ("not only restored ... but also": no negation.)
    // (Nor "wasted no time backing Warsaw": done at once.)
    if ((NEGATION.has(t.lower) && !(t.lower === 'not' && tokens[k + 1]?.lower === 'only') && !(t.lower === 'no' && tokens[k + 1]?.lower === 'time')) || (t.lower === 'longer' && tokens[k - 1]?.lower === 'no')) negated = true;
    // "warned China against helping Moscow", "recommended its citizens against travelling to": what one is warned against has not happened.
    else if (t.lower === 'against' && k === i - 1 && /ing$/.test(tokens[i]?.lower ?? '') && tokens.slice(Math.max(0, k - 5), k).some((w) => /^(?:warn|caution|advise|guard|recommend|urge|counsel)$/.test(w.lemma) || /^warnings?$/.test(w.lower))) negated = true;
    // ("has avoided sending weapons", "refrained from attacking": an act kept from happening.)
    // ("stopped short of backing Seoul": what one stops short of is not done; nor what one holds off or puts off doing, or shuts the door on doing.)
    else if (k === i - 1 && /ing$/.test(tokens[i]?.lower ?? '') && (/^(?:avoid|resist|evade|shun)$/.test(t.lemma) || (t.lower === 'from' && /^(?:refrain|abstain)$/.test(tokens[k - 1]?.lemma ?? '')) || (t.lower === 'of' && tokens[k - 1]?.lower === 'short' && /^(?:stop|fall|come)$/.test(tokens[k - 2]?.lemma ?? '')) || (/^(?:on|to)$/.test(t.lower) && tokens[k - 1]?.lower === 'door' && /^(?:shut|shutting|shuts|closed|closing|closes|close|slammed|slamming)$/.test(tokens[k - 3]?.lower ?? '')) || ((t.lower === 'off' || (t.lower === 'on' && tokens[k - 1]?.lower === 'off')) && /^(?:hold|holding|held|holds|put|putting|puts)$/.test(tokens[t.lower === 'on' ? k - 2 : k - 1]?.lower ?? '')))) failed = true; // (and "holding off approving Sweden's membership": put off, not done)
    else if (MODAL.has(t.lower) || (t.lower === 'going' && tokens[k + 1]?.lower === 'to') || (t.lower === 'of' && /^(?:possibility|prospect|likelihood|chance|option|idea)$/.test(tokens[k - 1]?.lower ?? '') && /ing$/.test(tokens[i]?.lower ?? '') && tokens.slice(k + 1, i).every((x) => ['PROPN', 'PART', 'DET'].includes(x.pos)))) intent = true; // ("asked about the possibility of Hungary's unblocking the summit": what is possible is not done)
    // ("Thai troops being injured by Cambodian mines": the tagger gives "being" its own lemma.)
    else if ((t.lemma === 'be' || t.lower === 'being') && k === i - 1) passive = /(?:ed|en|wn|ne|ht|id|ut|un|ot|ck|ld|it|lt|pt|ft|ung|unk)$/.test(tokens[i]?.lower ?? '') && !/ing$/.test(tokens[i]?.lower ?? '');
    else if (t.lemma === 'be' && (tokens[k + 1]?.pos === 'ADV' || /^(?:being|both|all|each)$/.test(tokens[k + 1]?.lower ?? ''))) passive = !/ing$/.test(tokens[i]?.lower ?? ''); // (and past a quantifier: "They are both partially recognised ... by Russia")
    // (Past an adverb too: "moves to formally recognise".)
    // (Or "one day": "has vowed to one day seize it".)
    else if (t.lower === 'to' && (k === i - 1 || (k === i - 2 && (tokens[i - 1]?.pos === 'ADV' || /^["“]$/.test(tokens[i - 1]?.text ?? ''))) || (k === i - 3 && tokens[i - 2]?.lower === 'one' && tokens[i - 1]?.lower === 'day'))) { // (and past a quotation mark: 'his intention to "crush Malaysia"')
      // ("agreed not to use force": the act after "not to" is not done.)
      const not = tokens[k - 1]?.lower === 'not' || tokens[k - 1]?.lower === 'never';
      // ("demands are growing for President Lula to condemn": what others call on someone to do is not done.)
      const forAt = tokens.slice(Math.max(0, k - 8), k).findLastIndex((x) => x.lower === 'for') + Math.max(0, k - 8);
      const calledFor = forAt >= Math.max(0, k - 8) && /^(?:demands?|calls?|pressure|appeals?|pleas?|clamou?r|push|growing)$/.test(tokens[forAt - 1]?.lower ?? '') && tokens.slice(forAt + 1, k).every((x) => ['PROPN', 'DET', 'ADJ', 'NOUN'].includes(x.pos));
      if (not || calledFor) negated = true;
      if (calledFor) sought = true;
      // ("an office set up to foster better ties", "a hotline designed to ease tensions": what a thing was made for is not done.)
      const made = tokens[k - 1]?.lower === 'up' && tokens[k - 2]?.lower === 'set' ? k - 2 : /^(?:designed|meant|intended|created|established|built)$/.test(tokens[k - 1]?.lower ?? '') ? k - 1 : -1;
      if (made > 0 && (tokens[made - 1]?.pos === 'NOUN' || tokens[made - 1]?.lemma === 'be')) negated = true; // (and "the airstrikes were intended to degrade")
      // ("missiles with the ability to strike most of the United States": what one is able to do is not done; nor what an obstacle stands in the way of, "one of the obstacles to forging a peace deal".)
      if (/^(?:ability|capability|capacity|wherewithal|obstacles?|hurdles?|barriers?|impediments?|roadblocks?|block)$/.test(tokens[k - 1]?.lower ?? '')) negated = true;
      // ("had agreed in recent months to normalise", "agreed on Monday to restore": past a time between the verb and its infinitive.)
      // (Past a quotation mark that opens what is quoted: 'an attempt by the Syrian regime "to give'.)
      const quoted = /^["“”]$/.test(tokens[k - 1]?.text ?? '') ? 1 : 0;
      let w = k - 1 - quoted;
      if (/^(?:days?|weeks?|months?|years?)$/.test(tokens[w]?.lower ?? '') || WEEKDAYS.includes(tokens[w]?.lower ?? '')) for (let j = w - 1; j >= w - 4 && j >= 0; j--) if (tokens[j]?.pos === 'VERB') w = j; else if (!['ADJ', 'DET', 'NUM', 'ADP'].includes(tokens[j]?.pos ?? '')) break; if (/^(?:yesterday|today|tonight)$/.test(tokens[w]?.lower ?? '') && ['NOUN', 'VERB'].includes(tokens[w - 1]?.pos ?? '')) w--; // ("Putin's threat yesterday to punish Ukraine": past the day to the noun or verb that governs "to")
      const m = tokens[not ? k - 2 : w];
      // ("We are too small a country to retaliate against India": what one is too weak to do is not done.)
      if (tokens.slice(Math.max(0, k - 4), k - 1).some((x) => x.lower === 'too') && tokens.slice(Math.max(0, k - 3), k).some((x) => x.pos === 'ADJ')) negated = true;
      demand = demandBefore(tokens, k, from);
      // ("a coup, which would force it to cut aid", "would force Russia to": what a demand only foreseen
      // would force is no one's demand, nor done.)
      const forcing = demand ?? (m?.pos === 'PRON' && DEMAND_VERBS.has(tokens[k - 2]?.lemma ?? '') ? k - 2 : null);
      if (forcing !== null && /^(?:would|could|might)$/.test(tokens[forcing - 1]?.lower ?? '')) negated = true;
      // ("a push by Turkey to ease tensions": the noun before its agent governs the infinitive.)
      // (Past a title and a name too: "a decision by French President Emmanuel Macron to back".)
      let by = k - 2 - quoted;
      // (And a name's short form in brackets, a determiner: "the decision by the International Court of Justice (ICJ) to favour Somalia".)
      while (by > k - 11 && (tokens[by]?.pos === 'PROPN' || tokens[by]?.pos === 'ADJ' || (/^[A-Z]/.test(tokens[by]?.text ?? '') && tokens[by]?.pos === 'NOUN') || (tokens[by]?.lower === 'of' && tokens[by - 1]?.pos === 'PROPN') || (tokens[by]?.pos === 'DET' && tokens[by - 1]?.lower === 'by') || /^[()]$/.test(tokens[by]?.text ?? '') || /^(?:president|prime|minister|king|chancellor|premier|leader)$/.test(tokens[by]?.lower ?? ''))) by--;
      if (demand === null && (m?.pos === 'PROPN' || m?.text === ')') && tokens[by]?.lower === 'by' && tokens[by - 1]?.pos === 'NOUN' && /^(?:push|effort|efforts|bid|attempt|drive|plan|move|decision|initiative|campaign)$/.test(tokens[by - 1]?.lower ?? '')) { matrix = by - 1; if (/^(?:plan|bid|attempt|effort|efforts|push|drive|campaign)$/.test(tokens[by - 1]?.lower ?? '')) intent = true; } // (an aim told so is only intended: "a sinister plan by Venezuela to seize its territory")
      if (demand === null && m && (m.pos === 'VERB' || m.pos === 'NOUN' || m.pos === 'ADJ')) {
        matrix = not ? k - 2 : w;
        // ("is not ready to come to terms", "does not want to resume talks": what one is not minded to do is not done.)
        const notBefore = (j: number) => /^(?:not|never|n't)$/.test(tokens[j]?.lower ?? ''), negatedAt = (j: number) => notBefore(j - 1) || (tokens[j - 1]?.pos === 'ADV' && notBefore(j - 2));
        if (m.pos !== 'NOUN' && negatedAt(matrix)) negated = true;
        const steps = m.pos === 'NOUN' && /^(?:measures|steps|action|efforts?|moves?)$/.test(m.lower) ? pastWords(tokens, matrix - 1, ['DET', 'ADJ', 'NUM']) : -1; if (tokens[steps]?.pos === 'VERB' && negatedAt(steps)) negated = true; // ("has not taken measures to safeguard Pakistani diplomats": nor what steps not taken are for)
        if ((INTENT_VERBS.has(m.lemma) || /^(?:threat|plan|intention|bid|effort|attempt|pledge|promise|offer|readiness|ready|willing|set|likely|expected|due|preparation|desire|wish|ambition|aim|determination|resolve)$/.test(m.lemma)) && !/^(?:tried|attempted)$/.test(m.lower) && !(m.lower === 'moved' && m.pos === 'VERB')) intent = true; // (nor a step taken: "has quickly moved to break off diplomatic ties") // (not an attempt made: "the Turkish vessel attempted to ram the Greek coastguard")
        // ("its refusal to extradite rebel leaders": the noun of a refusal too.)
        if (FAILED_VERBS.has(m.lemma) || /^(?:refusal|failure|reluctance|unwillingness|inability)$/.test(m.lower)) failed = true;
        // "had no plans to attack", "no intention to": an intent denied.
        if ((m.pos === 'NOUN' && (tokens[k - 2]?.lower === 'no' || (tokens[k - 2]?.pos === 'ADJ' && tokens[k - 3]?.lower === 'no'))) || (m.lower === 'success' && tokens[k - 2]?.lower === 'without')) failed = true; // (and "tried without success to speak to")
        // "suspended plans to annex", "ditched a deal to buy": a plan that is stopped; "lost a contract to supply": one that is lost.
        // ("declined Russia's request to send troops": a request refused.)
        for (let j = k - 2; j >= 0 && j >= k - 7 && !failed; j--) if (tokens[j]?.pos === 'VERB' && (ENDING_VERBS.has(tokens[j]?.lemma ?? '') || FAILED_VERBS.has(tokens[j]?.lemma ?? '') || LOSING.test(tokens[j]?.lemma ?? ''))) failed = m.pos === 'NOUN';
      }
      break;
    } else if (t.lower === 'on' && k === i - 1 && /ing$/.test(tokens[i]?.lower ?? '') && tokens[k - 1]?.lemma === 'plan') {
      // ("plans on expelling": an intent; "did not plan on kicking them out": none.)
      if (negatedBefore(tokens, k - 1)) negated = true;
      else [intent, matrix] = [true, k - 1]; // (and "plan" is the act's matrix, read in it: "Israel planned on invading Egypt" is no cooperation)
      break;
    } else if (t.lemma === 'rule' && tokens[k + 1]?.lower === 'out') {
      // "did not rule out severing relations": a possibility kept open is a threat, not the act;
      // "ruled out breaking off ties": the act is excluded.
      if (negatedBefore(tokens, k)) intent = true;
      else negated = true;
      break;
    } else if (t.lemma === 'help' && k === i - 1 && negatedBefore(tokens, k)) {
      // ("will not help facilitate a meeting": what is not helped along is not done either.)
      negated = true;
      break;
    } else if (t.pos === 'VERB' && DELIBERATING.test(t.lemma) && /ing$/.test(tokens[i]?.lower ?? '') && (k === i - 1 || (k === i - 2 && tokens[i - 1]?.pos === 'ADV'))) {
      // ("contemplated shifting recognition to Taiwan", "is mulling cutting ties with": an act deliberated on is not done, as one a state "would consider" is not; and the deliberation is no meeting of its own.)
      negated = true;
      matrix = k;
      break;
    } else if (t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'SCONJ') break;
  }
  if (!passive && reducedPassive(tokens, i)) passive = true;
  // ("Greece, which has seen thousands of migrants gather at its border": a bare verb after a verb of
  // seeing or making and its object is that object's act, not the clause subject's.)
  if (tokens[i]?.lower === tokens[i]?.lemma && tokens[i - 1]?.pos === 'NOUN') {
    let k = i - 1;
    while (k > from && (['NOUN', 'ADJ', 'DET', 'NUM'].includes(tokens[k]?.pos ?? '') || tokens[k]?.lower === 'of')) k--;
    // (Not when the object names an actor, which does the act: "Egypt saw Sudanese troops attack".)
    const named = tokens.slice(k + 1, i).some((t) => /^[A-Z]/.test(t.text));
    if (/^(?:see|watch|hear|witness|let|make)$/.test(tokens[k]?.lemma ?? '') && tokens[k]?.pos === 'VERB' && !named) failed = true;
  }
  // ("demanding Niger reopen its borders": a bare verb after a demand and its object is what is demanded, not done.)
  let o = i - 1;
  while (o >= from && o >= i - 5 && ['PROPN', 'DET', 'NOUN', 'ADJ', 'PART'].includes(tokens[o]?.pos ?? '')) o--;
  const asked = sought || (tokens[i]?.pos === 'VERB' && tokens[i]?.lower === tokens[i]?.lemma && o < i - 1 && tokens[o]?.pos === 'VERB' && /^(?:demand|insist|require|urge)$/.test(tokens[o]?.lemma ?? ''));
  // ("voted in favour of closing down the embassy and suspending diplomatic relations": what a vote is for is not yet done.)
  const vote = /ing$/.test(tokens[i]?.lower ?? '') ? tokens.findLastIndex((t, j) => j < i && j >= i - 14 && t.lemma === 'vote' && (tokens[j + 1]?.lower === 'for' || /^in (?:favour|favor) of$/.test(tokens.slice(j + 1, j + 4).map((x) => x.lower).join(' ')))) : -1;
  if (vote >= 0 && tokens.slice(vote + 1, i).every((t) => !(t.pos === 'VERB' || t.pos === 'AUX') || /ing$/.test(t.lower))) {
    intent = true;
    matrix = vote;
  }
  // ("will sever diplomatic ties with immediate effect": a decision that takes effect now is done, no intent; so is a break a state says it will make, unless it warns or threatens: "will close its embassy in Dublin".)
  const decided = /^(?:close|shut|sever|cut|break)$/.test(tokens[i]?.lower ?? '') && !tokens.slice(Math.max(0, i - 10), i).some((t) => /^(?:threaten|warn)$/.test(t.lemma));
  const now = /^(?:will|shall)$/.test(tokens[i - 1]?.lower ?? '') && (decided || /\bwith immediate effect\b|\beffective immediately\b/.test(tokens.slice(i + 1, i + 14).map((t) => t.lower).join(' ')));
  return { negated, intent: intent && !now, passive, matrix, failed, demand, asked };
}

/**
 * "Five Americans detained in Iran were freed", "the sanctions imposed on Moscow are": a participle
 * right after a noun, with the clause's own verb after it, is a passive with no auxiliary: the noun
 * is what was done to, not the doer.
 */
function reducedPassive(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || (before.pos !== 'NOUN' && before.pos !== 'PROPN') || !/(?:ed|en|wn|ld|ht)$/.test(tokens[i]?.lower ?? '')) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    const t = tokens[k] as Token;
    if ((t.lemma === 'be' || t.lemma === 'have') && t.pos === 'AUX') return true;
    if (!['ADP', 'DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'ADV', 'PART'].includes(t.pos)) return false;
  }
  return false;
}

/** An intent or threat of an act: CAMEO's own codes for it (030s and 130s), and their stance. */
export function intentOf(code: string, stance: Stance): { code: string; stance: Stance } {
  const root = Number(code.slice(0, 2));
  if (code.startsWith('161')) return { code: '1313', stance: 'tense' };
  if (code.startsWith('163')) return { code: '1312', stance: 'tense' };
  if (root >= 16 && root <= 20) return { code: root >= 18 ? '138' : '130', stance: 'tense' };
  if (root >= 3 && root <= 8 && stance !== 'warming') return { code: ['', '', '', '030', '036', '032', '031', '033', '035'][root] ?? '030', stance: 'cooperative' };
  return { code, stance };
}

/** "bars its banks from buying Russian bonds", "from easing or waiving the penalties" (past the gerunds joined before it): what a state is kept from doing is not done; with `unbarred`, whether a bar named so was not made ("it did not prevent Hitler from seizing"). */
export function barredFrom(tokens: readonly Token[], trig: { from: number; head: number }, from: number, unbarred = false): boolean {
  const at = /^(?:or|and)$/.test(tokens[trig.from - 1]?.lower ?? '') && /ing$/.test(tokens[trig.from - 2]?.lower ?? '') ? trig.from - 3 : trig.from - 1;
  if (tokens[at]?.lower !== 'from' || !/ing$/.test(tokens[trig.head]?.lower ?? '')) return false;
  // (The barring verb may be tagged a noun after a name: "Japan bars".)
  // (Not a bar that was not: "it did not prevent Hitler from seizing the rest of Czechoslovakia".)
  return tokens.slice(from, at).some((x, j) => (x.pos === 'VERB' || (x.pos === 'NOUN' && tokens[from + j - 1]?.pos === 'PROPN')) && /^(?:prohibit|bar|ban|forbid|prevent|stop|block|keep|deter|discourage|restrain|exclude|preclude)$/.test(x.lemma) && unbarred === /^(?:not|n't|never|failed)$/.test(tokens[from + j - 1]?.lower ?? ''));
}

/** "would only back down once Niamey reopened its border ... and normalised relations": a clause of condition after a modal, or one that continues it. */
export function conditionAfterModal(tokens: readonly Token[], from: number, clauseOf: (i: number) => { from: number }): boolean {
  const at = /^(?:and|or)$/.test(tokens[from]?.lower ?? '') && from > 0 ? clauseOf(from - 1).from : from;
  return /^(?:once|if|unless|until)$/.test(tokens[at]?.lower ?? '') && tokens.slice(Math.max(0, at - 8), at).some((x) => /^(?:would|will|could|can|might)$/.test(x.lower));
}

/**
 * "If Chile attacks Peru, Bolivia will respond", "open to talks should Tirana signal a willingness to
 * engage in dialogue": an act told in a condition, opened by "if" or "unless" or by "should" before its
 * subject, is only supposed; it has not happened.
 */
export function inCondition(tokens: readonly Token[], head: number, clauseOf: (i: number) => { from: number }): boolean {
  const from = clauseOf(head).from;
  if (/^(?:if|unless)$/.test(tokens[from]?.lower ?? '')) return true;
  // (Back to the comma before it, across the infinitives of the condition: "should Tirana signal a willingness to engage in dialogue".)
  for (let k = head - 1; k >= Math.max(0, head - 12) && !/^[,;:]$/.test(tokens[k]?.text ?? ''); k--) if (tokens[k]?.lower === 'should' && (tokens[k + 1]?.pos === 'PROPN' || tokens[k + 1]?.pos === 'DET')) return true;
  return false;
}
