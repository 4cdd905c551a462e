// The shape of a table with a header row, told apart from an article's text: which separator its
// header uses, and whether the next lines split into as many cells. Apart from mappedCsv.ts (which
// loads the CAMEO tables) so that telling a file's format at start-up loads nothing more.
import { splitRow } from '../gdelt/gdeltLayout';

export type CsvSeparator = '\t' | ',' | ';';

/** The separator of a header line: the one of tab, comma and semicolon that splits it most. */
export function separatorOf(line: string): CsvSeparator {
  const counts = (['\t', ',', ';'] as const).map((s) => ({ s, n: line.split(s).length }));
  counts.sort((x, y) => y.n - x.n);
  return counts[0]!.s;
}

/** The cells of a row, split at the separator (quotes honoured for commas). */
export function cellsOf(line: string, separator: CsvSeparator): string[] {
  const row = line.replace(/\r$/, '');
  return (separator === ';' ? row.split(';') : splitRow(row, separator)).map((c) => c.trim());
}

/**
 * Does this text look like a table with a header row (not an article): at least three lines, a first
 * line of at least three short cells, and the next lines split into as many cells.
 */
export function looksLikeTable(head: string): boolean {
  const lines = head.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  if (lines.length < 3) return false;
  const separator = separatorOf(lines[0] ?? '');
  const header = cellsOf(lines[0] ?? '', separator);
  if (header.length < 3 || header.some((h) => h.length > 60)) return false;
  // (The last line of a head may be cut short.)
  return lines.slice(1, Math.min(lines.length - 1, 6)).every((l) => cellsOf(l, separator).length === header.length);
}
