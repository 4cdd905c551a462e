// Matching an idiom's slots against the words (idioms.ts has the format): each slot's alternatives,
// the gaps of "…" and "……", and optional slots. findTriggers (triggers.ts) reads with it.
import { QUANTITY } from './triggerWords';
import { afterHyphen, type Token } from './tokens';

/** The words of each alternative ("air_strike": air, strike), split once. */
export const WORDS_OF = new Map<string, string[]>();
export const wordsOf = (alt: string): string[] => {
  let words = WORDS_OF.get(alt);
  if (!words) WORDS_OF.set(alt, (words = alt.split('_')));
  return words;
};

/** A slot's alternatives by their first word, made once for each slot: the few that can match at a token. */
const BY_FIRST_WORD = new WeakMap<readonly string[], Map<string, string[][]>>();
const byFirstWord = (alternatives: readonly string[]): Map<string, string[][]> => {
  let index = BY_FIRST_WORD.get(alternatives);
  if (!index) {
    index = new Map();
    for (const alt of alternatives) {
      const words = wordsOf(alt);
      const list = index.get(words[0] as string);
      if (list) list.push(words);
      else index.set(words[0] as string, [words]);
    }
    BY_FIRST_WORD.set(alternatives, index);
  }
  return index;
};

/** The longest alternative that matches at tokens[k] ("cut off" before "cut"): its length in words, or 0. */
export const slotMatches = (alternatives: readonly string[], tokens: readonly Token[], k: number): number => {
  const t = tokens[k];
  if (!t) return 0;
  const index = byFirstWord(alternatives);
  let best = 0;
  for (const first of t.lemma === t.lower ? [t.lower] : [t.lower, t.lemma]) {
    for (const words of index.get(first) ?? []) {
      if (words.length > best && words.every((w, j) => tokens[k + j] && (tokens[k + j]?.lower === w || tokens[k + j]?.lemma === w))) best = words.length;
    }
  }
  return best;
};

