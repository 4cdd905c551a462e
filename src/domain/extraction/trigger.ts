// A trigger: the words in a sentence that name an event or a state of relations, with its CAMEO code
// and stance and what the words around it do to it (triggers.ts finds them, pairing.ts pairs them).
import type { Stance } from '../claims/vocabulary';

export interface Trigger {
  kind: 'verb' | 'noun';
  /** Token range of the words that name the event (the head first). */
  head: number;
  end: number;
  /** Token range of all the words used, for highlighting. */
  from: number;
  to: number;
  code: string | null;
  stance: Stance;
  mutual: boolean;
  /** "was attacked by": the source follows "by". */
  passive: boolean;
  /** "did not attack", "never recognised". */
  negated: boolean;
  /** "will attack", "threatened to cut ties": an intent or a threat, not the act. */
  intent: boolean;
  /** "agreed to restore ties": "agreed" hands its subject to "restore" and makes no claim of its own. */
  absorbed: boolean;
  /** For "restore" in "agreed to restore": the token of the verb it complements. */
  matrix?: number;
  /** Why this reading: an idiom's reason, or the dictionary's block. */
  why: string;
  /** For a verb read from the dictionary: its block ("CONSIDER", "MEET_PEOPLE"). */
  block?: string;
  /** For an idiom: how many word slots it has (the more, the more specific). */
  slots?: number;
  /** For a noun: the prepositions that bring in its other party. */
  preps?: string[];
  /** Where the words that name it end, when past `to` ("relations ... are strained"). */
  wordsTo?: number;
  /** "the Iran-backed Houthis": the actor before the hyphen acts on the one the phrase describes. */
  compound?: boolean;
  /** A judgement ("was unacceptable"): after a copula (verb null) or the object complement of a verb of calling. */
  judgement?: { verb: number | null };
  /** "Mexico's ambassador to Peru was recalled": the envoy noun, and whether the act goes from the envoy's state (a recall) or to it. */
  envoy?: { noun: number; fromEnvoyState: boolean };
  /** "shells fired from Myanmar landed in Bangladesh": the tokens where the state fire came from and the one it fell in are named. */
  fire?: { from: number; into: number };
  /** "the US would pay a price, China said": the reporting verb whose subject threatens the one who is to pay. */
  threat?: { reporter: number };
}
