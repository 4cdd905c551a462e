// GDELT 2.0 event export rows (61 columns; tab-separated as GDELT publishes them, or comma-separated
// with quoting as spreadsheets and BigQuery write them; with or without a header row) -> events
// between two states, and the reason for every row that is not one. Nothing is silently lost: each
// row is kept or counted under a reason.
import { stanceOfCameo } from '../cameo/cameoStance';
import type { Stance } from '../claims/vocabulary';
import { gdeltLayoutOf, isHeaderRow, type Separator, splitRow } from './gdeltLayout';

export { gdeltLayoutOf, isHeaderRow, type Separator, splitRow };

/** Column positions (0-based) in the GDELT 2.0 event codebook. */
export const COLUMNS = {
  id: 0,
  sqlDate: 1,
  actor1Name: 6,
  actor1Country: 7,
  actor2Name: 16,
  actor2Country: 17,
  isRootEvent: 25,
  eventCode: 26,
  rootCode: 28,
  quadClass: 29,
  goldstein: 30,
  mentions: 31,
  sources: 32,
  sourceUrl: 60,
} as const;

/** CAMEO codes for regions and groupings of states, not states. */
export const CAMEO_REGIONS = new Set([
  'AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS', 'CEU', 'EIN', 'EAF', 'EEU', 'EUR', 'LAM', 'MEA', 'MDT', 'NAF', 'NMR', 'PGS', 'SCN', 'SAM',
  'SAS', 'SEA', 'SAF', 'WAF', 'WST',
]);

export type SkipReason =
  | 'malformed row'
  | 'one side missing'
  | 'same state on both sides'
  | 'regional code'
  | 'unknown country code'
  | 'unknown country name'
  | 'not a CAMEO code'
  | 'unreadable date'
  | 'unknown stance';
/** The reasons a GDELT row can be skipped for (the others are those of files read through a column mapping). */
type GdeltSkipReason = Exclude<SkipReason, 'unreadable date' | 'unknown stance'>;

export interface GdeltEvent {
  id: string;
  /** When the event happened, YYYY-MM-DD. */
  date: string;
  a: string;
  b: string;
  aName: string;
  bName: string;
  eventCode: string;
  stance: Stance;
  /** The codebook's name of the event code. */
  action: string;
  quadClass: number;
  goldstein: number;
  mentions: number;
  /** How many sources reported it (GDELT's NumSources); absent where the data set does not count them. */
  sources?: number;
  /** Is it the root event of its sentence (GDELT's IsRootEvent)? Absent where the data set does not say. */
  root?: boolean;
  sourceUrl: string;
  /** The data set the event comes from; GDELT 2.0 when absent. */
  dataset?: string;
  /** Who published the story it was coded from, when the data says (ICEWS). */
  publisher?: string;
}

export type RowResult = { event: GdeltEvent } | { skip: SkipReason };

export function parseGdeltRow(line: string, isState: (code: string) => boolean, separator: Separator = '\t'): RowResult {
  const c = splitRow(line, separator);
  if (c.length < 61) return { skip: 'malformed row' };
  const a = c[COLUMNS.actor1Country] ?? '';
  const b = c[COLUMNS.actor2Country] ?? '';
  const sqlDate = c[COLUMNS.sqlDate] ?? '';
  if (!/^\d{8}$/.test(sqlDate)) return { skip: 'malformed row' };
  if (!a || !b) return { skip: 'one side missing' };
  if (CAMEO_REGIONS.has(a) || CAMEO_REGIONS.has(b)) return { skip: 'regional code' };
  if (!isState(a) || !isState(b)) return { skip: 'unknown country code' };
  if (a === b) return { skip: 'same state on both sides' };
  const eventCode = c[COLUMNS.eventCode] ?? '';
  const stance = stanceOfCameo(eventCode);
  if (!stance) return { skip: 'not a CAMEO code' };
  return {
    event: {
      id: c[COLUMNS.id] ?? '',
      date: `${sqlDate.slice(0, 4)}-${sqlDate.slice(4, 6)}-${sqlDate.slice(6, 8)}`,
      a,
      b,
      aName: c[COLUMNS.actor1Name] ?? '',
      bName: c[COLUMNS.actor2Name] ?? '',
      eventCode,
      stance: stance.stance,
      action: stance.name,
      quadClass: Number(c[COLUMNS.quadClass]),
      goldstein: Number(c[COLUMNS.goldstein]),
      mentions: Number(c[COLUMNS.mentions]) || 1,
      ...countOrNothing(c[COLUMNS.sources]),
      ...(c[COLUMNS.isRootEvent] === '1' ? { root: true } : c[COLUMNS.isRootEvent] === '0' ? { root: false } : {}),
      sourceUrl: (c[COLUMNS.sourceUrl] ?? '').trim(),
    },
  };
}

/** NumSources as a count, when the column holds one. */
function countOrNothing(text: string | undefined): { sources?: number } {
  return text !== undefined && /^\d{1,9}$/.test(text.trim()) ? { sources: Number(text.trim()) } : {};
}

export interface GdeltImport {
  events: GdeltEvent[];
  rows: number;
  skipped: Record<GdeltSkipReason, number>;
}

/** Every row of an export file's text, tab- or comma-separated; a header row is passed over. */
export function parseGdeltExport(text: string, isState: (code: string) => boolean): GdeltImport {
  const skipped: Record<GdeltSkipReason, number> = {
    'malformed row': 0,
    'one side missing': 0,
    'same state on both sides': 0,
    'regional code': 0,
    'unknown country code': 0,
    'unknown country name': 0,
    'not a CAMEO code': 0,
  };
  const events: GdeltEvent[] = [];
  let rows = 0;
  const separator = gdeltLayoutOf(text.slice(0, 65_536))?.separator ?? '\t';
  for (const line of text.split('\n')) {
    if (line === '' || isHeaderRow(line)) continue;
    rows++;
    const r = parseGdeltRow(line.replace(/\r$/, ''), isState, separator);
    if ('event' in r) events.push(r.event);
    else skipped[r.skip as GdeltSkipReason]++;
  }
  return { events, rows, skipped };
}

/** How far an import of event files has got: posted by the import worker, shown by the progress panel. */
export interface GdeltProgress {
  type: 'progress';
  file: string;
  files: number;
  fileIndex: number;
  bytesRead: number;
  bytesTotal: number;
  rows: number;
  kept: number;
  skipped: Partial<Record<SkipReason, number>>;
}
