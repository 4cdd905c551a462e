// What a change of relations tells of the state before it. A dispute told as settled was a dispute:
// "agreed to settle their long-running maritime dispute", "a treaty that resolves a decades-old dispute
// over their border", "reopen the border, ending a tense standoff", "a positive outcome to a long-running
// dispute": the settling is warming (or the deal cooperative), and the dispute it ends is tense between the
// same pair, before it: undated, as the conventions of ../shared/eval/README.md date background. Not a
// dispute of others ("mediated an end to the dispute between Sudan and Chad" is the mediator's
// cooperation; its parties are named there). And ties told as restored after their break were broken:
// "restore relations with Venezuela, broken since 2019", "resumed ties seven years after breaking them
// off", "after a three-year break": severed between the same pair, dated by the break's own year.
import type { FoundTime } from '../claims/resolveTime';
import type { ExtractedClaim } from './extractedClaim';
import type { Token } from './tokens';
import { pairKey } from '../relations/pairKey';

/** The words of one token, for a claim made of them. */
type WordsAt = (k: number) => Pick<ExtractedClaim, 'trigger' | 'triggerStart' | 'triggerEnd'>;
/** The unordered pair of a claim. */
const pairOf = (c: { a: string; b: string }) => pairKey(c.a, c.b);
/** True when the claims tell the pair `key` with the stance already. */
const tells = (claims: readonly ExtractedClaim[], key: string, stance: string) => claims.some((c) => c.stance === stance && pairOf(c) === key);

/** Nouns of a dispute between two parties (not a war: a war ended is no state of tension). */
const DISPUTE_NOUN = /^(?:disputes?|standoffs?|stand-offs?|feuds?|rows?|rifts?|spats?|quarrels?|disagreements?|differences|tensions?|impasse|deadlock|freeze)$/; // ("ending a six-year diplomatic freeze")
/** Verbs that end or settle a dispute. (Not verbContext.ts's SETTLING_VERBS: "reduce regional tensions", "ease tensions" tell no dispute of the pair.) */
const SETTLING = /^(?:end|resolve|settle|solve|overcome|defuse|bury|heal|mend|bridge)$/;
/** Nouns of settling, with the preposition that joins them to the dispute: "an end to", "a resolution of", "a settlement of", "an outcome to". */
const SETTLING_NOUN = /^(?:end|resolution|settlement|solution|outcome|conclusion)$/;
/** Words that may stand between the settling word and its dispute ("their long-running maritime", "a decades-old"). */
const BETWEEN = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'NOUN', 'PROPN', 'ADV']);

/** The index of a dispute noun the sentence tells as settled; -1 when there is none. */
export function settledDispute(tokens: readonly Token[]): number {
  for (let k = 0; k < tokens.length; k++) {
    if (!DISPUTE_NOUN.test(tokens[k]?.lower ?? '') || tokens[k]?.pos === 'VERB') continue;
    for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
      const t = tokens[j] as Token;
      const settlingVerb = t.pos === 'VERB' && SETTLING.test(t.lemma);
      const settlingNoun = /^(?:to|of)$/.test(t.lower) && SETTLING_NOUN.test(tokens[j - 1]?.lower ?? '') && (tokens[j - 1]?.pos === 'NOUN');
      if (settlingNoun && /s$/.test(tokens[k]?.lower ?? '') && tokens.slice(j + 1, k).every((x) => x.pos === 'ADJ') && !/^(?:between|among|with)$/.test(tokens[k + 1]?.lower ?? '')) break; // ("commitment to peaceful resolution of disputes in accordance with international law": disputes in general, a principle, no one's)
      if (settlingVerb || settlingNoun) {
        // (Whose dispute the words after it name: "the dispute between Sudan and Chad" is theirs, told there.)
        if (/^(?:between|among)$/.test(tokens[k + 1]?.lower ?? '') && !/^(?:the (?:two )?(?:countries|nations|states|sides|neighbou?rs)|them|the two)\b/.test(tokens.slice(k + 2, k + 5).map((t) => t.lower).join(' '))) break; // (not the pair's own words for themselves: "ending a decade-long dispute between the countries")
        return k;
      }
      if (!BETWEEN.has(t.pos) && t.text !== '-' && tokens[j - 1]?.text !== '-') break; // (a compound: "long-running")
    }
  }
  return -1;
}

