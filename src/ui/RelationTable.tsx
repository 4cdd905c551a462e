// The list view: every relation the filters show as a table a screen reader can read, in sync with
// the map's filters and selection; sortable by any column (a click on its header), filterable by
// text in any column or one, and downloadable as CSV (the rows shown, after a line citing them).
import { useMemo, useState } from 'react';
import type { Relation } from '../domain/relations/relationsAsOf';
import { STANCE_PATTERN_NAME, stanceColour } from '../domain/relations/arcStyle';
import { download } from '../export/download';
import { exportFileName } from '../export/fileName';
import { filterRows, ROW_COLUMNS, type RowColumn, rowsCsv, rowsOf, sortRows } from './relationRows';

export interface RelationTableProps {
  relations: Relation[];
  asOf: string;
  isSelected: (relation: Relation) => boolean;
  nameOf: (id: string) => string;
  onSelectPair: (key: string) => void;
  hiddenCount: number;
  /** The line that cites what the rows are (sources, date, filters), written first in the download. */
  citation: string;
}

/** Rows drawn at first; the rest on demand (tens of thousands of rows would hold the page). */
const PAGE = 500;

export function RelationTable({ relations, asOf, isSelected, nameOf, onSelectPair, hiddenCount, citation }: RelationTableProps) {
  const [sort, setSort] = useState<{ column: RowColumn; direction: 'ascending' | 'descending' } | null>(null);
  const [query, setQuery] = useState('');
  const [column, setColumn] = useState<RowColumn | 'any'>('any');
  const [limit, setLimit] = useState(PAGE);
  const rows = useMemo(() => rowsOf(relations, nameOf), [relations, nameOf]);
  const shown = useMemo(() => {
    const kept = filterRows(rows, query, column);
    return sort ? sortRows(kept, sort.column, sort.direction) : kept;
  }, [rows, query, column, sort]);
  const sortBy = (c: RowColumn) =>
    setSort((s) => (s?.column === c ? { column: c, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { column: c, direction: 'ascending' }));
  const filtered = shown.length < rows.length;
  return (
    <section className="list-view" aria-labelledby="list-title">
      <h2 id="list-title">Relations as of {asOf}</h2>
      <p className="meta" data-testid="list-count">
        {filtered ? `${shown.length} of ` : ''}
        {relations.length} relation{relations.length === 1 ? '' : 's'} shown
        {hiddenCount > 0 ? `, ${hiddenCount} hidden by the filters` : ''}.
      </p>
      <div className="list-tools">
        <label>
          Find{' '}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Find in the list" placeholder="text in the rows" />
        </label>{' '}
        <label>
          in{' '}
          <select value={column} onChange={(e) => setColumn(e.target.value as RowColumn | 'any')} aria-label="Column to find in">
            <option value="any">any column</option>
            {ROW_COLUMNS.map((c) => (
              <option key={c.column} value={c.column}>
                {c.label}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={() => download(rowsCsv(shown, citation), exportFileName('relations', asOf, 'csv', filtered ? 'found' : undefined), 'text/csv')}>
          Download these {shown.length} rows (CSV)
        </button>
      </div>
      <table>
        <thead>
          <tr>
            {ROW_COLUMNS.map((c) => (
              <th key={c.column} scope="col" aria-sort={sort?.column === c.column ? sort.direction : undefined}>
                <button type="button" className="sort" onClick={() => sortBy(c.column)}>
                  {c.label}
                  <span aria-hidden="true">{sort?.column === c.column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, limit).map(({ relation: r, text }) => {
            const selected = isSelected(r);
            return (
              <tr key={r.key} className={selected ? 'selected' : undefined} aria-current={selected ? 'true' : undefined} data-pair={r.key}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelectPair(r.key)}>
                    {text.pair}
                  </button>
                </th>
                <td>
                  <span className="swatch" style={{ background: stanceColour(r.stance) }} aria-hidden="true" /> {r.stance}
                  <span className="visually-hidden"> ({STANCE_PATTERN_NAME[r.stance]})</span>
                </td>
                <td>{text.certainty}</td>
                <td>{text.date}</td>
                <td>{text.claims}</td>
                <td>{text.from}</td>
                <td>{text.events}</td>
                <td className="quote">“{text.quote}”</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length > limit && (
        <button type="button" className="link" onClick={() => setLimit(shown.length)}>
          Show all {shown.length} rows ({limit} shown)
        </button>
      )}
    </section>
  );
}
