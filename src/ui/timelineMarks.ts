// Where the timeline's marks go: one per day a claim starts, merged when they would sit closer than
// a few pixels, and the next or previous mark from a date (for playback and Shift+arrow jumps).
import { type Claim, claimStart } from '../domain/claims/claim';
import { dayNumber, firstDay } from '../domain/claims/partialDate';
import { DAY_SAMPLE } from '../domain/relations/claimIndex';

export interface TimelineMark {
  /** The day number of the mark (the first claim's day in a merged group). */
  day: number;
  /** How many claims start on the mark's day or days merged into it. */
  count: number;
  /**
   * The first of them (at most MARK_SAMPLE), in order: what the mark's colour and tooltip show. A mark
   * does not hold every claim: with tens of thousands of claims, copying them into marks on every
   * change of the claims or of the timeline's width held the page for tens of milliseconds.
   */
  claims: readonly Claim[];
}

/** The claims a mark keeps for its tooltip. */
export const MARK_SAMPLE = DAY_SAMPLE;

/** Group claims (each with its day) into marks in day order. */
function marksOf(count: number, dayAt: (i: number) => number, claimAt: (i: number) => Claim): TimelineMark[] {
  const byDay = new Map<number, { day: number; count: number; claims: Claim[] }>();
  for (let i = 0; i < count; i++) {
    const day = dayAt(i);
    const mark = byDay.get(day);
    if (!mark) byDay.set(day, { day, count: 1, claims: [claimAt(i)] });
    else {
      mark.count++;
      if (mark.claims.length < MARK_SAMPLE) mark.claims.push(claimAt(i));
    }
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/** The days claims start on, in order; claims of unknown time start on their article's date. */
export function claimDays(claims: readonly Claim[], publishedOf: (articleId: string) => string): TimelineMark[] {
  // Tens of thousands of claims start on a few hundred dates: each date is turned into a day once.
  const dayOf = new Map<string, number>();
  return marksOf(
    claims.length,
    (i) => {
      const c = claims[i] as Claim;
      const start = claimStart(c.when, publishedOf(c.articleId));
      let day = dayOf.get(start);
      if (day === undefined) {
        day = dayNumber(firstDay(start));
        dayOf.set(start, day);
      }
      return day;
    },
    (i) => claims[i] as Claim,
  );
}

/**
 * The same days from a claim index (domain/relations/claimIndex.ts), which counts the days claims
 * start on (YYYYMMDD keys: a partial date at its first day, an unknown time at its article's date)
 * while it reads them: a workspace of 70,000 claims needs no pass over its claims here.
 */
export function claimDaysOfIndex(index: { claims: readonly Claim[]; days: readonly { key: number; count: number; first: readonly number[] }[] }): TimelineMark[] {
  // (The day number from the key's digits, with no date string: tens of thousands of days are read at once.)
  return index.days.map(({ key, count, first }) => ({
    day: Math.round(Date.UTC(Math.floor(key / 10000), (Math.floor(key / 100) % 100) - 1, key % 100) / 86_400_000),
    count,
    claims: first.map((i) => index.claims[i] as Claim),
  }));
}

/** Marks closer than `minGap` (in the units of `x`) merged into the earlier one. */
export function mergeMarks(marks: readonly TimelineMark[], x: (day: number) => number, minGap: number): TimelineMark[] {
  const merged: { day: number; count: number; claims: Claim[] }[] = [];
  for (const m of marks) {
    const last = merged[merged.length - 1];
    if (last && x(m.day) - x(last.day) < minGap) {
      last.count += m.count;
      for (const c of m.claims) if (last.claims.length < MARK_SAMPLE) last.claims.push(c);
    } else merged.push({ day: m.day, count: m.count, claims: [...m.claims] });
  }
  return merged;
}

/** The first mark day after `day`, or null. */
export function nextMarkDay(marks: readonly TimelineMark[], day: number): number | null {
  return marks.find((m) => m.day > day)?.day ?? null;
}

/** The last mark day before `day`, or null. */
export function previousMarkDay(marks: readonly TimelineMark[], day: number): number | null {
  let found: number | null = null;
  for (const m of marks) if (m.day < day) found = m.day;
  return found;
}
