// Coded events over time, for the small charts of a pair and of a country: events per month by
// stance, and the month's mean Goldstein score (−10 conflict … +10 cooperation), every month from the
// first event's to the last's (months without events are there, empty).
import type { Claim } from '../claims/claim';
import { STANCES } from '../claims/vocabulary';

export interface EventMonth {
  /** YYYY-MM */
  month: string;
  /** Events by stance, in the order of STANCES. */
  byStance: number[];
  total: number;
  /** The mean Goldstein score of the month's events that have one; null when none has. */
  goldstein: number | null;
}

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const monthOf = (i: number) => `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;

/** The events among `claims` (claims that are not coded events are passed over), month by month. */
export function eventSeries(claims: Iterable<Claim>): EventMonth[] {
  const byMonth = new Map<number, { byStance: number[]; sum: number; n: number }>();
  let first = Infinity;
  let last = -Infinity;
  for (const c of claims) {
    if (!c.event || c.when.kind !== 'point' || c.when.at.length < 7) continue;
    const m = monthIndex(c.when.at);
    first = Math.min(first, m);
    last = Math.max(last, m);
    let b = byMonth.get(m);
    if (!b) {
      b = { byStance: STANCES.map(() => 0), sum: 0, n: 0 };
      byMonth.set(m, b);
    }
    const s = STANCES.indexOf(c.stance);
    b.byStance[s] = (b.byStance[s] ?? 0) + 1;
    if (c.event.goldstein !== undefined) {
      b.sum += c.event.goldstein;
      b.n++;
    }
  }
  const months: EventMonth[] = [];
  for (let m = first; m <= last; m++) {
    const b = byMonth.get(m);
    months.push({
      month: monthOf(m),
      byStance: b ? b.byStance : STANCES.map(() => 0),
      total: b ? b.byStance.reduce((x, y) => x + y, 0) : 0,
      goldstein: b && b.n > 0 ? b.sum / b.n : null,
    });
  }
  return months;
}

/** The first and the last day (YYYY-MM-DD) of the months `from` to `to` (YYYY-MM, either order). */
export function monthRange(from: string, to: string): { first: string; last: string; days: number } {
  const [a, b] = [monthIndex(from), monthIndex(to)].sort((x, y) => x - y) as [number, number];
  const start = Date.UTC(Math.floor(a / 12), a % 12, 1);
  const end = Date.UTC(Math.floor(b / 12), (b % 12) + 1, 0);
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { first: day(start), last: day(end), days: Math.round((end - start) / 86_400_000) + 1 };
}
