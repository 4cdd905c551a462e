// Any dyadic CSV (one row per event or relation between two actors), read through a column mapping
// as kepler.gl and flowmap.blue map columns: which column is the source, the target, the date, the
// CAMEO code or the stance, and optionally the weight and the Goldstein score. Rows become the same
// events between states as GDELT's and ICEWS's, in the CAMEO vocabulary; every row is kept or counted
// under a reason. Actors are ISO 3166 alpha-3 codes (as GDELT and CAMEO code countries) or names.
import { isCameoCode } from '../cameo/cameoNames';
import { stanceOfCameo } from '../cameo/cameoStance';
import { STANCES, type Stance } from '../claims/vocabulary';
import type { GdeltEvent, RowResult, SkipReason } from '../gdelt/gdeltEvents';
import { type CsvSeparator, cellsOf, separatorOf } from './tableShape';

export { type CsvSeparator, cellsOf, looksLikeTable, separatorOf } from './tableShape';

/** The data set name of events read through a column mapping. */
export const MAPPED_DATASET = 'CSV';

/** Column positions (0-based) of each field; null where the file has none. */
export interface ColumnMapping {
  separator: CsvSeparator;
  source: number | null;
  target: number | null;
  date: number | null;
  /** A CAMEO event code; where there is one, the stance comes from it. */
  code: number | null;
  /** A stance word (cooperative, warming, tense, severed, hostile), used where there is no code. */
  stance: number | null;
  /** How much the row weighs (mentions, events, count); 1 where absent. */
  weight: number | null;
  goldstein: number | null;
}

export type MappedField = Exclude<keyof ColumnMapping, 'separator'>;

/** The fields, in the order the mapping dialog asks for them, with what each is. */
export const MAPPED_FIELDS: readonly { field: MappedField; label: string; required: boolean }[] = [
  { field: 'source', label: 'Source (who acts: a country code or name)', required: true },
  { field: 'target', label: 'Target (on whom)', required: true },
  { field: 'date', label: 'Date (YYYY-MM-DD or YYYYMMDD)', required: true },
  { field: 'code', label: 'CAMEO event code', required: false },
  { field: 'stance', label: 'Stance (cooperative … hostile)', required: false },
  { field: 'weight', label: 'Weight (mentions or count)', required: false },
  { field: 'goldstein', label: 'Goldstein score', required: false },
];

/** Header names each field is guessed from (lower case, spaces and punctuation dropped). */
const GUESSES: Record<MappedField, string[]> = {
  source: ['source', 'sourcecountry', 'actor1', 'actor1countrycode', 'actor1code', 'from', 'origin', 'country1', 'sourcecode', 'src'],
  target: ['target', 'targetcountry', 'actor2', 'actor2countrycode', 'actor2code', 'to', 'dest', 'destination', 'country2', 'targetcode', 'dst'],
  date: ['date', 'eventdate', 'day', 'sqldate', 'when', 'time'],
  code: ['cameo', 'cameocode', 'eventcode', 'code', 'cameoeventcode'],
  stance: ['stance', 'relation', 'type'],
  weight: ['weight', 'mentions', 'nummentions', 'count', 'events', 'n', 'numevents', 'value'],
  goldstein: ['goldstein', 'goldsteinscale', 'intensity'],
};

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A mapping guessed from a header row: each field the first column whose name is one of its guesses. */
export function guessMapping(headerLine: string): { header: string[]; mapping: ColumnMapping } {
  const separator = separatorOf(headerLine.replace(/^\uFEFF/, ''));
  const header = cellsOf(headerLine.replace(/^\uFEFF/, ''), separator).map((c) => c.trim().replace(/^"|"$/g, ''));
  const names = header.map(squash);
  const used = new Set<number>();
  const pick = (field: MappedField): number | null => {
    for (const guess of GUESSES[field]) {
      const i = names.indexOf(guess);
      if (i >= 0 && !used.has(i)) {
        used.add(i);
        return i;
      }
    }
    return null;
  };
  const mapping: ColumnMapping = { separator, source: null, target: null, date: null, code: null, stance: null, weight: null, goldstein: null };
  for (const { field } of MAPPED_FIELDS) mapping[field] = pick(field);
  return { header, mapping };
}

/** What keeps a mapping from being read, in words; null when it can be. */
export function mappingProblem(m: ColumnMapping): string | null {
  const missing = MAPPED_FIELDS.filter((f) => f.required && m[f.field] === null).map((f) => f.field);
  if (missing.length) return `Choose a column for ${missing.join(', ')}.`;
  if (m.code === null && m.stance === null) return 'Choose a column for the CAMEO code or for the stance.';
  if (m.source === m.target) return 'Source and target must be different columns.';
  return null;
}

