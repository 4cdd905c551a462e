// Words with their part of speech and lemma, as extraction reads a sentence. The tagger that makes
// them is passed in (winkTagger.ts in the app and the command line), so the extraction rules stay
// plain functions of text and tokens.

/** Universal part-of-speech tags (https://universaldependencies.org/u/pos/). */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** The word as it stands in the text. */
  text: string;
  /** Lower case. */
  lower: string;
  /** Dictionary form, lower case ("blockaded" -> "blockade"). */
  lemma: string;
  pos: Pos;
  /** Offsets into the text that was tagged. */
  start: number;
  end: number;
}

/** Tags a text: its tokens in order, with offsets into it plus `offset` (the text's own place in a longer one). */
export type Tagger = (text: string, offset?: number) => Token[];

/**
 * The index at or before `k` past the words whose part of speech is one of `pos` ("the wider", "a
 * prominent"), going back no further than `lowest` (-1 passes the sentence's first word too; 0 stops on it),
 * and stopping on a word `stopAt` picks whatever its part of speech ("has apprehended ten": a verb the tagger
 * read as an adjective).
 */
export function pastWords(tokens: readonly Token[], k: number, pos: readonly Pos[], lowest = -1, stopAt?: (t: Token) => boolean): number {
  while (k > lowest && pos.includes(tokens[k]?.pos as Pos) && !(stopAt && stopAt(tokens[k] as Token))) k--;
  return k;
}

/** The index at or after `k` past the determiners and adjectives there ("the restoration of constitutional government": the noun restored). */
export function pastDescribing(tokens: readonly Token[], k: number): number {
  while (tokens[k]?.pos === 'DET' || tokens[k]?.pos === 'ADJ') k++;
  return k;
}

/** True when the word at `i` follows an auxiliary, or a subject, and a floating quantifier ("have all voiced", "had both condemned", "The Taoiseach and Tánaiste both denounced"): a verb, not an adjective after a determiner. */
export function afterFloatingQuantifier(tokens: readonly Token[], i: number): boolean {
  return /^(?:all|both|each)$/.test(tokens[i - 1]?.lower ?? '') && ((tokens[i - 2]?.pos === 'AUX' && /^(?:have|be)$/.test(tokens[i - 2]?.lemma ?? '')) || ['PROPN', 'PRON'].includes(tokens[i - 2]?.pos ?? ''));
}

/** True when the word at `i` is the second half of a hyphenated word, the hyphen written against it ("Taliban-led", "Iran-backed"). */
export const afterHyphen = (tokens: readonly Token[], i: number): boolean => tokens[i - 1]?.text === '-' && tokens[i - 1]?.end === tokens[i]?.start;

/** True when `first`, a group's first word, follows ", as did" or the like: "dismissed the deal as illegal, as did Cyprus". */
export function afterLikewise(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 2]?.lower === 'as' && /^(?:did|does|do|has|have|had|was|were)$/.test(tokens[first - 1]?.lower ?? '');
}

/** True when "against" follows at `at`, past commas, adverbs and the names coordinated with the one before ("strikes in Iraq and Syria, likely against Iran-backed militants"). */
export function againstFollows(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 6; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.lower === 'against') return true;
    if (t.text !== ',' && t.pos !== 'ADV' && t.pos !== 'CCONJ' && t.pos !== 'PROPN' && t.lower !== 'likely') return false; // ("likely", which the tagger reads as an adjective)
  }
  return false;
}

/** A number, a month or a weekday: "from 28 May", "from Tuesday" name a time, no state. */
export const isTimeWord = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'NUM' || /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|next|today|tomorrow|now)$/i.test(t.text));

/** A quotation mark, double or single, straight or curly. */
export const QUOTE_MARK = /^["“”'‘’]$/;

/** The index of the ")" that closes a "(" at `k` within `most` tokens, or -1. */
export function bracketClose(tokens: readonly Token[], k: number, most = tokens.length): number {
  if (tokens[k]?.text !== '(') return -1;
  for (let j = k + 1; j < tokens.length && j <= k + most; j++) if (tokens[j]!.text === ')') return j;
  return -1;
}

/** The tokens of a span less an aside between its first and last dash or comma ("These nations - collectively known as the freely associated states – are"). */
export function withoutAside(span: readonly Token[]): readonly Token[] {
  const mark = (t: Token) => /^[-–—,]$/.test(t.text), open = span.findIndex(mark), close = span.findLastIndex(mark);
  return open >= 0 && close > open ? [...span.slice(0, open), ...span.slice(close + 1)] : span;
}
