// The claim index: every claim read once (its start and end days, stance, certainty rank,
// mentions, pair) and laid out pair by pair in rule R4's order, so that relationsAsOf.ts folds a date
// by touching numbers, not claim objects. It can be built at once (`indexClaims`) or a slice at a
// time (`indexBuilder`), so that tens of thousands of new claims never hold the page in one task.
import type { Article, Claim } from '../claims/claim';
import { CERTAINTIES, type Certainty, STANCES, type Stance } from '../claims/vocabulary';
import { rootOfCode } from './eventSelection';
import { type PairKey, pairKey } from './pairKey';

/** Certainty, most certain highest (R4's and R3's order). */
export const CERTAINTY_RANK: Record<Certainty, number> = Object.fromEntries(
  CERTAINTIES.map((c, i) => [c, CERTAINTIES.length - i]),
) as Record<Certainty, number>;
/** A stance's position in STANCES. */
export const STANCE_CODE: Record<Stance, number> = Object.fromEntries(STANCES.map((s, i) => [s, i])) as Record<Stance, number>;

/** The position of the largest weight (a stance's, in STANCES order); the first of equals. */
export function heaviest(weights: readonly number[]): number {
  let best = 0;
  for (let s = 1; s < weights.length; s++) if ((weights[s] as number) > (weights[best] as number)) best = s;
  return best;
}

/**
 * A partial date as a number that sorts like the date: "2019" -> 20190101 (its first day), or with
 * `last`, 20191231 (its last day; a month's last day is written 31, which compares the same).
 * Read from the characters, with no allocation: this runs once per claim.
 */
export function dateKey(date: string, last = false): number {
  const c = (i: number) => date.charCodeAt(i) - 48;
  const year = c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3);
  const month = date.length >= 7 ? c(5) * 10 + c(6) : last ? 12 : 1;
  const day = date.length >= 10 ? c(8) * 10 + c(9) : last ? 31 : 1;
  return year * 10000 + month * 100 + day;
}

export type PublishedDates = ReadonlyMap<string, string> | ((articleId: string) => string);

/**
 * Claims grouped by pair and put in R4's order: the work of `relationsAsOf` that does not depend on
 * the date. Build it once per set of claims (`indexClaims`) and fold it for each date
 * (`relationsFromIndex`). It is laid out flat, pair after pair, in typed arrays, so that folding
 * touches numbers, not claim objects, until a claim is kept.
 */
export interface ClaimIndex {
  readonly claims: readonly Claim[];
  /** Each pair's key and its two actors, in canonical order. */
  readonly pairs: readonly { key: PairKey; a: string; b: string }[];
  /** Pair p's claims are `order[offsets[p]]` to `order[offsets[p + 1] - 1]`, in R4's order. */
  readonly offsets: Int32Array;
  /** Claim indexes, pair by pair. */
  readonly order: Int32Array;
  /** Per claim: first day it holds, YYYYMMDD. */
  readonly start: Int32Array;
  /** Per claim: last day it holds, YYYYMMDD, or Infinity. */
  readonly end: Float64Array;
  /** Per claim: its stance's position in STANCES. */
  readonly stance: Uint8Array;
  /** Per claim: 1 when denied (R3). */
  readonly denied: Uint8Array;
  /** Per claim: mentions, for an event (R10); 0 for an article's claim. */
  readonly mentions: Float64Array;
  /** Per claim: 1 when its subject is the pair's first actor (`a`), so that direction is read without the claim. */
  readonly subjectIsA: Uint8Array;
  /** Per event: its CAMEO root code (1-20; 0 for none), 1 when its data set says it is not the root event of its sentence, and its number of sources (eventSelection.ts). */
  readonly eventRoot: Uint8Array;
  readonly eventNotRoot: Uint8Array;
  readonly eventSources: Uint32Array;
  /** Per event: its Goldstein score, NaN where it has none. */
  readonly goldstein: Float64Array;
  /**
   * The days claims start on (their `start` keys), in order, each with how many claims start then and
   * the first few of them (claim indexes, at most DAY_SAMPLE): a timeline's marks.
   */
  readonly days: readonly StartDay[];
}

/** A day claims start on: its YYYYMMDD key, how many start on it, and the first of them. */
export interface StartDay {
  key: number;
  count: number;
  first: number[];
}

