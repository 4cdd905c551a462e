// GDELT 2.0 event export rows (61 columns; tab-separated as GDELT publishes them, or comma-separated
// with quoting as spreadsheets and BigQuery write them; with or without a header row) -> events
// between two states, and the reason for every row that is not one. Nothing is silently lost: each
// row is kept or counted under a reason.
import { stanceOfCameo } from '../cameo/cameoStance';
import type { Stance } from '../claims/vocabulary';

/** Column positions (0-based) in the GDELT 2.0 event codebook. */
export const COLUMNS = {
  id: 0,
  sqlDate: 1,
  actor1Name: 6,
  actor1Country: 7,
  actor2Name: 16,
  actor2Country: 17,
  eventCode: 26,
  rootCode: 28,
  quadClass: 29,
  goldstein: 30,
  mentions: 31,
  sourceUrl: 60,
} as const;

/** CAMEO codes for regions and groupings of states, not states. */
export const CAMEO_REGIONS = new Set([
  'AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS', 'CEU', 'EIN', 'EAF', 'EEU', 'EUR', 'LAM', 'MEA', 'MDT', 'NAF', 'NMR', 'PGS', 'SCN', 'SAM',
  'SAS', 'SEA', 'SAF', 'WAF', 'WST',
]);

export type SkipReason = 'malformed row' | 'one side missing' | 'same state on both sides' | 'regional code' | 'unknown country code' | 'not a CAMEO code';

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
  sourceUrl: string;
}

export type RowResult = { event: GdeltEvent } | { skip: SkipReason };

export type Separator = '\t' | ',';

/** A row's cells: split at tabs, or at commas outside double quotes (a quote inside quotes is doubled). */
export function splitRow(line: string, separator: Separator): string[] {
  if (separator === '\t' || !line.includes('"')) return line.split(separator);
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** A header row (the codebook's column names), in either separator. */
export const isHeaderRow = (line: string) => /^\uFEFF?"?GLOBALEVENTID"?[\t,]/i.test(line);

/**
 * Is this text the start of a GDELT 2.0 event export, and how are its cells separated? Known by its
 * content, not its name: a header row naming GLOBALEVENTID, or a first row of at least 57 cells
 * (61 in GDELT 2.0) that starts with a numeric event id and an 8-digit date. Null when it is not one.
 */
export function gdeltLayoutOf(head: string): { separator: Separator } | null {
  const first = head.split('\n').find((l) => l.trim() !== '')?.replace(/\r$/, '');
  if (!first) return null;
  const separator: Separator = first.split('\t').length >= first.split(',').length ? '\t' : ',';
  if (isHeaderRow(first)) return { separator };
  const cells = splitRow(first, separator);
  return cells.length >= 57 && /^\d+$/.test(cells[0] ?? '') && /^\d{8}$/.test(cells[1] ?? '') ? { separator } : null;
}

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
      sourceUrl: (c[COLUMNS.sourceUrl] ?? '').trim(),
    },
  };
}

export interface GdeltImport {
  events: GdeltEvent[];
  rows: number;
  skipped: Record<SkipReason, number>;
}

/** Every row of an export file's text, tab- or comma-separated; a header row is passed over. */
export function parseGdeltExport(text: string, isState: (code: string) => boolean): GdeltImport {
  const skipped: Record<SkipReason, number> = {
    'malformed row': 0,
    'one side missing': 0,
    'same state on both sides': 0,
    'regional code': 0,
    'unknown country code': 0,
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
    else skipped[r.skip]++;
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
