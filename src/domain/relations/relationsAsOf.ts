// Claims -> one relation per pair of actors, as of a date. This is the rule book of Entente: every
// arc on the map is decided here, and each rule below has a test of its own in
// relationsAsOf.test.ts, named after it.
//
// R1 Pairs. A relation belongs to an unordered pair of actors: A→B and B→A claims fold together.
// R2 Time. Only claims that have started by the date count. A point claim holds from its date on;
//    a range holds over its range ("since 1979" has no end). An unknown time is the article's
//    publication date. A claim whose range ended before the date is history and does not decide.
// R3 Denials never decide. A denied claim stays in the pair's history but sets no stance.
// R4 The latest claim decides. Claims are taken in the order they start; on the same start, the more
//    certain one comes later (so it wins), then the one later in the article.
// R5 A severance holds. Once ties are severed, later tense claims describe the cut relationship and
//    do not change it; only a warming or cooperative claim (a restoration) or a hostile one does.
//    (Which stance holds against which is the `holdsAgainst` column of STANCE_TABLE.)
// R6 Support. The claims that support a relation are those with its stance since the stance last
//    changed; their number sets the arc's width.
// R7 Certainty. A relation is as certain as its most certain supporting claim.
// R8 Direction. A relation points from A to B when a supporting claim is directed from A to B; it can
//    point both ways; mutual claims add no direction.
// R9 No claim, no relation: a pair with no claim in force by the date is not drawn.
// R10 Events. Machine-coded events (GDELT) are many and each says little: where a pair has no
//    article claim in force, its stance is the one with the most mentions among its events of the
//    window up to the date (the year before, or the 30 or 90 days before, as the reader chooses), and
//    the relation says how contested that is (the share of mentions on other stances). Its support is
//    the events on that stance within the window's days.
// R11 Basis. The reader may draw relations from articles and events (R10), from articles only, or
//    from events only; a relation decided by articles says what its events in the window say, if any.
import type { Claim } from '../claims/claim';
import { type Certainty, STANCE_TABLE, STANCES, type Stance } from '../claims/vocabulary';
import { CERTAINTY_RANK, type ClaimIndex, dateKey, heaviest, indexClaims, type PublishedDates, STANCE_CODE } from './claimIndex';
import { type EventSelection, eventsLeftOut } from './eventSelection';
import type { PairKey } from './pairKey';

export { type ClaimIndex, dateKey, type IndexBuilder, indexBuilder, indexClaims, type PublishedDates, publishedDates } from './claimIndex';

/** The relation of one pair of actors as of a date. */
export interface Relation {
  /** The pair's key, "a|b" with a < b. */
  key: PairKey;
  /** The first actor of the pair (sorted). */
  a: string;
  /** The second actor of the pair (sorted). */
  b: string;
  /** The stance as of the date (R4, R5). */
  stance: Stance;
  /** The claim that set the stance. */
  decidedBy: Claim;
  /** The claims with the current stance since it last changed (R6), oldest first. */
  support: Claim[];
  /** The most certain supporting claim's certainty (R7). */
  certainty: Certainty;
  /** Does a supporting claim run from a to b (R8)? */
  towardB: boolean;
  /** Does a supporting claim run from b to a (R8)? */
  towardA: boolean;
  /** Every claim on the pair that has started by the date, denied ones too, oldest first. */
  history: Claim[];
  /**
   * For a relation decided by events (R10): mentions by stance in the window, the share not on the
   * stance, the window's length in days, and the pair's events by the date: in the window and in all.
   */
  events?: { mentions: Record<Stance, number>; contested: number; windowDays: number; inWindow: number; byDate: number };
  /** For a relation decided by articles: what the pair's events in the window say, when it has some (R11). */
  eventsSay?: { stance: Stance; inWindow: number; windowDays: number };
}

/** R5, as codes: HOLDS[current * STANCES.length + next] is 1 when a `next` claim leaves a `current` relation as it is (STANCE_TABLE's holdsAgainst). */
const HOLDS = Uint8Array.from(STANCES.flatMap((current) => STANCES.map((next) => (STANCE_TABLE[current].holdsAgainst.includes(next) ? 1 : 0))));

/** The more certain of two certainties. */
export function moreCertain(x: Certainty, y: Certainty): Certainty {
  return CERTAINTY_RANK[x] >= CERTAINTY_RANK[y] ? x : y;
}

/** R5: does a claim with stance `next` change a relation whose stance is `current`? */
export function changesStance(current: Stance | null, next: Stance): boolean {
  return changesCode(current === null ? -1 : STANCE_CODE[current], STANCE_CODE[next]);
}

function changesCode(current: number, next: number): boolean {
  return current < 0 || HOLDS[current * STANCES.length + next] === 0;
}