/** Matches an idiom's slots from tokens[i]; the token index after it, or -1. */
export function matchIdiom(slots: readonly string[][], tokens: readonly Token[], i: number, to: number): number {
  let k = i;
  for (let s = 0; s < slots.length; s++) {
    const alternatives = slots[s] as string[];
    if (alternatives[0] === '…' || alternatives[0] === '……') {
      // Up to three words before the next slot; "……", up to eight, past a preposition or a comma too
      // (a name and its post: "declaring Montenegro's Ambassador in Belgrade Tarzan Milosevic persona non grata").
      const long = alternatives[0] === '……';
      const nextSlot = slots[s + 1];
      if (!nextSlot) return k;
      let found = -1;
      // (Commas and "and" inside a list of modifiers are not counted: "cut diplomatic, trade and travel ties".)
      let joiners = 0;
      const modifier = (x: Token | undefined) => x?.pos === 'ADJ' || x?.pos === 'NOUN' || x?.pos === 'PROPN'; // (and demonyms the tagger reads as names: "joint French and British patrols")
      for (let gap = 0; gap - joiners <= (long ? 8 : 3) && k + gap < to; gap++) {
        const t = tokens[k + gap] as Token;
        const here = slotMatches(nextSlot, tokens, k + gap);
        // (In a long gap, a word of the next slot that the slot after it does not follow is passed: "told its ambassador to Israel to leave".)
        const after = slots[s + 2];
        if (here > 0 && !(long && after && after[0] !== '…' && after[0] !== '……' && !after[0]?.endsWith('?') && slotMatches(after, tokens, k + gap + here) === 0)) {
          found = k + gap;
          break;
        }
        // (Nor the hyphen of a compound modifier: "resume high-level political dialogue".)
        if (((t.text === ',' || t.pos === 'CCONJ') && gap > 0 && modifier(tokens[k + gap - 1]) && modifier(tokens[k + gap + 1])) || (t.text === '-' && gap > 0 && tokens[k + gap - 1]?.end === t.start)) {
          joiners += t.text === '-' && tokens[k + gap + 1]?.start === t.end ? 2 : 1; // (the compound's two halves are one word: "their long-running trade dispute")
          continue;
        }
        // (Quotation marks are no break: 'expressed "great regret"'; nor is "of" after a quantity: "dozens of diplomats".)
        // ("listed Iran's Revolutionary Guards as": a possessive "'s" is not counted.)
        if ((/^['’]s?$/.test(t.lower) || /^["“”]$/.test(t.text)) && gap > 0) { // (and a plural's bare apostrophe: "upgrade the two countries' relations"; and the quotation marks round a name: 'reopen the "Ras Jedir" border crossing')
          joiners++;
          continue;
        }
        // ("has given the United States greater access": a name of several words counts as one.)
        if (t.pos === 'PROPN' && tokens[k + gap - 1]?.pos === 'PROPN' && gap > 0) {
          joiners++;
          continue;
        }
        // ("funnelling hundreds of mostly Syrian asylum seekers": the "of" is not counted; nor the "in" after an amount: "paused nearly $20 million in development assistance".)
        if (((t.lower === 'of' && QUANTITY.test(tokens[k + gap - 1]?.lower ?? '')) || (t.lower === 'in' && /^(?:million|billion|trillion|bn|mn|\d[\d.,]*)$/.test(tokens[k + gap - 1]?.lower ?? ''))) && gap > 0) {
          joiners++;
          continue;
        }
        // (Nor "than" in a quantity: "more than 300 drones".)
        if (t.lower === 'than' && /^(?:more|fewer|less|over)$/.test(tokens[k + gap - 1]?.lower ?? '')) continue;
        // ("impose a significant 30% tariff": a per cent sign is one word with its number; "rolled over a $500 million loan": so is a currency sign, and "million" after the number.)
        if ((t.text === '%' && tokens[k + gap - 1]?.pos === 'NUM' && tokens[k + gap - 1]?.end === t.start) || (/^[$€£¥]$/.test(t.text) && tokens[k + gap + 1]?.pos === 'NUM') || (/^(?:million|billion|trillion|bn|mn)$/.test(t.lower) && tokens[k + gap - 1]?.pos === 'NUM')) {
          joiners++;
          continue;
        }
        // (Nor "and" between two names, an object that is a list: "keep China and Russia in check".)
        if (t.pos === 'CCONJ' && tokens[k + gap - 1]?.pos === 'PROPN' && tokens[k + gap + 1]?.pos === 'PROPN' && gap > 0) {
          joiners++;
          continue;
        }
        // (Nor is "and" between two nouns: "send more soldiers and helicopters to the frontier".)
        if (t.pos === 'CCONJ' && tokens[k + gap - 1]?.pos === 'NOUN' && tokens[k + gap + 1]?.pos === 'NOUN') continue;
        // (A participle before a noun is its modifier: "return four abandoned border villages".)
        // (Or a verb inside a compound modifier: "their intelligence-sharing pact".)
        const compound = afterHyphen(tokens, k + gap);
        const participle = t.pos === 'VERB' && gap > 0 && (/ed$/.test(t.lower) || compound || (/ing$/.test(t.lower) && ['DET', 'PRON', 'ADJ', 'NUM'].includes(tokens[k + gap - 1]?.pos ?? ''))) && (['NOUN', 'ADJ'].includes(tokens[k + gap + 1]?.pos ?? '') || (compound && tokens[k + gap + 1]?.pos === 'PROPN' && (tokens[k + gap + 2]?.text === '-' || tokens[k + gap + 2]?.pos === 'NOUN'))); // (and "their longrunning trade dispute"; and a compound before another: "the much-anticipated US-brokered peace agreement"; or before a name and its noun: "42 French-made Rafale fighter jets")
        if (long && (t.pos === 'ADP' || t.text === ',')) continue;
        // (Nor a short form in brackets: "an order from the International Court of Justice (ICJ) to stop".)
        if (long && t.text === '(' && tokens[k + gap + 2]?.text === ')') {
          gap += 2;
          joiners += 3;
          continue;
        }
        // (Nor, in a long gap, the participle of an aside that names the thing: "the pact, known as AUKUS, involves".)
        if (long && t.pos === 'VERB' && /^(?:known|called|dubbed|named|nicknamed)$/.test(t.lower) && tokens[k + gap - 1]?.text === ',') continue;
        if ((t.pos === 'VERB' && !participle) || (t.pos === 'PUNCT' && !/^[-"“”'‘’]$/.test(t.text)) || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ') break;
      }
      if (found < 0) return -1;
      k = found;
      continue;
    }
    const optional = alternatives.length === 1 && alternatives[0]?.endsWith('?');
    const options = optional ? [(alternatives[0] as string).slice(0, -1)] : alternatives;
    let n = k < to ? slotMatches(options, tokens, k) : 0;
    // (Past a closing or opening double quotation mark between two slots: 'moving to "increase the cost" to Russia'.)
    if (n === 0 && s > 0 && /^["“”]$/.test(tokens[k]?.text ?? '') && k + 1 < to && (n = slotMatches(options, tokens, k + 1)) > 0) k++;
    if (n === 0 && !optional) return -1;
    k += n;
  }
  return k;
}
