// The CAMEO verb lexicon: which verbs name an event, and which CAMEO code a verb takes in its
// context. The data is PETRARCH2's verb dictionary, converted by lexicon/build.mjs into
// cameo/cameoVerbs.json (MIT, see cameo/PETRARCH2-LICENSE.txt). A verb takes the code of the
// pattern of its block that matches best (the most of its words found, in order, around the verb),
// else its own code, else its block's; a pattern or verb coded [---] says there is no event
// ("cut production").
import type { Token } from './tokens';

interface PatternData {
  before: string[];
  after: string[];
  code: string | null;
  mutual?: boolean;
}

interface VerbData {
  lemma: string;
  forms: string[];
  particle?: string;
  code?: string | null;
}

interface BlockData {
  name: string;
  code: string | null;
  verbs: VerbData[];
  patterns: PatternData[];
}

export interface LexiconData {
  origin: string;
  synsets: Record<string, string[]>;
  blocks: BlockData[];
}

/** A verb of the dictionary, in its block. */
export interface LexiconVerb {
  lemma: string;
  block: string;
  /** A word that must follow the verb ("out" in "kick out"). */
  particle?: string;
  /** Its own code; undefined to take the block's. */
  code?: string | null;
}

/** What the lexicon makes of a verb in its context. */
export interface VerbEvent {
  verb: LexiconVerb;
  /** The CAMEO code, or null when the verb here names no event. */
  code: string | null;
  /** True when the dictionary codes the event the same both ways ([050:050]). */
  mutual: boolean;
  /** Index just past the last token the matched pattern used (the verb's own when none). */
  end: number;
  /** True when a pattern matched (else the code is the verb's or its block's default). */
  matched: boolean;
}

interface Block {
  name: string;
  code: string | null;
  patterns: PatternData[];
}

/** How far (in tokens) a pattern's words may lie after the verb. */
const AFTER_WINDOW = 9;
/** How far before the verb its "before" words may lie. */
const BEFORE_WINDOW = 3;

const wordMatches = (w: string, t: Token) => w === t.lower || w === t.lemma || `${t.lemma}s` === w || t.lower === `${w}s` || t.lower === `${w}es`;

export class CameoLexicon {
  private readonly byForm = new Map<string, { verb: LexiconVerb; block: Block }[]>();
  private readonly synsets = new Map<string, string[][]>();

  constructor(data: LexiconData) {
    for (const [name, words] of Object.entries(data.synsets)) this.synsets.set(name, words.map((w) => w.split(' ')));
    for (const b of data.blocks) {
      const block: Block = { name: b.name, code: b.code, patterns: b.patterns };
      for (const v of b.verbs) {
        const verb: LexiconVerb = { lemma: v.lemma, block: b.name, ...(v.particle ? { particle: v.particle } : {}), ...(v.code !== undefined ? { code: v.code } : {}) };
        for (const form of v.forms) {
          const list = this.byForm.get(form) ?? [];
          list.push({ verb, block });
          this.byForm.set(form, list);
        }
      }
    }
  }

  /** True when `form` (lower case) is a form of some verb of the dictionary. */
  hasForm(form: string): boolean {
    return this.byForm.has(form);
  }

  /**
   * The event the verb at `tokens[i]` names, reading the clause `tokens[from, to)` around it; null
   * when the word is no verb of the dictionary (or a verb of several words whose other words are
   * missing).
   */
  eventAt(tokens: readonly Token[], i: number, from: number, to: number): VerbEvent | null {
    const token = tokens[i];
    if (!token) return null;
    const entries = this.byForm.get(token.lower) ?? this.byForm.get(token.lemma);
    if (!entries) return null;
    let best: VerbEvent | null = null;
    let bestScore = -1;
    for (const { verb, block } of entries) {
      let start = i + 1;
      if (verb.particle) {
        // "kick out", "shut down": the particle right after the verb or after one word ("shut it down").
        const words = verb.particle.split(' ');
        const at = [i + 1, i + 2].find((k) => words.every((w, j) => tokens[k + j]?.lower === w) && k + words.length <= to);
        if (at === undefined) continue;
        start = at + words.length;
      }
      let matched: { score: number; end: number; pattern: PatternData } | null = null;
      for (const pattern of block.patterns) {
        const after = this.matchAfter(pattern.after, tokens, start, Math.min(to, start + AFTER_WINDOW));
        if (after === null) continue;
        const before = this.matchBefore(pattern.before, tokens, i, Math.max(from, i - BEFORE_WINDOW));
        if (before === null) continue;
        const score = after.score + before;
        if (score > 0 && (!matched || score > matched.score)) matched = { score, end: after.end, pattern };
      }
      const score = matched ? matched.score : verb.particle ? 0.5 : 0;
      if (score <= bestScore) continue;
      bestScore = score;
      const code = matched ? matched.pattern.code : verb.code !== undefined ? verb.code : block.code;
      best = { verb, code, mutual: Boolean(matched?.pattern.mutual), end: matched ? matched.end : start, matched: matched !== null };
    }
    return best;
  }

  /** Matches one element (a word, a phrase, a synonym set) at tokens[k]; the index after it, or -1. */
  private element(el: string, tokens: readonly Token[], k: number, to: number): number {
    const words = el.split(' ');
    let at = k;
    for (const w of words) {
      if (at >= to) return -1;
      if (w.startsWith('&')) {
        const options = this.synsets.get(w.toUpperCase()) ?? [];
        const hit = options.find((o) => o.every((x, j) => at + j < to && wordMatches(x, tokens[at + j] as Token)));
        if (!hit) return -1;
        at += hit.length;
      } else {
        if (!wordMatches(w, tokens[at] as Token)) return -1;
        at += 1;
      }
    }
    return at;
  }

  /** The after-part in order within [start, to), each element within a few words of the last. */
  private matchAfter(after: readonly string[], tokens: readonly Token[], start: number, to: number): { score: number; end: number } | null {
    let at = start;
    let score = 0;
    let end = start;
    for (const el of after) {
      if (el === ')' || el === '$' || el === '+' || el === '^' || el === '%') continue;
      const word = el.startsWith('(') ? el.slice(1) : el;
      let found = -1;
      for (let k = at; k < to && k <= at + 4; k++) {
        const next = this.element(word, tokens, k, to);
        if (next >= 0) {
          found = next;
          break;
        }
      }
      if (found < 0) return null;
      at = found;
      end = found;
      score += 1;
    }
    return { score, end };
  }

  /** The before-part, its last element within a few words before the verb; its score, or null. */
  private matchBefore(before: readonly string[], tokens: readonly Token[], verbAt: number, from: number): number | null {
    const words = before.filter((el) => !['$', '+', '^', '%', ')'].includes(el)).map((el) => (el.startsWith('(') ? el.slice(1) : el));
    if (words.length === 0) return 0;
    let at = verbAt;
    for (let w = words.length - 1; w >= 0; w--) {
      let found = -1;
      for (let k = at - 1; k >= from; k--) {
        if (this.element(words[w] as string, tokens, k, at) >= 0) {
          found = k;
          break;
        }
      }
      if (found < 0) return null;
      at = found;
    }
    return words.length;
  }
}
