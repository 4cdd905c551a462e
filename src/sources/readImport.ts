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
import { isSnapshotValue, readSnapshot } from './snapshotFile';

export type { ImportResult } from './inputFormats';

/** The largest file read, checked before reading it: bigger ones would stall the page. */
export const MAX_IMPORT_BYTES = 5_000_000;

const refuse = (file: string, place: string, message: string): ImportResult => ({ kind: 'refused', problems: [problemAt(file, place, message)] });

/** Refusals that need only the size: called before the file is read. */
export function checkSize(file: string, bytes: number): ImportResult | null {
  if (bytes > MAX_IMPORT_BYTES) {
    return refuse(file, 'size', `the file is ${(bytes / 1e6).toFixed(1)} MB; Entente reads files up to ${MAX_IMPORT_BYTES / 1e6} MB`);
  }
  if (bytes === 0) return refuse(file, 'the start', 'the file is empty');
  return null;
}

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
export function readImport(name: string, text: string, known: (id: string) => boolean, loaded: readonly Article[] = []): ImportResult {
  const sized = checkSize(name, new Blob([text]).size);
  if (sized) return sized;
  if (text.trim() === '') return refuse(name, 'the start', 'there is nothing in it but blank space');
  if (isBinary(text)) return refuse(name, 'the start', 'this is a binary file, not text, JSON or HTML');
  const format = formatOf(name, text.slice(0, 4096));
  if (format.id === 'article') return { kind: 'article', text };
  if (format.id === 'gdelt') return { kind: 'events', text };
  if (format.id === 'claims-csv') return readClaimsCsv(name, text, known, loaded);

  const parsed = parseJson(text, name);
  if ('problems' in parsed) return { kind: 'refused', problems: parsed.problems as DataProblem[] };
  return isSnapshotValue(parsed.value) ? readSnapshot(name, parsed.value, known) : readClaimsFile(name, parsed.value, known, loaded);
}
