// "Poland and Hungary banned Ukrainian grain. They were joined on Tuesday by Croatia.", "Saudi Arabia
// was joined by Egypt in cutting ties with Qatar": the one who joins does what those it joins did, to
// the same states, as their sentence tells it; and those who act together against a third state have
// no claim among themselves by joining (the annotation conventions of ../shared/eval/README.md, as for
// co-signers of a statement).
import type { ActorGroup } from './actorGroups';
import type { ExtractedClaim } from './extractedClaim';
import { afterLikewise, pastWords, type Token } from './tokens';

/** "was joined by", "were joined on Tuesday by": a passive of joining, its agent after "by". */
const JOINED_BY = /\b(?:was|were|been|being|is|are)\s+(?:\w+\s+){0,3}?joined\s+(?:\w+\s+){0,3}?by\b/i;

/**
 * A sentence's claims with each passive "joined by" read as the joiner doing the acts of those it
 * joins: their other directed acts in this sentence, or else in the sentence before (`before`).
 */
export function joinedActs(claims: readonly ExtractedClaim[], before: readonly ExtractedClaim[]): ExtractedClaim[] {
  const joins = claims.filter((c) => c.directed && c.stance === 'cooperative' && /^joined$/i.test(c.trigger) && JOINED_BY.test(c.evidence));
  if (joins.length === 0) return [...claims];
  const rest = claims.filter((c) => !joins.includes(c));
  const made: ExtractedClaim[] = [];
  for (const join of joins) {
    const own = rest.filter((c) => c.directed && c.a === join.b);
    const acts = own.length > 0 ? own : before.filter((c) => c.directed && c.a === join.b);
    for (const act of acts) {
      if (act.b === join.a || [...rest, ...made].some((c) => c.a === join.a && c.b === act.b && c.stance === act.stance)) continue;
      made.push({ ...act, a: join.a, evidence: join.evidence, start: join.start, end: join.end, trigger: join.trigger, triggerStart: join.triggerStart, triggerEnd: join.triggerEnd, when: join.when ?? act.when, certainty: join.certainty, attribution: join.attribution });
    }
  }
  return [...rest, ...made];
}

/**
 * "Egypt dismissed the deal as illegal, as did Cyprus": the state after ", as did" does what the clause
 * before it tells its subject did, to the same states; it is no party of that clause's acts itself.
 */
export function likewiseActs(claims: readonly ExtractedClaim[], tokens: readonly Token[], groups: readonly ActorGroup[]): ExtractedClaim[] {
  const also = groups.find((g) => afterLikewise(tokens, g.first) && tokens[g.first - 3]?.text === ',' && !g.place);
  if (!also || !(also.end >= tokens.length || tokens[also.end]?.pos === 'PUNCT')) return [...claims];
  const cut = tokens[also.first - 2]!.start;
  const before = claims.filter((c) => c.triggerStart < cut);
  const rest = claims.filter((c) => !(c.triggerStart < cut && (also.ids.includes(c.a) || also.ids.includes(c.b))));
  return doneToo(before, also.ids, rest);
}

/** The claims kept (`rest`), and each directed act of `acts` made again with every one of `ids` as its subject (none on themselves), less those already kept. */
function doneToo(acts: readonly ExtractedClaim[], ids: readonly string[], rest: readonly ExtractedClaim[]): ExtractedClaim[] {
  const made = acts.filter((c) => c.directed && !ids.includes(c.a) && !ids.includes(c.b)).flatMap((c) => ids.map((id) => ({ ...c, a: id })));
  return [...rest, ...made.filter((m) => !rest.some((c) => c.a === m.a && c.b === m.b && c.stance === m.stance))];
}

/**
 * "German authorities joined the US and UK in issuing sanction measures against Rwanda": those joined "in" an act do it
 * too, to the same states; the joining is no claim among them (as co-signers have none).
 */
export function joinedInActs(claims: readonly ExtractedClaim[], tokens: readonly Token[], groups: readonly ActorGroup[]): ExtractedClaim[] {
  const joined = groups.find((g) => !g.place && tokens[pastWords(tokens, g.first - 1, ['DET'])]?.lemma === 'join' && tokens[g.end]?.lower === 'in' && /ing$/.test(tokens[g.end + 1]?.lower ?? ''));
  if (!joined) return [...claims];
  const cut = tokens[joined.end]!.start;
  const rest = claims.filter((c) => !(c.triggerStart < cut && joined.ids.includes(c.b)));
  return doneToo(rest.filter((c) => c.triggerStart > cut), joined.ids, rest);
}