/** The index of a dispute noun told after "after", with no parties of its own ("after a three-year rift"); -1 when there is none. */
function riftBefore(tokens: readonly Token[]): number {
  for (let k = 0; k < tokens.length; k++) {
    if (!DISPUTE_NOUN.test(tokens[k]?.lower ?? '') || tokens[k]?.pos === 'VERB' || /^(?:with|between|among)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
      if (tokens[j]?.lower === 'after') return k;
      if (!BETWEEN.has(tokens[j]?.pos ?? '') && tokens[j]?.text !== '-' && tokens[j - 1]?.text !== '-') break;
    }
  }
  return -1;
}

/** The tense claim, undated, of the dispute a sentence tells as settled, for the pair its warming or cooperative claim names; none when it names none or already tells them tense. */
export function disputeBefore(claims: readonly ExtractedClaim[], tokens: readonly Token[], wordsAt: WordsAt): ExtractedClaim[] {
  // ("declared reconciliation with Qatar after a three-year rift": the rift a warming comes after was its pairs', each of them.)
  const rift = riftBefore(tokens);
  if (rift >= 0) return [...new Map(claims.filter((c) => c.stance === 'warming' && !tells(claims, pairOf(c), 'tense')).map((c) => [pairOf(c), c])).values()].map((c) => ({ ...c, ...wordsAt(rift), directed: false, stance: 'tense' as const, when: null, code: '110' }));
  const settling = claims.find((c) => c.stance === 'warming' || c.stance === 'cooperative');
  if (!settling) return [];
  const key = pairOf(settling);
  if (tells(claims, key, 'tense')) return [];
  // (Only one pair settles: "signed deals with Chile and Peru, ending a dispute" does not say whose.)
  if (claims.some((c) => (c.stance === 'warming' || c.stance === 'cooperative') && pairOf(c) !== key)) return [];
  const k = settledDispute(tokens);
  if (k < 0) return [];
  // (Not a dispute others are urged to settle after the act: "communicated with Guyana, urging both nations to resolve their differences" is theirs, not the talks'.)
  const appeal = tokens.findLastIndex((t, j) => j < k && t.pos === 'VERB' && /^(?:urge|encourage|implore|exhort|ask|press|call)$/.test(t.lemma));
  if (appeal >= 0 && settling.triggerStart - settling.start < (tokens[appeal] as Token).start - (tokens[0] as Token).start) return []; // (offsets within the sentence: the claim's are the original text's)
  return [{ ...settling, ...wordsAt(k), directed: false, stance: 'tense', when: null, code: '110' }];
}

/** Words of a war, after the words that end it. */
const WAR_NOUN = /^(?:war|wars|conflict|hostilities|fighting)$/;

/**
 * The hostile claim of a war a sentence tells as ended ("the peace treaty that ended the War of 1812 between the United
 * States and the United Kingdom", "eager to end the war"), for the pair of its warming claim: they were at war before
 * the peace, dated by the war's own year when its name gives one; none when the sentence already tells them hostile.
 */