/** What a fold takes into account: the event window in days (R10; 365, the year before), and which claims: articles', events', or both (R11). */
export interface FoldOptions {
  windowDays?: number;
  basis?: Basis;
  /** Which coded events count (eventSelection.ts): the others are left out of the fold, its counts and the pair's history. */
  events?: EventSelection;
}
/** R11: relations from articles and events (events decide only where no article claim holds), from articles only, or from events only. */
export type Basis = 'both' | 'articles' | 'events';

/** Every pair's relation as of `asOf` (YYYY-MM-DD), from an index of the claims. */
export function relationsFromIndex(index: ClaimIndex, asOf: string, options: FoldOptions = {}): Map<PairKey, Relation> {
  return foldPairs(index, asOf, 0, index.pairs.length, new Map(), options);
}

/**
 * The first day (YYYYMMDD) of the event window of `days` before `asOf` (YYYYMMDD): for 365, the same
 * day a year before (R10 as it always was); else that many calendar days before.
 */
export function windowStart(asOf: number, days: number): number {
  if (days === 365) return asOf - 10000;
  const year = Math.floor(asOf / 10000);
  const month = Math.floor(asOf / 100) % 100;
  const day = asOf % 100;
  const d = new Date(Date.UTC(year, month - 1, day - days));
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

/**
 * The relations of the index's pairs `from` to `to` (not included) as of `asOf`, added to `into`:
 * a large index can be folded a slice of pairs at a time (app/useMapContent.ts), in the pairs' order,
 * into the same map `relationsFromIndex` gives.
 */
export function foldPairs(index: ClaimIndex, asOf: string, from: number, to: number, into: Map<PairKey, Relation>, options: FoldOptions = {}): Map<PairKey, Relation> {
  const { windowDays = 365, basis = 'both' } = options;
  const day = dateKey(asOf);
  const since = windowStart(day, windowDays);
  const leftOut = eventsLeftOut(index, options.events);
  for (let p = from; p < Math.min(to, index.pairs.length); p++) {
    const relation = foldPair(index, p, day, since, windowDays, basis, leftOut);
    if (relation) into.set(relation.key, relation);
  }
  return into;
}

/**
 * The relation of every pair as of `asOf` (YYYY-MM-DD), keyed by pair. `published` gives each
 * article's publication date, which dates claims of unknown time (R2). For many dates over the same
 * claims, index them once with `indexClaims` and call `relationsFromIndex`.
 */
export function relationsAsOf(claims: readonly Claim[], asOf: string, published: PublishedDates, options: FoldOptions = {}): Map<PairKey, Relation> {
  return relationsFromIndex(indexClaims(claims, published), asOf, options);
}

/** Fold pair p's claims that have started by `asOf` (YYYYMMDD) into its relation (R2–R10). */
function foldPair(index: ClaimIndex, p: number, asOf: number, since: number, windowDays: number, basis: Basis, leftOut: Uint8Array | null): Relation | null {
  const { claims, order, start, end, stance: stanceOf, denied, mentions } = index;
  const first = index.offsets[p] as number;
  const last = index.offsets[p + 1] as number;
  let current = -1;
  let decidedAt = -1;
  let supportFrom = -1;
  let k = first;
  let eventMentions: number[] | null = null;
  let inWindow = 0;
  let byDate = 0;
  for (; k < last; k++) {
    const i = order[k] as number;
    if ((start[i] as number) > asOf) break; // R2: claims are in order of start
    if (denied[i] === 1) continue; // R3
    if ((mentions[i] as number) > 0) {
      if (basis === 'articles' || (leftOut && leftOut[i] === 1)) continue; // R11; the event filters
      // R10: events are weighed in their window, apart from article claims.
      byDate++;
      if ((start[i] as number) >= since) {
        (eventMentions ??= STANCES.map(() => 0))[stanceOf[i] as number]! += mentions[i] as number;
        inWindow++;
      }
      continue;
    }
    if (basis === 'events') continue; // R11
    if ((end[i] as number) < asOf) continue; // R2: an ended range is history
    const next = stanceOf[i] as number;
    if (next === current) decidedAt = k; // R6
    else if (changesCode(current, next)) {
      current = next; // R4
      decidedAt = k;
      supportFrom = k;
    }
  }
  if (current < 0 && eventMentions) return foldEvents(index, p, since, k, eventMentions, { windowDays, inWindow, byDate }, leftOut);
  if (current < 0) return null; // R9
  // Decided by articles; with events in the window too, what they say is kept beside it (R11).
  const alongside = eventMentions ? eventsSay(eventMentions, inWindow, windowDays) : undefined;
  const a = (index.pairs[p] as { a: string }).a;
  const support: Claim[] = [];
  let certainty: Certainty = 'denied';
  let towardB = false;
  let towardA = false;
  for (let j = supportFrom; j <= decidedAt; j++) {
    const i = order[j] as number;
    if (stanceOf[i] !== current || denied[i] === 1 || (end[i] as number) < asOf) continue;
    const claim = claims[i] as Claim;
    support.push(claim); // R6
    certainty = moreCertain(certainty, claim.certainty); // R7
    if (claim.directed) {
      if (claim.subject === a) towardB = true; // R8
      else towardA = true;
    }
  }
  const relation = new FoldedRelation(index, p, STANCES[current] as Stance, claims[order[decidedAt] as number] as Claim, support, certainty, towardB, towardA, first, k, leftOut);
  if (alongside) relation.eventsSay = alongside;
  return relation;
}

/**
 * A relation as the fold makes it. Its history is read from the index when it is asked for (a fold of
 * 200,000 events would build it for every pair); a class, so that the getter is one on its prototype,
 * not a closure made for every relation of every fold.
 */
class FoldedRelation implements Relation {
  readonly key: PairKey;
  readonly a: string;
  readonly b: string;
  declare eventsSay?: Relation['eventsSay'];
  declare events?: Relation['events'];
  #history: Claim[] | undefined;
  readonly #index: ClaimIndex;
  // The pair's claims `order[from..to)` that make its history, and the events the filters leave out.
  readonly #from: number;
  readonly #to: number;
  readonly #leftOut: Uint8Array | null;

  constructor(
    index: ClaimIndex,
    p: number,
    readonly stance: Stance,
    readonly decidedBy: Claim,
    readonly support: Claim[],
    readonly certainty: Certainty,
    readonly towardB: boolean,
    readonly towardA: boolean,
    from: number,
    to: number,
    leftOut: Uint8Array | null,
  ) {
    const pair = index.pairs[p] as { key: PairKey; a: string; b: string };
    this.key = pair.key;
    this.a = pair.a;
    this.b = pair.b;
    this.#index = index;
    this.#from = from;
    this.#to = to;
    this.#leftOut = leftOut;
  }

  get history(): Claim[] {
    return (this.#history ??= historyOf(this.#index, this.#from, this.#to, this.#leftOut));
  }
}

/** The stance events in the window take by their mentions, and how many events that is (R11). */
function eventsSay(weights: number[], inWindow: number, windowDays: number): { stance: Stance; inWindow: number; windowDays: number } {
  return { stance: STANCES[heaviest(weights)] as Stance, inWindow, windowDays };
}

/** R10: a pair decided by its events' mentions in the window before the date. */
function foldEvents(
  index: ClaimIndex,
  p: number,
  since: number,
  startedUntil: number,
  weights: number[],
  counts: { windowDays: number; inWindow: number; byDate: number },
  leftOut: Uint8Array | null,
): Relation {
  const { claims, order, start, stance: stanceOf, denied, mentions, subjectIsA } = index;
  const best = heaviest(weights);
  const total = weights.reduce((x, y) => x + y, 0);
  const first = index.offsets[p] as number;
  const support: Claim[] = [];
  let towardA = false;
  let towardB = false;
  for (let j = first; j < startedUntil; j++) {
    const i = order[j] as number;
    if ((mentions[i] as number) === 0 || denied[i] === 1 || stanceOf[i] !== best || (start[i] as number) < since || (leftOut && leftOut[i] === 1)) continue;
    support.push(claims[i] as Claim);
    if (subjectIsA[i] === 1) towardB = true;
    else towardA = true;
  }
  const relation = new FoldedRelation(index, p, STANCES[best] as Stance, support[support.length - 1] as Claim, support, 'reported', towardB, towardA, first, startedUntil, leftOut);
  relation.events = {
    mentions: Object.fromEntries(STANCES.map((s, i) => [s, weights[i] ?? 0])) as Record<Stance, number>,
    contested: total > 0 ? 1 - (weights[best] as number) / total : 0,
    ...counts,
  };
  return relation;
}

/** The claims `order[from..to)` (a pair's, started by the date) but those the event filters leave out, oldest first. */
function historyOf(index: ClaimIndex, from: number, to: number, leftOut: Uint8Array | null): Claim[] {
  const { claims, order } = index;
  if (!leftOut) {
    const all: Claim[] = new Array(to - from);
    for (let j = from; j < to; j++) all[j - from] = claims[order[j] as number] as Claim;
    return all;
  }
  const kept: Claim[] = [];
  for (let j = from; j < to; j++) {
    const i = order[j] as number;
    if (leftOut[i] !== 1) kept.push(claims[i] as Claim);
  }
  return kept;
}
