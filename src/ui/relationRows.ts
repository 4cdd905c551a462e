// The list view's rows: one per relation the filters show, with every column as text and as a value
// to sort by, and the list's own sorting and filtering (by text, in one column or in any). The rows
// the list shows are also what "Download these rows" writes.
import { CERTAINTIES, STANCES } from '../domain/claims/vocabulary';
import type { Relation } from '../domain/relations/relationsAsOf';
import { whenText } from './claimText';

export const ROW_COLUMNS = [
  { column: 'pair', label: 'Pair' },
  { column: 'stance', label: 'Stance' },
  { column: 'certainty', label: 'Certainty' },
  { column: 'date', label: 'Date' },
  { column: 'claims', label: 'Claims' },
  { column: 'from', label: 'From' },
  { column: 'events', label: 'Events in window' },
  { column: 'quote', label: 'Quote' },
] as const;

export type RowColumn = (typeof ROW_COLUMNS)[number]['column'];

export interface RelationRow {
  relation: Relation;
  /** Each column as it is shown (and searched). */
  text: Record<RowColumn, string>;
  /** Each column as it sorts: numbers for ranks and counts, text for the rest. */
  sortBy: Record<RowColumn, string | number>;
}

/** Where the relation's stance comes from (R11). */
function fromOf(r: Relation): string {
  if (r.events) return 'events';
  return r.eventsSay ? 'articles (events beside)' : 'articles';
}

export function rowsOf(relations: readonly Relation[], nameOf: (id: string) => string): RelationRow[] {
  return relations.map((r) => {
    const pair = `${nameOf(r.a)} – ${nameOf(r.b)}`;
    const date = whenText(r.decidedBy);
    const events = r.events?.inWindow ?? r.eventsSay?.inWindow ?? 0;
    const from = fromOf(r);
    const quote = r.decidedBy.evidence.quote;
    return {
      relation: r,
      text: { pair, stance: r.stance, certainty: r.certainty, date, claims: String(r.support.length), from, events: String(events), quote },
      sortBy: {
        pair,
        stance: STANCES.indexOf(r.stance),
        certainty: CERTAINTIES.indexOf(r.certainty),
        // Undated sorts last; ranges by their start.
        date: date === 'undated' ? '~' : date.replace(/^since /, ''),
        claims: r.support.length,
        from,
        events,
        quote,
      },
    };
  });
}

/** The rows whose `column` (or any column) contains `query`, ignoring case; all for an empty query. */
export function filterRows(rows: readonly RelationRow[], query: string, column: RowColumn | 'any'): RelationRow[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...rows];
  const columns = column === 'any' ? ROW_COLUMNS.map((c) => c.column) : [column];
  return rows.filter((row) => columns.some((c) => row.text[c].toLowerCase().includes(q)));
}

/** The rows sorted by a column, ascending or descending; ties keep their order. */
export function sortRows(rows: readonly RelationRow[], column: RowColumn, direction: 'ascending' | 'descending'): RelationRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => {
      const a = x.row.sortBy[column];
      const b = y.row.sortBy[column];
      const order = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
      return sign * order || x.i - y.i;
    })
    .map((x) => x.row);
}

/** The rows as CSV (every field quoted, CRLF, a byte-order mark for spreadsheets), after a "# " line citing what they are. */
export function rowsCsv(rows: readonly RelationRow[], citation: string): string {
  const field = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const lines = [
    ['pair_key', ...ROW_COLUMNS.map((c) => c.column)].map(field).join(','),
    ...rows.map((row) => [row.relation.key, ...ROW_COLUMNS.map((c) => row.text[c.column])].map(field).join(',')),
  ];
  return `\uFEFF# ${citation.replace(/[\r\n]+/g, ' ')}\r\n${lines.join('\r\n')}\r\n`;
}