/** How many claims a start day keeps by index. */
export const DAY_SAMPLE = 5;

export function indexClaims(claims: readonly Claim[], published: PublishedDates): ClaimIndex {
  const builder = indexBuilder(claims, published);
  builder.readUpTo(claims.length);
  return builder.done();
}

/**
 * An index built in steps: `readUpTo(n)` reads the claims before `n` (each once), `done()` lays
 * them out pair by pair. A workspace of tens of thousands of claims is read a slice per task, so
 * that no task holds the page (app/useMapContent.ts); `indexClaims` is the one-step form.
 */
export interface IndexBuilder {
  /** Read the claims up to (not including) `n`; how many are read. */
  readUpTo(n: number): number;
  /** The index of every claim (reading any left). */
  done(): ClaimIndex;
}

export function indexBuilder(claims: readonly Claim[], published: PublishedDates): IndexBuilder {
  const publishedOf = typeof published === 'function' ? published : (id: string) => published.get(id) ?? '9999-12-31';
  const n = claims.length;
  const start = new Int32Array(n);
  const end = new Float64Array(n);
  const stance = new Uint8Array(n);
  const denied = new Uint8Array(n);
  const mentions = new Float64Array(n);
  const subjectIsA = new Uint8Array(n);
  const eventRoot = new Uint8Array(n);
  const eventNotRoot = new Uint8Array(n);
  const eventSources = new Uint32Array(n);
  const goldstein = new Float64Array(n).fill(Number.NaN);
  const pairOf = new Int32Array(n);
  const rank = new Uint8Array(n);
  // Two levels of maps, so that no pair key string is built per claim.
  const byFirst = new Map<string, Map<string, number>>();
  const pairs: { key: PairKey; a: string; b: string }[] = [];
  let read = 0;
  const readUpTo = (until: number): number => {
    const to = Math.min(n, until);
    for (let i = read; i < to; i++) {
      const claim = claims[i] as Claim;
      const when = claim.when;
      const from = when.kind === 'point' ? when.at : when.kind === 'range' ? when.from : publishedOf(claim.articleId);
      const key = dateKey(from);
      start[i] = key;
      end[i] = when.kind === 'range' && when.to !== null ? dateKey(when.to, true) : Infinity;
      stance[i] = STANCE_CODE[claim.stance];
      denied[i] = claim.certainty === 'denied' ? 1 : 0;
      const event = claim.event;
      if (event) {
        mentions[i] = event.weight;
        eventRoot[i] = rootOfCode(event.code);
        eventNotRoot[i] = event.root === false ? 1 : 0;
        eventSources[i] = event.sourceCount ?? Math.max(1, event.sources.length);
        if (event.goldstein !== undefined) goldstein[i] = event.goldstein;
      }
      // R4 within a day: less certain first (so the more certain wins), then less precise first.
      const precision = when.kind === 'unknown' ? 0 : from.length === 4 ? 1 : from.length === 7 ? 2 : 3;
      rank[i] = CERTAINTY_RANK[claim.certainty] * 4 + precision;
      const x = claim.subject;
      const y = claim.object;
      const a = x < y ? x : y;
      const b = x < y ? y : x;
      subjectIsA[i] = x < y ? 1 : 0;
      let inner = byFirst.get(a);
      if (!inner) {
        inner = new Map();
        byFirst.set(a, inner);
      }
      let p = inner.get(b);
      if (p === undefined) {
        p = pairs.length;
        inner.set(b, p);
        pairs.push({ key: pairKey(a, b), a, b });
      }
      pairOf[i] = p;
    }
    read = Math.max(read, to);
    return read;
  };
  const done = (): ClaimIndex => {
    readUpTo(n);
    // Lay the claims out pair by pair (in input order), then put each pair's claims in R4's order.
    const offsets = new Int32Array(pairs.length + 1);
    for (let i = 0; i < n; i++) offsets[(pairOf[i] as number) + 1]! += 1;
    for (let p = 0; p < pairs.length; p++) offsets[p + 1]! += offsets[p] as number;
    const cursor = offsets.slice(0, pairs.length);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[cursor[pairOf[i] as number]!++] = i;
    // R4's key: start, then rank; below 2^32, so it fits a Uint32Array.
    const key = new Uint32Array(n);
    for (let i = 0; i < n; i++) key[i] = (start[i] as number) * 32 + (rank[i] as number);
    for (let p = 0; p < pairs.length; p++) sortByKey(order, offsets[p] as number, offsets[p + 1] as number, key);
    return {
      claims,
      pairs,
      offsets,
      order,
      start,
      end,
      stance,
      denied,
      mentions,
      subjectIsA,
      eventRoot,
      eventNotRoot,
      eventSources,
      goldstein,
      days: startDays(start),
    };
  };
  return { readUpTo, done };
}

