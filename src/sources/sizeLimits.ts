// How large a thing Entente reads, checked before it is read (a tiny module: the file picker's first
// check needs no reader loaded).
import type { ImportResult } from './inputFormats';

/** The largest text pasted, or article read: bigger ones would stall the page. */
export const MAX_IMPORT_BYTES = 5_000_000;
/**
 * The largest file opened (read in a worker, importWorker.ts): a snapshot of 50,000 claims with
 * their articles is tens of megabytes, and what Entente writes it must read.
 */
export const MAX_FILE_BYTES = 200_000_000;

/** Refusals that need only the size: called before the file is read. */
export function checkSize(file: string, bytes: number, max = MAX_IMPORT_BYTES): ImportResult | null {
  const refuse = (place: string, message: string): ImportResult => ({ kind: 'refused', problems: [{ path: `${file}: ${place}`, message }] });
  if (bytes > max) return refuse('size', `the file is ${(bytes / 1e6).toFixed(1)} MB; Entente reads files up to ${max / 1e6} MB`);
  if (bytes === 0) return refuse('the start', 'the file is empty');
  return null;
}
