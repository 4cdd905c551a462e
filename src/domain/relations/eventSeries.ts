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
  const months = monthCounts();
  for (const c of claims) {
    if (!c.event || c.when.kind !== 'point' || c.when.at.length < 7) continue;
    months.add(monthIndex(c.when.at), STANCES.indexOf(c.stance), c.event.goldstein);
  }
  return months.series();
}

/** The month (years * 12 + month - 1, as the counts take it) of a YYYYMMDD day key. */
export const monthOfDay = (day: number) => Math.floor(day / 10000) * 12 + (Math.floor(day / 100) % 100) - 1;

/** Events counted month by month (a month as years * 12 + month - 1), then given as the series. */
export function monthCounts() {
  const byMonth = new Map<number, { byStance: number[]; sum: number; n: number }>();
  let first = Infinity;
  let last = -Infinity;
  /** One event of the month, of the stance at `stance` in STANCES, with its Goldstein score if it has one. */
  const add = (m: number, stance: number, goldstein: number | undefined) => {
    first = Math.min(first, m);
    last = Math.max(last, m);
    let b = byMonth.get(m);
    if (!b) {
      b = { byStance: STANCES.map(() => 0), sum: 0, n: 0 };
      byMonth.set(m, b);
    }
    b.byStance[stance] = (b.byStance[stance] ?? 0) + 1;
    if (goldstein !== undefined) {
      b.sum += goldstein;
      b.n++;
    }
  };
  return { add, series: () => seriesOf(byMonth, first, last) };
}

function seriesOf(byMonth: Map<number, { byStance: number[]; sum: number; n: number }>, first: number, last: number): EventMonth[] {
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
