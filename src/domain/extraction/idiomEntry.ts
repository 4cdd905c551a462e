// One entry of the idiom list (idioms.ts), and the helpers that write one.
// An entry is a sequence of word slots matched against the tokens' lemmas and forms:
//   "restore|resume"   one of these words;   "air_strike"  words in a row;   "off?"  an optional
//   word;   "…"  up to three other words (determiners, adjectives: "cut all diplomatic ties"); "……"  up to eight, past prepositions and
//   commas (an envoy's post and name). The first slot is the head: for a verb it must be tagged a verb, for a noun a noun. A slot may be a form ("ties") or a lemma ("tie").
import type { Stance } from '../claims/vocabulary';

export type IdiomKind =
  /** An act named by a verb phrase ("cut ties"); its actors are the clause's subject and object. */
  | 'verb'
  /** An act or state named by a noun ("the expulsion of", "tensions between"); its actors attach to it. */
  | 'noun';

export interface Idiom {
  kind: IdiomKind;
  words: string;
  /** The CAMEO code of the act; null for a state of relations, which CAMEO does not code. */
  code: string | null;
  stance: Stance;
  /** True when the relation is the same both ways (ties, tensions, treaties). */
  mutual: boolean;
  why: string;
  /** The prepositions after it that bring in the other party (for a verb, besides those of any verb). */
  preps?: string[];
  /** For words too common to stand alone: the act only with one of its prepositions right after ("measures against", "fired a missile over"). */
  strict?: boolean;
}

export const verb = (words: string, code: string | null, stance: Stance, mutual: boolean, why: string, preps?: string): Idiom => ({
  kind: 'verb',
  words,
  code,
  stance,
  mutual,
  why,
  ...(preps ? { preps: preps.split('|') } : {}),
});
/** A noun and the prepositions that bring in its other party ("sanctions on", "talks with", "support for"). */
export const noun = (words: string, code: string | null, stance: Stance, mutual: boolean, why: string, preps: string): Idiom => ({ kind: 'noun', words, code, stance, mutual, why, preps: preps.split('|') });
