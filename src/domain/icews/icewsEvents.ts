// ICEWS coded-event files (the Integrated Crisis Early Warning System's tab-separated exports, with
// their header row: Event ID, Event Date, Source Name, Source Sectors, Source Country, Event Text,
// CAMEO Code, Intensity, Target Name, Target Sectors, Target Country, Story ID, Sentence Number,
// Publisher, City, District, Province, Country, Latitude, Longitude) -> the same events between
// states as GDELT's, in the same CAMEO vocabulary. Countries are named, not coded: a name is looked
// up among the map's names of each state (common, official and other spellings). Intensity is the
// Goldstein score. Every row is kept or counted under a reason, as GDELT's are.
import { stanceOfCameo } from '../cameo/cameoStance';
import type { GdeltEvent, RowResult, SkipReason } from '../gdelt/gdeltEvents';

/** The columns an ICEWS file must have, by their header names. */
export const ICEWS_NEEDED = ['Event ID', 'Event Date', 'Source Name', 'Source Country', 'CAMEO Code', 'Intensity', 'Target Name', 'Target Country'] as const;

export type IcewsHeader = Record<(typeof ICEWS_NEEDED)[number] | 'Event Text' | 'Publisher', number>;

/** The column of each field, when `line` is an ICEWS header row (tab-separated); null otherwise. */
export function icewsHeaderOf(line: string): IcewsHeader | null {
  const cells = line.replace(/^\uFEFF/, '').replace(/\r$/, '').split('\t').map((c) => c.trim());
  const at = (name: string) => cells.indexOf(name);
  if (ICEWS_NEEDED.some((n) => at(n) < 0)) return null;
  const header = {} as IcewsHeader;
  for (const n of [...ICEWS_NEEDED, 'Event Text', 'Publisher'] as const) header[n] = at(n);
  return header;
}

/** One row of an ICEWS file; `codeOf` gives a state's code from its name (undefined when not a state on the map). */
export function parseIcewsRow(line: string, header: IcewsHeader, codeOf: (name: string) => string | undefined): RowResult {
  const c = line.replace(/\r$/, '').split('\t');
  const cell = (n: keyof IcewsHeader) => (header[n] >= 0 ? (c[header[n]] ?? '').trim() : '');
  if (c.length < ICEWS_NEEDED.reduce((m, n) => Math.max(m, header[n] + 1), 0)) return { skip: 'malformed row' };
  const date = cell('Event Date');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return { skip: 'malformed row' };
  const aName = cell('Source Country');
  const bName = cell('Target Country');
  if (!aName || !bName) return { skip: 'one side missing' };
  const a = codeOf(aName);
  const b = codeOf(bName);
  if (!a || !b) return { skip: 'unknown country name' };
  if (a === b) return { skip: 'same state on both sides' };
  const raw = cell('CAMEO Code');
  // (Spreadsheets drop a code's leading zero: "42" is 042.)
  const eventCode = /^\d{2}$/.test(raw) ? `0${raw}` : raw;
  const stance = stanceOfCameo(eventCode);
  if (!stance) return { skip: 'not a CAMEO code' };
  const intensity = Number(cell('Intensity'));
  const publisher = cell('Publisher');
  const event: GdeltEvent = {
    id: `icews-${cell('Event ID')}`,
    date,
    a,
    b,
    aName: cell('Source Name'),
    bName: cell('Target Name'),
    eventCode,
    stance: stance.stance,
    action: cell('Event Text') || stance.name,
    quadClass: 0,
    goldstein: Number.isFinite(intensity) ? intensity : 0,
    mentions: 1,
    sourceUrl: '',
    dataset: 'ICEWS',
    ...(publisher ? { publisher } : {}),
  };
  return { event };
}

/** Every row of an ICEWS file's text (its first line the header); null when the first line is not ICEWS's header. */
export function parseIcewsExport(text: string, codeOf: (name: string) => string | undefined): { events: GdeltEvent[]; rows: number; skipped: Partial<Record<SkipReason, number>> } | null {
  const lines = text.split('\n');
  const header = icewsHeaderOf(lines[0] ?? '');
  if (!header) return null;
  const events: GdeltEvent[] = [];
  const skipped: Partial<Record<SkipReason, number>> = {};
  let rows = 0;
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    rows++;
    const r = parseIcewsRow(line, header, codeOf);
    if ('event' in r) events.push(r.event);
    else skipped[r.skip] = (skipped[r.skip] ?? 0) + 1;
  }
  return { events, rows, skipped };
}
