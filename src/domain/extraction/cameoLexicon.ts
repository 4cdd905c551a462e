// The CAMEO verb lexicon: which verbs name an event, and which CAMEO code a verb takes in its
// context. The data is PETRARCH2's verb dictionary, converted by lexicon/build.mjs into
// cameo/cameoVerbs.json (MIT, see cameo/PETRARCH2-LICENSE.txt). A verb takes the code of the
// pattern of its block that matches best (the most of its words found, in order, around the verb),
// else its own code, else its block's; a pattern or verb coded [---] says there is no event
// ("cut production").
import type { Token } from './tokens';
import { AFTER_WINDOW, BEFORE_WINDOW, better, canon, patternMatch, type Element, type Pattern, type PatternMatch } from './cameoPatterns';

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
  /** Patterns by a word each needs (its first plain word, or each first word of its first synonym set). */
  byWord: Map<string, Pattern[]>;
  /** Patterns that need no word (only a preposition's object or an actor). */
  free: Pattern[];
}

export class CameoLexicon {
  private readonly byForm = new Map<string, { verb: LexiconVerb; block: Block }[]>();

  constructor(data: LexiconData) {
    const synsets = new Map<string, string[][]>();
    for (const [name, words] of Object.entries(data.synsets)) synsets.set(name, words.map((w) => w.split(' ')));
    const element = (el: string): Element =>
      el.split(' ').map((w) => {
        if (!w.startsWith('&')) return { word: w };
        const options = synsets.get(w.toUpperCase()) ?? [];
        return { options, firsts: new Set(options.map((o) => canon(o[0] ?? ''))) };
      });
    const elements = (list: readonly string[]): Element[] =>
      list.filter((el) => !['$', '+', '^', '%', ')'].includes(el)).map((el) => element(el.startsWith('(') ? el.slice(1) : el));
    for (const b of data.blocks) {
      const patterns = b.patterns.map((p, order): Pattern => {
        const before = elements(p.before);
        const after = elements(p.after);
        const units = [...before, ...after].flat();
        const needs = units.flatMap((u) => ('word' in u ? [canon(u.word)] : []));
        const needsOneOf = units.flatMap((u) => ('firsts' in u ? [u.firsts] : []));
        return { before, after, code: p.code, mutual: Boolean(p.mutual), needs, needsOneOf, order };
      });
      const byWord = new Map<string, Pattern[]>();
      const free: Pattern[] = [];
      for (const p of patterns) {
        const keys = p.needs.length ? [p.needs[0] as string] : p.needsOneOf.length ? [...(p.needsOneOf[0] as Set<string>)] : [];
        if (keys.length === 0) free.push(p);
        for (const k of keys) byWord.set(k, [...(byWord.get(k) ?? []), p]);
      }
      const block: Block = { name: b.name, code: b.code, byWord, free };
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

  /**
   * The dictionary's lemma of a verb form, when the form belongs to one verb only ("staged" is
   * "stage", which the tagger reads "stag"); null otherwise.
   */
  lemmaOf(form: string): string | null {
    const known = this.lemmas.get(form);
    if (known !== undefined) return known;
    const entries = this.byForm.get(form);
    // ("building" is "build" and "build up": one verb, with and without its particle.)
    const head = (e: { verb: { lemma: string } }) => e.verb.lemma.split(' ')[0] as string;
    const first = entries?.[0] ? head(entries[0]) : null;
    const lemma = first && entries!.every((e) => head(e) === first) ? first : null;
    this.lemmas.set(form, lemma);
    return lemma;
  }

  /** lemmaOf's answers, by form. */
  private readonly lemmas = new Map<string, string | null>();

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
    // The words near the verb, for passing over patterns that cannot match.
    const near = new Set<string>();
    for (let k = Math.max(from, i - BEFORE_WINDOW); k < Math.min(to, i + 2 + AFTER_WINDOW); k++) {
      const t = tokens[k] as Token;
      near.add(canon(t.lower));
      near.add(canon(t.lemma));
    }
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
      // Only the patterns indexed under a word near the verb can match (one indexed under two near words is tried once).
      const window = { near, start, head: i, from, to };
      let matched: PatternMatch | null = null;
      for (const pattern of block.free) matched = better(matched, patternMatch(pattern, tokens, window));
      const tried = new Set<Pattern>();
      for (const w of near) {
        for (const pattern of block.byWord.get(w) ?? []) {
          if (tried.has(pattern)) continue;
          tried.add(pattern);
          matched = better(matched, patternMatch(pattern, tokens, window));
        }
      }
      const score = matched ? matched.score : verb.particle ? 0.5 : 0;
      if (score <= bestScore) continue;
      bestScore = score;
      const code = matched ? matched.pattern.code : verb.code !== undefined ? verb.code : block.code;
      best = { verb, code, mutual: matched?.pattern.mutual ?? false, end: matched ? matched.end : start, matched: matched !== null };
    }
    return best;
  }
}