export function warBefore(claims: readonly ExtractedClaim[], tokens: readonly Token[], wordsAt: WordsAt): ExtractedClaim[] {
  const ended = claims.find((c) => c.stance === 'warming' && /^(?:037|087)/.test(c.code ?? '') && !tells(claims, pairOf(c), 'hostile'));
  if (!ended) return [];
  const k = tokens.findIndex((t, j) => WAR_NOUN.test(t.lower) && t.start >= ended.triggerStart - 1 && (t.start < ended.triggerEnd || tokens.slice(Math.max(0, j - 3), j).some((x) => x.start >= ended.triggerStart && /^(?:end|ended|ending|ends)$/.test(x.lower))));
  // (Not a war told by where or whom it is fought, which may be others': "a path to ending the war in Ukraine".)
  if (k < 0 || /^(?:in|on|against|with|over|across|inside)$/.test(tokens[k + 1]?.lower ?? '')) return [];
  const yearAt = tokens[k + 1]?.lower === 'of' ? k + 2 : k - 1; // ("the War of 1812", "the 1965 war")
  const year = /^(?:1[5-9]|20)\d\d$/.test(tokens[yearAt]?.text ?? '') ? (tokens[yearAt] as Token).text : null;
  return [{ ...ended, ...wordsAt(k), stance: 'hostile', code: '190', when: year }];
}

/** Words of restoring ties, in the sentence of a warming claim. */
const RESTORING = /^(?:restor|resum|re-?establish|reviv|renew|normali[sz]|reopen)/;
/** Words of their break: "broken since 2019", "after a three-year break", "breaking off ties", "severed in 2017", "after a hiatus of almost a decade". */
const BROKEN = /^(?:broken|severed|break|breaking|broke|rupture|cut|hiatus)$/;

/** The severed claim of ties a sentence tells as restored after their break, for the pair it restores; none when it tells no break or already tells them severed. */
export function breakBefore(claims: readonly ExtractedClaim[], tokens: readonly Token[], wordsAt: WordsAt): ExtractedClaim[] {
  const restored = tokens.some((t) => RESTORING.test(t.lower)) ? claims.find((c) => c.stance === 'warming') : undefined;
  if (!restored || tells(claims, pairOf(restored), 'severed')) return [];
  // (The break is told apart from the restoring words, and it is the ties': "broken since", "a three-year break", "breaking off ties"; not "a break in talks".)
  const k = tokens.findIndex((t, j) => BROKEN.test(t.lower) && (t.start < restored.triggerStart || t.start >= restored.triggerEnd) && tokens[j + 1]?.lower !== 'in' && !/^(?:talks|negotiations|dialogue)$/.test(tokens[j - 1]?.lower ?? '')); // (nor talks broken off: "agreed to resume formal peace talks broken off in the wake of")
  if (k < 0) return [];
  // (Its year, when it gives one: "broken since 2019", "severed in 2017".)
  const year = tokens.slice(k + 1, k + 4).find((t) => /^(?:19|20)\d\d$/.test(t.text))?.text ?? null;
  return [{ ...restored, ...wordsAt(k), directed: false, stance: 'severed', when: year, code: '161' }];
}

/** Words that lift a measure or take up again what it stopped ("lifted a ban", "restart imports"). */
const LIFTING = /^(?:lift|lifted|lifts|lifting|end|ended|ends|scrap|scrapped|remove|removed|drop|dropped|restart|restarted|resume|resumed|resumes)$/;
/** Participles that tell the measure's own start, after it: "a ban on some food imports from Turkey, imposed last year", "milk suspended in March". */
const IMPOSED = /^(?:imposed|introduced|slapped|suspended|halted|banned|announced)$/;

/** Where a measure's start is told, its time right after: "imposed in 2019", "in place since 1992". */
function startsMeasure(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  return IMPOSED.test(t.lower) || (t.lower === 'place' && tokens[j - 1]?.lower === 'in' && tokens[j + 1]?.lower === 'since');
}

/** A sentence's times less those it gives to the start of a measure ("lifted a restriction ..., in place since 1992"): the times a lifting may take. */
export function liftingTimes(tokens: readonly Token[], times: readonly FoundTime[]): FoundTime[] {
  return times.filter((f) => !tokens.some((t, j) => f.start >= t.end && f.start - t.end <= 4 && startsMeasure(tokens, j)));
}

