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
// R6 Support. The claims that support a relation are those with its stance since the stance last
//    changed; their number sets the arc's width.
// R7 Certainty. A relation is as certain as its most certain supporting claim.
// R8 Direction. A relation points from A to B when a supporting claim is directed from A to B; it can
//    point both ways; mutual claims add no direction.
// R9 No claim, no relation: a pair with no claim in force by the date is not drawn.
import { type Article, type Claim, claimStart } from '../claims/claim';
import { firstDay, lastDay, precisionOf } from '../claims/partialDate';
import { CERTAINTIES, type Certainty, type Stance } from '../claims/vocabulary';
import { orderedPair, type PairKey, pairKey } from './pairKey';

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
}

const CERTAINTY_RANK: Record<Certainty, number> = Object.fromEntries(
  CERTAINTIES.map((c, i) => [c, CERTAINTIES.length - i]),
) as Record<Certainty, number>;

/** The more certain of two certainties. */
export function moreCertain(x: Certainty, y: Certainty): Certainty {
  return CERTAINTY_RANK[x] >= CERTAINTY_RANK[y] ? x : y;
}

interface Dated {
  claim: Claim;
  /** First day the claim holds, YYYY-MM-DD. */
  start: string;
  /** Last day it holds, YYYY-MM-DD, or null when it has no end. */
  end: string | null;
  /** Position in the input, to break ties by article order. */
  order: number;
}

function dated(claim: Claim, order: number, published: string): Dated {
  const from = claimStart(claim.when, published);
  const end = claim.when.kind === 'range' ? (claim.when.to === null ? null : lastDay(claim.when.to)) : null;
  return { claim, start: firstDay(from), end, order };
}

function precision(claim: Claim): number {
  return claim.when.kind === 'point' ? precisionOf(claim.when.at) : claim.when.kind === 'range' ? precisionOf(claim.when.from) : 0;
}

/** R4's order: by start, then certainty (less certain first), then date precision, then input order. */
function byTime(x: Dated, y: Dated): number {
  if (x.start !== y.start) return x.start < y.start ? -1 : 1;
  const c = CERTAINTY_RANK[x.claim.certainty] - CERTAINTY_RANK[y.claim.certainty];
  if (c !== 0) return c;
  const p = precision(x.claim) - precision(y.claim);
  if (p !== 0) return p;
  return x.order - y.order;
}

/** R5: does a claim with stance `next` change a relation whose stance is `current`? */
export function changesStance(current: Stance | null, next: Stance): boolean {
  if (current === 'severed' && next === 'tense') return false;
  return true;
}

/**
 * The relation of every pair as of `asOf` (YYYY-MM-DD), keyed by pair. `published` gives each
 * article's publication date, which dates claims of unknown time (R2).
 */
export function relationsAsOf(
  claims: readonly Claim[],
  asOf: string,
  published: ReadonlyMap<string, string> | ((articleId: string) => string),
): Map<PairKey, Relation> {
  const publishedOf = typeof published === 'function' ? published : (id: string) => published.get(id) ?? asOf;
  const byPair = new Map<PairKey, Dated[]>();
  claims.forEach((claim, order) => {
    const d = dated(claim, order, publishedOf(claim.articleId));
    if (d.start > asOf) return; // R2
    const key = pairKey(claim.subject, claim.object);
    const list = byPair.get(key);
    if (list) list.push(d);
    else byPair.set(key, [d]);
  });

  const relations = new Map<PairKey, Relation>();
  for (const [key, list] of byPair) {
    list.sort(byTime);
    const relation = foldPair(key, list, asOf);
    if (relation) relations.set(key, relation);
  }
  return relations;
}

function foldPair(key: PairKey, list: Dated[], asOf: string): Relation | null {
  const first = list[0];
  if (!first) return null;
  const [a, b] = orderedPair(first.claim.subject, first.claim.object);
  let stance: Stance | null = null;
  let decidedBy: Claim | null = null;
  let support: Claim[] = [];
  for (const d of list) {
    if (d.claim.certainty === 'denied') continue; // R3
    if (d.end !== null && d.end < asOf) continue; // R2: an ended range is history
    const next = d.claim.stance;
    if (next === stance) {
      support.push(d.claim); // R6
      decidedBy = d.claim;
    } else if (changesStance(stance, next)) {
      stance = next; // R4
      decidedBy = d.claim;
      support = [d.claim];
    }
  }
  if (stance === null || decidedBy === null) return null; // R9
  let certainty: Certainty = 'denied';
  let towardB = false;
  let towardA = false;
  for (const claim of support) {
    certainty = moreCertain(certainty, claim.certainty); // R7
    if (claim.directed) {
      if (claim.subject === a) towardB = true; // R8
      else towardA = true;
    }
  }
  return { key, a, b, stance, decidedBy, support, certainty, towardB, towardA, history: list.map((d) => d.claim) };
}

/** A publication-date lookup from a list of articles. */
export function publishedDates(articles: readonly Pick<Article, 'id' | 'published'>[]): Map<string, string> {
  return new Map(articles.map((a) => [a.id, a.published]));
}
