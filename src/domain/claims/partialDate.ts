// Dates as articles give them: a year, a year and month, or a day. A partial date is kept as the
// ISO text the article implies ("2018", "2019-02", "2019-12-05") and compared by the first day it
// covers and the last.

/** An ISO date with the precision the article gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `text` is not a partial date, or null when it is one. */
export function partialDateProblem(text: string): string | null {
  const m = PATTERN.exec(text);
  if (!m) return `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${text}" has no month ${m[2]}`;
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return `"${text}" has no day ${m[3]} in that month`;
  return null;
}

export function isPartialDate(text: string): boolean {
  return partialDateProblem(text) === null;
}

/** The first day a partial date covers, as `YYYY-MM-DD`: "2019-02" starts on "2019-02-01". */
export function firstDay(date: PartialDate): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial date covers, as `YYYY-MM-DD`: "2019-02" ends on "2019-02-28". */
export function lastDay(date: PartialDate): string {
  const [y, m, d] = date.split('-');
  if (m === undefined) return `${y}-12-31`;
  if (d === undefined) return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
  return date;
}

/** How precise a partial date is: 1 for a year, 2 for a month, 3 for a day. */
export function precisionOf(date: PartialDate): 1 | 2 | 3 {
  return date.split('-').length as 1 | 2 | 3;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (of a partial date, its first day). */
export function dayNumber(date: PartialDate): number {
  const [y, m, d] = firstDay(date).split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The day to show an article's claims on: its publication day, or the latest day one of its claims
 * names after it ("bans flights from July 8" in June), so that what it tells is drawn.
 */
export function dayToShow(published: string, whens: readonly (PartialDate | null | undefined)[]): string {
  if (!published) return published;
  const ahead = whens.filter((w): w is string => typeof w === 'string' && precisionOf(w) === 3 && w > published);
  return ahead.sort().at(-1) ?? published;
}

// Calendar arithmetic on dates and partial dates, for reading times in text (resolveTime.ts).
/** A number as two digits. */
export const pad = (n: number) => String(n).padStart(2, '0');
/** A date as YYYY-MM-DD (UTC). */
export const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
/** A partial date's first day, as a UTC date. */
export const parseDay = (date: string) => new Date(`${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
/** The date `n` days after `d`. */
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** The partial date `months` months before `date`, at the same precision. */
export function shiftMonths(date: PartialDate, months: number): PartialDate {
  const d = parseDay(date);
  const shifted = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  if (date.length === 4) return String(d.getUTCFullYear() - Math.round(months / 12));
  const month = `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}`;
  if (date.length === 7) return month;
  const last = new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, 0)).getUTCDate();
  return `${month}-${pad(Math.min(d.getUTCDate(), last))}`;
}

/** The day `days` days after `date`. */
export function shiftDays(date: PartialDate, days: number): PartialDate {
  return iso(addDays(parseDay(date), days));
}

/** Monday of the ISO week holding `d`. */
export function mondayOf(d: Date): Date {
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}