/**
 * The days claims start on, in order, with their counts and first claims. Counted in a dense table of
 * the years' days (a Map of a day per key took 40% of the index's time on 100k claims); keys that are
 * no day of a year 1-12/1-31, or years too far apart for the table, are counted in a Map.
 */
export function startDays(start: Int32Array): StartDay[] {
  let min = Infinity;
  let max = -Infinity;
  let dayShaped = true;
  for (let i = 0; i < start.length; i++) {
    const key = start[i] as number;
    if (key < min) min = key;
    if (key > max) max = key;
    const month = Math.floor(key / 100) % 100;
    const day = key % 100;
    if (key < 0 || month < 1 || month > 12 || day < 1 || day > 31) dayShaped = false;
  }
  if (start.length === 0) return [];
  const firstYear = Math.floor(min / 10000);
  const years = Math.floor(max / 10000) - firstYear + 1;
  if (!dayShaped || years > 500) return startDaysByMap(start);
  // Slot of a key: its year, month (1-12) and day (1-31, or 31 for a month's last) in that order.
  const slotOf = (key: number) => ((Math.floor(key / 10000) - firstYear) * 12 + (Math.floor(key / 100) % 100) - 1) * 32 + (key % 100);
  const count = new Int32Array(years * 12 * 32);
  for (let i = 0; i < start.length; i++) count[slotOf(start[i] as number)]! += 1;
  const dayAt = new Int32Array(count.length);
  const days: StartDay[] = [];
  for (let slot = 0; slot < count.length; slot++) {
    const c = count[slot] as number;
    if (c === 0) continue;
    dayAt[slot] = days.length;
    days.push({ key: (firstYear + Math.floor(slot / 384)) * 10000 + (Math.floor(slot / 32) % 12 + 1) * 100 + (slot % 32), count: c, first: [] });
  }
  let full = 0;
  for (let i = 0; i < start.length && full < days.length; i++) {
    const day = days[dayAt[slotOf(start[i] as number)] as number] as StartDay;
    if (day.first.length < DAY_SAMPLE && day.first.push(i) === Math.min(DAY_SAMPLE, day.count)) full++;
  }
  return days;
}

function startDaysByMap(start: Int32Array): StartDay[] {
  const days = new Map<number, StartDay>();
  for (let i = 0; i < start.length; i++) {
    const key = start[i] as number;
    const day = days.get(key);
    if (!day) days.set(key, { key, count: 1, first: [i] });
    else {
      day.count++;
      if (day.first.length < DAY_SAMPLE) day.first.push(i);
    }
  }
  return [...days.values()].sort((x, y) => x.key - y.key);
}

/**
 * Sort `order[from..to)` by `key`, keeping input order among equals (R4's last tie-break): insertion
 * sort for the many short runs (most pairs have a few claims), a stable native sort for long ones.
 */
function sortByKey(order: Int32Array, from: number, to: number, key: Uint32Array): void {
  if (to - from <= 48) {
    for (let j = from + 1; j < to; j++) {
      const i = order[j] as number;
      const k = key[i] as number;
      let m = j - 1;
      while (m >= from && (key[order[m] as number] as number) > k) {
        order[m + 1] = order[m] as number;
        m--;
      }
      order[m + 1] = i;
    }
    return;
  }
  const run = Array.from(order.subarray(from, to));
  run.sort((x, y) => (key[x] as number) - (key[y] as number) || x - y);
  order.set(run, from);
}

/** A publication-date lookup from a list of articles. */
export function publishedDates(articles: readonly Pick<Article, 'id' | 'published'>[]): Map<string, string> {
  return new Map(articles.map((a) => [a.id, a.published]));
}
