// Everything a user brings in as text (by paste, file picker or drop) goes through here first, into
// a staging copy: nothing replaces what is loaded until it is valid, and every problem names the
// file, the place (line and column, or the field path) and what is wrong. A partly valid file offers
// its valid part, with a list of exactly what would be skipped. Which reader reads it is decided by
// inputFormats.ts.
import type { Article, DataProblem } from '../domain/claims/claim';
import { readClaimsCsv } from './claimsCsv';
import { readClaimsFile } from './claimsFile';
import { problemAt } from './checkClaims';
import { formatOf, type ImportResult } from './inputFormats';
import { parseJson } from './json';
import { checkSize, MAX_IMPORT_BYTES } from './sizeLimits';
import { isSnapshotValue, readSnapshot } from './snapshotFile';

export type { ImportResult } from './inputFormats';
export { checkSize, MAX_FILE_BYTES, MAX_IMPORT_BYTES } from './sizeLimits';

const refuse = (file: string, place: string, message: string): ImportResult => ({ kind: 'refused', problems: [problemAt(file, place, message)] });

function isBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) control++;
  }
  return head.length > 0 && control / head.length > 0.05;
}

/**
 * Read what the user brought: `name` is the file name (or "pasted text"); `loaded`, the articles
 * already in the workspace (claims that quote one of them need not bring its text).
 */
export function readImport(name: string, text: string, known: (id: string) => boolean, loaded: readonly Article[] = [], maxBytes = MAX_IMPORT_BYTES): ImportResult {
  const bytes = new Blob([text]).size;
  const sized = checkSize(name, bytes, maxBytes);
  if (sized) return sized;
  if (text.trim() === '') return refuse(name, 'the start', 'there is nothing in it but blank space');
  if (isBinary(text)) return refuse(name, 'the start', 'this is a binary file, not text, JSON or HTML');
  const format = formatOf(name, text.slice(0, 4096));
  if (format.id === 'article') {
    // Data files may be large; an article is read by extraction, which takes up to MAX_IMPORT_BYTES.
    return bytes > MAX_IMPORT_BYTES ? refuse(name, 'size', `as an article it is too long (${(bytes / 1e6).toFixed(1)} MB; articles up to ${MAX_IMPORT_BYTES / 1e6} MB)`) : { kind: 'article', text };
  }
  if (format.id === 'gdelt' || format.id === 'icews') return { kind: 'events', text };
  if (format.id === 'csv') return { kind: 'table', text };
  if (format.id === 'claims-csv') return readClaimsCsv(name, text, known, loaded);

  const parsed = parseJson(text, name);
  if ('problems' in parsed) return { kind: 'refused', problems: parsed.problems as DataProblem[] };
  if (isSnapshotValue(parsed.value)) return readSnapshot(name, parsed.value, known);
  // Entente's GeoJSON of the arcs carries its claims in an `entente` member; other GeoJSON has none.
  const value = parsed.value as { type?: unknown; entente?: unknown } | null;
  if (value && typeof value === 'object' && value.type === 'FeatureCollection') {
    if (!value.entente || typeof value.entente !== 'object') {
      return refuse(name, 'the top level', 'this GeoJSON holds no claims: Entente opens the GeoJSON of arcs it writes, whose claims ride along in its "entente" member');
    }
    return readClaimsFile(name, value.entente, known, loaded);
  }
  return readClaimsFile(name, parsed.value, known, loaded);
}