/** Whether a word lifts a measure ("lifted", "scrapped"). */
export const lifts = (word: string): boolean => LIFTING.test(word.toLowerCase());

/**
 * The tense claim of a measure a sentence tells as lifted, dated by its own start when the sentence gives
 * one ("lifted a ban on some food imports from Turkey, imposed last year": tense from Russia to Turkey in
 * the year before; "restart imports of Belarussian milk suspended in March"), for the pair of the lifting;
 * none when the sentence tells no start of it or already tells the pair tense.
 */
export function measureBefore(claims: readonly ExtractedClaim[], tokens: readonly Token[], wordsAt: WordsAt, times: readonly FoundTime[]): ExtractedClaim[] {
  const lifted = claims.find((c) => c.stance === 'warming' && LIFTING.test(c.trigger.split(/\s+/)[0]?.toLowerCase() ?? '') && !/\b(?:relations|ties)\b/i.test(c.trigger)); // (not ties resumed: "resumed relations under a China-brokered deal announced in March" lifts no measure)
  if (!lifted || tells(claims, pairOf(lifted), 'tense')) return [];
  const k = tokens.findIndex((t, j) => startsMeasure(tokens, j) && t.start >= lifted.triggerEnd && t.start - lifted.triggerEnd <= 80);
  if (k < 0) return [];
  const time = times.find((f) => f.start >= (tokens[k] as Token).end && f.start - (tokens[k] as Token).end <= 4)?.when;
  const when = time?.kind === 'point' ? time.at : time?.kind === 'range' ? time.from : null;
  return [{ ...lifted, ...wordsAt(k), stance: 'tense', when, code: '163' }];
}

/** Words of ties restored, which tell that the pair was at odds before. */
const RESTORED_WORDS = 'restor|resum|re-?establish|normali[sz]', RESTORED = new RegExp(`\\b(?:${RESTORED_WORDS})`, 'i');
/** Talks held on restoring ties, after the talks' words: "talks between US and Cuban officials on reopening diplomatic relations". */
const ON_RESTORING = new RegExp(`^(?:\\s+between\\s+[^,.;]{1,60}?)?\\s+(?:on|about|over|aimed at)\\s+(?:re-?open|${RESTORED_WORDS})\\w*\\s+(?:\\w+\\s+){0,2}(?:relations|ties)\\b`, 'i');

/** CAMEO codes of talking: the intent to meet or negotiate (036), consulting, calls, visits, meetings and negotiations (040-044, 046; not 045, mediation, whose mediator is no party). */
const TALKS = /^(?:036|04[0-46])/;

/**
 * Talks between a pair the article also tells at odds (tense, hostile or severed, before or after
 * them: news tells its background after its event) are talks to settle a dispute: warming between
 * its parties, as ../shared/eval/README.md has it ("last-minute talks between the countries failed to
 * head off the closure", after "a dispute over a canal"; "would happily meet Macron to ease ties",
 * after France recalled its ambassador).
 */
export function talksAtOdds(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  // (Or ties the article tells restored: "is restoring diplomatic relations with Canada ... after a discussion between the Crown Prince and Trudeau".)
  const atOdds = new Set(claims.filter((c) => c.stance === 'tense' || c.stance === 'hostile' || c.stance === 'severed' || (c.stance === 'warming' && RESTORED.test(c.trigger))).map(pairOf));
  // (And talks held on restoring ties: ON_RESTORING.)
  const onRestoring = (c: ExtractedClaim) => ON_RESTORING.test(c.evidence.slice(c.triggerEnd - c.start));
  // (Not an offer to mediate, whose mediator is no party: "Alexander I of Russia offered to mediate ..., but the British rejected Russian mediation".)
  return claims.map((c) => (c.stance === 'cooperative' && TALKS.test(c.code ?? '') && !/^mediat/i.test(c.trigger) && (atOdds.has(pairOf(c)) || onRestoring(c)) ? { ...c, stance: 'warming' } : c));
}