/** A date cell as YYYY-MM-DD (from YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD, with any time after it); null when it is not one. */
export function dateOfCell(cell: string): string | null {
  const m = /^(\d{4})[-/]?(\d{2})[-/]?(\d{2})(?:$|[T\s])/.exec(cell.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.getUTCMonth() + 1 === Number(mo) && date.getUTCDate() === Number(d) ? `${y}-${mo}-${d}` : null;
}

/**
 * One data row through a mapping, as an event with this id (unique in the workspace: the file's name
 * and the row's number). `codeOf` gives a state's code from a cell (an alpha-3 code of a state on the
 * map, or one of its names); undefined when it names no state on the map.
 */
export function parseMappedRow(line: string, m: ColumnMapping, codeOf: (cell: string) => string | undefined, id: string, dataset = MAPPED_DATASET): RowResult {
  const c = cellsOf(line, m.separator);
  const cell = (i: number | null) => (i === null ? '' : (c[i] ?? '').trim().replace(/^"|"$/g, ''));
  const widest = Math.max(...[m.source, m.target, m.date].map((i) => i ?? 0));
  if (c.length <= widest) return { skip: 'malformed row' };
  const date = dateOfCell(cell(m.date));
  if (!date) return { skip: 'unreadable date' };
  const aCell = cell(m.source);
  const bCell = cell(m.target);
  if (!aCell || !bCell) return { skip: 'one side missing' };
  const a = codeOf(aCell);
  const b = codeOf(bCell);
  if (!a || !b) return { skip: /^[A-Za-z]{3}$/.test(aCell) && /^[A-Za-z]{3}$/.test(bCell) ? 'unknown country code' : 'unknown country name' };
  if (a === b) return { skip: 'same state on both sides' };
  let stance: Stance;
  let eventCode = '';
  let action: string;
  const rawCode = cell(m.code);
  if (m.code !== null && rawCode !== '') {
    // (Spreadsheets drop a code's leading zero: "42" is 042.)
    eventCode = [rawCode, `0${rawCode}`].find((code) => isCameoCode(code)) ?? '';
    const found = eventCode ? stanceOfCameo(eventCode) : null;
    if (!found) return { skip: 'not a CAMEO code' };
    stance = found.stance;
    action = found.name;
  } else {
    const word = cell(m.stance).toLowerCase();
    if (!(STANCES as readonly string[]).includes(word)) return { skip: 'unknown stance' };
    stance = word as Stance;
    action = `${stance} (as the file says)`;
  }
  const weight = m.weight === null ? 1 : Number(cell(m.weight));
  const goldstein = Number(cell(m.goldstein));
  return {
    event: {
      id,
      date,
      a,
      b,
      aName: aCell,
      bName: bCell,
      eventCode,
      stance,
      action,
      quadClass: 0,
      goldstein: m.goldstein !== null && Number.isFinite(goldstein) ? Math.max(-10, Math.min(10, goldstein)) : 0,
      mentions: Number.isFinite(weight) && weight >= 1 ? Math.round(weight) : 1,
      sourceUrl: '',
      dataset,
    } satisfies GdeltEvent,
  };
}

/**
 * A mapping from a spec as the command line gives it ("source=Actor1,target=Actor2,date=Day,code=Code"),
 * each column by its header name or its number from 1, over the guess from the header; or what is wrong.
 */
export function mappingFromSpec(headerLine: string, spec: string): { mapping: ColumnMapping } | { problem: string } {
  const { header, mapping } = guessMapping(headerLine);
  for (const part of spec.split(',').filter(Boolean)) {
    const [field, column = ''] = part.split('=').map((x) => x.trim());
    const known = MAPPED_FIELDS.find((f) => f.field === field);
    if (!known) return { problem: `"${field}" is not a field; the fields are ${MAPPED_FIELDS.map((f) => f.field).join(', ')}` };
    const byName = header.findIndex((h) => h.toLowerCase() === column.toLowerCase());
    const index = byName >= 0 ? byName : /^\d+$/.test(column) && Number(column) >= 1 && Number(column) <= header.length ? Number(column) - 1 : -1;
    if (index < 0 && column !== '') return { problem: `no column "${column}" for ${field}; the columns are ${header.join(', ')}` };
    mapping[known.field] = index < 0 ? null : index;
  }
  const problem = mappingProblem(mapping);
  return problem ? { problem: `${problem} The columns are ${header.join(', ')}.` } : { mapping };
}

/** Every row of a table's text through a mapping (its first line the header), each row's id from `stem` and its line number. */
export function parseMappedExport(text: string, mapping: ColumnMapping, codeOf: (cell: string) => string | undefined, stem: string) {
  const events: GdeltEvent[] = [];
  const skipped: Partial<Record<SkipReason, number>> = {};
  let rows = 0;
  text.split('\n').forEach((line, i) => {
    if (i === 0 || line.trim() === '') return;
    rows++;
    const r = parseMappedRow(line, mapping, codeOf, `csv-${stem}-${i + 1}`);
    if ('event' in r) events.push(r.event);
    else skipped[r.skip] = (skipped[r.skip] ?? 0) + 1;
  });
  return { events, rows, skipped };
}
