// A CAMEO pattern matched around a verb: the words of the dictionary's patterns (cameoLexicon.ts)
// found in order before and after it, within a few words, with synonym sets and plural endings.
import type { Token } from './tokens';

/** One word of a pattern, or a synonym set (each option some words in a row, `firsts` their first words' canonical forms). */
export type Unit = { word: string } | { options: string[][]; firsts: Set<string> };
/** A pattern element: units in a row ("diplomatic relations", "&MILITARY aid"). */
export type Element = Unit[];

export interface Pattern {
  before: Element[];
  after: Element[];
  code: string | null;
  mutual: boolean;
  /** Plain words the pattern needs somewhere near the verb (canonical forms), to pass over it fast. */
  needs: string[];
  /** For each synonym set in it, the words one of which must be near. */
  needsOneOf: Set<string>[];
  /** Its place in the dictionary: of two patterns that match equally, the earlier wins. */
  order: number;
}

/** How far (in tokens) a pattern's words may lie after the verb. */
export const AFTER_WINDOW = 9;
/** How far before the verb its "before" words may lie. */
export const BEFORE_WINDOW = 3;

/** `b` is `a` with `ending` added ("tie" + "s" = "ties"), without building the string. */
const plusEnding = (a: string, ending: string, b: string) => b.length === a.length + ending.length && b.endsWith(ending) && b.startsWith(a);
const wordMatches = (w: string, t: Token) => w === t.lower || w === t.lemma || plusEnding(t.lemma, 's', w) || plusEnding(w, 's', t.lower) || plusEnding(w, 'es', t.lower);
/** A form with any plural ending dropped: two words that can match share it. (Remembered: words repeat.) */
const canonical = new Map<string, string>();
export const canon = (w: string): string => {
  let c = canonical.get(w);
  if (c === undefined) {
    c = w.replace(/(?:es|s)$/, '');
    if (canonical.size < 200_000) canonical.set(w, c);
  }
  return c;
};

export interface PatternMatch {
  score: number;
  end: number;
  /** Where the after-part's first element starts (the verb's own index when it has none). */
  first: number;
  pattern: Pattern;
}

/** A pattern's match around the verb at `head` whose object starts at `start`, in the clause `[from, to)`; null when it does not match. */
export function patternMatch(pattern: Pattern, tokens: readonly Token[], w: { near: ReadonlySet<string>; start: number; head: number; from: number; to: number }): PatternMatch | null {
  if (!pattern.needs.every((x) => w.near.has(x))) return null;
  if (!pattern.needsOneOf.every((set) => intersects(set, w.near))) return null;
  const after = matchAfter(pattern.after, tokens, w.start, Math.min(w.to, w.start + AFTER_WINDOW));
  if (after === null) return null;
  const before = matchBefore(pattern.before, tokens, w.head, Math.max(w.from, w.head - BEFORE_WINDOW));
  if (before === null) return null;
  return { score: after.score + before, end: after.end, first: after.first ?? w.head, pattern };
}

/** The better of two matches: the higher score above 0; of two that score the same, the one whose object starts nearer the verb ("opened fire near the border" is fire, not a border opened), then the earlier in the dictionary. */
export function better(a: PatternMatch | null, b: PatternMatch | null): PatternMatch | null {
  if (!b || b.score <= 0) return a;
  return !a || b.score > a.score || (b.score === a.score && (b.first < a.first || (b.first === a.first && b.pattern.order < a.pattern.order))) ? b : a;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of b) if (a.has(x)) return true;
  return false;
}

/** Matches one element at tokens[k]; the index after it, or -1. */
/** A span of time after "for" ("fighting the PKK for decades", "for the first time"): no object of the verb's, for a pattern's "for". */
const SPAN = /^(?:decades?|years?|months?|weeks?|days?|hours?|centur(?:y|ies)|generations?|ages|time|while|now)$/;
const duration = (tokens: readonly Token[], k: number) => tokens.slice(k + 1, k + 4).some((t, j, all) => SPAN.test(t.lower) && all.slice(0, j).every((x) => ['DET', 'ADJ', 'NUM', 'ADV'].includes(x.pos)));

function matchElement(el: Element, tokens: readonly Token[], k: number, to: number): number {
  let at = k;
  for (const unit of el) {
    if (at >= to) return -1;
    if ('word' in unit) {
      if (!wordMatches(unit.word, tokens[at] as Token) || (unit.word === 'for' && duration(tokens, at))) return -1;
      at += 1;
    } else {
      const hit = unit.options.find((o) => o.every((x, j) => at + j < to && wordMatches(x, tokens[at + j] as Token)));
      if (!hit) return -1;
      at += hit.length;
    }
  }
  return at;
}

/** The after-part in order within [start, to), each element within a few words of the last. */
function matchAfter(after: readonly Element[], tokens: readonly Token[], start: number, to: number): { score: number; end: number; first?: number } | null {
  let at = start;
  let first: number | undefined;
  for (const el of after) {
    let found = -1;
    for (let k = at; k < to && k <= at + 4; k++) {
      // (Not into another infinitive: "agreed to support Ukraine and to sanction Russia" is no support of sanctions.)
      if (k > at && tokens[k - 1]?.lower === 'to' && tokens[k]?.pos === 'VERB' && tokens[k - 2]?.pos === 'CCONJ') break;
      const next = matchElement(el, tokens, k, to);
      if (next >= 0) {
        found = next;
        first ??= k;
        break;
      }
    }
    if (found < 0) return null;
    at = found;
  }
  return { score: after.length, end: at, ...(first === undefined ? {} : { first }) };
}

/** The before-part, its last element within a few words before the verb; its score, or null. */
function matchBefore(before: readonly Element[], tokens: readonly Token[], verbAt: number, from: number): number | null {
  let at = verbAt;
  for (let w = before.length - 1; w >= 0; w--) {
    let found = -1;
    for (let k = at - 1; k >= from; k--) {
      if (matchElement(before[w] as Element, tokens, k, at) >= 0) {
        found = k;
        break;
      }
    }
    if (found < 0) return null;
    at = found;
  }
  return before.length;
}