/** Measures one state keeps on another, which a later sentence may tell lifted, and the words of lifting them. */
const MEASURE_WORDS = 'blockades?|sanctions|embargo(?:es)?|boycotts?|siege|bans?|restrictions|curbs|tariffs';
const LIFTED_WORDS = 'lifted|eased|ended|removed|scrapped|dropped';
const MEASURE = new RegExp(`^(?:${MEASURE_WORDS})$`);
const LIFTED = new RegExp(`^(?:${LIFTED_WORDS})$`);
/** A sentence that tells a measure lifted with no party named ("The blockade was lifted in 2021"): read although it names no actor. */
export const MEASURE_LIFTED = new RegExp(`\\b(?:the|this|that|these|those)\\s+(?:${MEASURE_WORDS})\\s+(?:was|were|has been|have been|had been)\\s+(?:${LIFTED_WORDS})\\b`, 'i');

/**
 * "The blockade was lifted in 2021", "They lifted the blockade": a measure told before, lifted with no
 * party of its own, is lifted by those who imposed it from those it was on: an easing, warming, with the
 * lifting verb's code (or CAMEO 085, easing sanctions, boycott or embargo, for the passive). The pairs of
 * the latest claim the article made of that measure; null when the trigger lifts nothing told this way.
 * The claims told so far are asked for only when the trigger lifts a measure: copying them for every
 * trigger made reading a long article quadratic.
 */
export function liftedMeasure(trigger: { kind: string; code: string | null; head: number; to: number }, tokens: readonly Token[], toldSoFar: () => readonly ExtractedClaim[]): { pairs: { a: string; b: string }[]; code: string; to: number } | null {
  const the = (t: Token | undefined) => /^(?:the|this|that|these|those)$/.test(t?.lower ?? '');
  // "lifted the blockade": the easing verb, its object right after it.
  const active = (trigger.code ?? '').startsWith('08') && the(tokens[trigger.to]) && MEASURE.test(tokens[trigger.to + 1]?.lower ?? '') ? tokens[trigger.to + 1] : undefined;
  // "The blockade was lifted": the measure noun, the passive of lifting after it.
  let v = trigger.head + 1;
  while (tokens[v]?.lemma === 'be' || tokens[v]?.pos === 'ADV' || tokens[v]?.lemma === 'have') v++;
  const passive = trigger.kind === 'noun' && the(tokens[trigger.head - 1]) && MEASURE.test(tokens[trigger.head]?.lower ?? '') && v > trigger.head + 1 && LIFTED.test(tokens[v]?.lower ?? '') ? tokens[trigger.head] : undefined;
  const measure = (active ?? passive)?.lower;
  if (!measure) return null;
  const told = toldSoFar();
  const last = told.findLast((c) => (c.stance === 'hostile' || c.stance === 'tense') && c.directed && c.trigger.toLowerCase().includes(measure));
  if (!last) return null;
  return { pairs: told.filter((c) => c.start === last.start && c.trigger === last.trigger && c.directed).map((c) => ({ a: c.a, b: c.b })), code: active ? (trigger.code as string) : '085', to: active ? trigger.to : v + 1 };
}

/**
 * A withdrawal of forces told with the end of the pair's cooperation ("France has begun withdrawing its military forces
 * from Chad following a decision by the Chadian government to end its defense cooperation agreement") is that
 * cooperation reduced, tense, not the de-escalation (CAMEO 0874) a withdrawal is between foes.
 */
export function withdrawnWithEnding(claims: readonly ExtractedClaim[]): ExtractedClaim[] {
  const ended = new Set(claims.filter((c) => c.stance === 'tense' && (c.code ?? '').startsWith('16')).map(pairOf));
  return claims.map((c) => (c.code === '0874' && c.stance === 'warming' && ended.has(pairOf(c)) ? { ...c, stance: 'tense', code: '160' } : c));
}