/** "followed suit", "did the same", "did likewise", "took similar steps": the words by which a subject repeats what was told before. */
const SUIT = /^(?:follow(?:s|ed|ing)? suit|d(?:id|oes|o) (?:the same|likewise)|took similar (?:steps|measures|action))\b/i;
/** The same words anywhere in a sentence: worth reading a sentence of one actor for (extractClaims.ts). */
export const FOLLOWING_SUIT = new RegExp(SUIT.source.slice(1), 'i');

/**
 * "Saudi Arabia banned imports from Lebanon. Bahrain and Kuwait followed suit.": the subject of a sentence
 * that follows suit does the directed acts the sentence before told, to the same states (none on itself).
 * The index of the words that say so and the subject's actors, or null.
 */
export function followedSuit(tokens: readonly Token[], groups: readonly ActorGroup[]): { at: number; to: number; ids: string[] } | null {
  const subject = groups.find((g) => !g.place);
  if (!subject || subject !== groups[0]) return null;
  // (Past a time or an adverb: "Kuwait on Saturday followed suit", "Bahrain quickly did the same".)
  const at = (k: number) => SUIT.exec(tokens.slice(k, k + 3).map((t) => t.text).join(' '));
  let k = subject.end;
  while (k < subject.end + 4 && !at(k) && (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX' || /^(?:on|soon|later|then|also|too|,)$/.test(tokens[k]?.lower ?? '') || (tokens[k - 1]?.lower === 'on' && tokens[k]?.pos === 'PROPN'))) k++;
  const m = at(k);
  return m ? { at: k, to: k + m[0].split(/\s+/).length, ids: subject.ids } : null;
}

/** The acts of `before` made again with each of `ids` as their subject, on what `like` (a claim of this sentence's words) tells. */
export function suitActs(before: readonly ExtractedClaim[], ids: readonly string[], like: Pick<ExtractedClaim, 'evidence' | 'start' | 'end' | 'trigger' | 'triggerStart' | 'triggerEnd' | 'when' | 'certainty' | 'attribution'>): ExtractedClaim[] {
  const acts = before.filter((c) => c.directed && !ids.includes(c.a) && !ids.includes(c.b));
  const made = acts.flatMap((c) => ids.map((id) => ({ ...c, ...like, a: id, when: like.when ?? c.when })));
  return made.filter((m, j) => !made.slice(0, j).some((c) => c.a === m.a && c.b === m.b && c.stance === m.stance));
}

/** "the third Arab country", "the first Gulf state": an ordinal of those who have done an act. */
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest)$/;
const ORDINAL_NOUN = /^(?:country|countries|nation|nations|state|states|member|members|government|governments)$/;

/**
 * "It will be the third Arab country to open relations with Israel, after Egypt and Jordan": those named
 * after "after" in a sentence of an ordinal did the same act before, to the same state; when, only if the sentence
 * gives its year after them ("after Egypt in 1979").
 */
export function ordinalAfter(claims: readonly ExtractedClaim[], tokens: readonly Token[], groups: readonly ActorGroup[]): ExtractedClaim[] {
  const ordinal = tokens.findIndex((t, k) => ORDINAL.test(t.lower) && tokens.slice(k + 1, k + 4).some((x) => ORDINAL_NOUN.test(x.lower)));
  // (Only a list of names, not a clause: "after Egypt and Jordan", not "after Egypt signed".)
  const before = ordinal < 0 ? undefined : groups.find((g) => !g.place && tokens[g.first - 1]?.lower === 'after' && !['VERB', 'AUX'].includes(tokens[g.end]?.pos ?? ''));
  if (!before) return [...claims];
  // (Its year, if the sentence gives one right after them: "after Egypt in 1979".)
  const year = tokens[before.end]?.lower === 'in' && /^\d{4}$/.test(tokens[before.end + 1]?.text ?? '') ? (tokens[before.end + 1] as Token).text : null;
  const made: ExtractedClaim[] = [];
  for (const c of claims) {
    // The state acted on is the one named after the act; the doer's place is taken by each named after "after".
    const at = (id: string) => groups.find((g) => g !== before && g.ids.includes(id) && (tokens[g.first]?.start ?? 0) > c.triggerStart);
    const kept = c.directed ? c.b : at(c.b) ? c.b : at(c.a) ? c.a : null;
    if (kept === null || before.ids.includes(c.a) || before.ids.includes(c.b)) continue;
    for (const id of before.ids) if (id !== kept && ![...claims, ...made].some((x) => [x.a, x.b].includes(id) && [x.a, x.b].includes(kept) && x.stance === c.stance)) made.push({ ...c, a: id, b: kept, when: year });
  }
  return [...claims, ...made];
}
