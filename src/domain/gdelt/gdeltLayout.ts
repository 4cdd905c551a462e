// How a GDELT 2.0 event export is laid out, found from its first row: tab- or comma-separated (with
// quoting), with or without a header row. Apart from gdeltEvents.ts, which reads the rows with the
// CAMEO table, so that telling a file's format loads no table (the file picker uses it at start-up).
import { csvRows } from '../text/csv';

export type Separator = '\t' | ',';

/** A row's cells: split at tabs, or at commas outside double quotes (a quote inside quotes is doubled). */
export function splitRow(line: string, separator: Separator): string[] {
  if (separator === '\t' || !line.includes('"')) return line.split(separator);
  // (A line holds no line break: its one row, or one empty cell.)
  return csvRows(line)[0] ?? [''];
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
