// GDELT 2.0 event exports, known by their content (a header row, or rows of 61 cells that start
// with an event id and a date; tab- or comma-separated; plain, .gz or .zip): read in a worker
// (gdeltWorker.ts) as streams, with progress, cancellable. The events become claims in the CAMEO
// vocabulary the articles use (domain/gdelt); one import is one data set.
import type { Article, Claim } from '../domain/claims/claim';
import type { GdeltProgress, SkipReason } from '../domain/gdelt/gdeltEvents';
import { gdeltLayoutOf } from '../domain/gdelt/gdeltLayout';
import { icewsHeaderOf } from '../domain/icews/icewsEvents';
import type { ColumnMapping } from '../domain/dyadic/mappedCsv';
import type { EventColumns } from '../domain/gdelt/eventsToClaims';
import type { EventImportRequest, GdeltWorkerMessage } from './gdeltWorker';

/** Claims made from an import's columns per task (about 20 ms of page work here). */
const CLAIMS_PER_TASK = 15_000;

/** A GDELT 2.0 event export by its name (`*.export.CSV`, plain, .gz or .zip), when its content cannot be read. */
export function isGdeltExport(name: string): boolean {
  return /\.export\.csv(?:\.gz|\.zip)?$/i.test(name);
}

/** Is this (the file's name and its first text, decompressed) a GDELT 2.0 event export? */
export function looksLikeGdelt(name: string, head: string): boolean {
  return head ? gdeltLayoutOf(head) !== null : isGdeltExport(name);
}

/** Is this an ICEWS coded-event file (its first line the tab-separated header the format documents)? */
export function looksLikeIcews(_name: string, head: string): boolean {
  return icewsHeaderOf(head.split('\n', 1)[0] ?? '') !== null;
}

/** How many bytes of text `readHead` gives: enough for a header row and a first row. */
const HEAD_BYTES = 16_384;

async function firstBytes(stream: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let n = 0;
  try {
    while (n < max) {
      const { value, done } = await reader.read();
      if (done || !value) break;
      parts.push(value);
      n += value.byteLength;
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
  const out = new Uint8Array(Math.min(n, max));
  let at = 0;
  for (const p of parts) {
    const take = Math.min(p.byteLength, out.length - at);
    out.set(p.subarray(0, take), at);
    at += take;
    if (at >= out.length) break;
  }
  return out;
}

/**
 * The start of a file's text, decompressed when it is gzip or a ZIP archive (its first entry), so
 * that its format is found from its content. Empty when it cannot be read that way.
 */
export async function readHead(file: Blob): Promise<string> {
  try {
    const magic = new Uint8Array(await file.slice(0, 30).arrayBuffer());
    let bytes: Uint8Array;
    if (magic[0] === 0x1f && magic[1] === 0x8b) {
      const gunzip = new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
      bytes = await firstBytes((file.stream() as ReadableStream<Uint8Array>).pipeThrough(gunzip), HEAD_BYTES);
    } else if (magic[0] === 0x50 && magic[1] === 0x4b && magic[2] === 0x03 && magic[3] === 0x04) {
      // A ZIP's first entry starts after its local header (30 bytes, its name and its extra field).
      const view = new DataView(magic.buffer);
      const method = view.getUint16(8, true);
      const start = 30 + view.getUint16(26, true) + view.getUint16(28, true);
      const body = file.slice(start).stream() as ReadableStream<Uint8Array>;
      if (method === 0) bytes = await firstBytes(body, HEAD_BYTES);
      else if (method === 8) bytes = await firstBytes(body.pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>), HEAD_BYTES);
      else return '';
    } else {
      bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    }
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return '';
  }
}

export interface GdeltImportCallbacks {
  onProgress(progress: GdeltProgress): void;
  onDone(result: { articles: Article[]; claims: Claim[]; rows: number; kept: number; skipped: Partial<Record<SkipReason, number>> }): void;
  onError(message: string): void;
}

/**
 * Reads `files` in a worker; `states` are the ISO codes of the states on the map, `names` each
 * state's names with its code (files that name countries, ICEWS). Returns how to cancel.
 */
export function importGdelt(
  files: File[],
  states: readonly string[],
  callbacks: GdeltImportCallbacks,
  names: readonly [string, string][] = [],
  mapping?: ColumnMapping,
): { cancel(): void } {
  const worker = new Worker(new URL('./gdeltWorker.ts', import.meta.url), { type: 'module' });
  let columns: EventColumns | null = null;
  let cancelled = false;
  worker.onmessage = (e: MessageEvent<GdeltWorkerMessage>) => {
    const m = e.data;
    if (m.type === 'progress') callbacks.onProgress(m);
    else if (m.type === 'columns') columns = m.columns;
    else {
      worker.terminate();
      if (m.type === 'error') callbacks.onError(m.message);
      else {
        // The claims are made from the columns a slice a task, so that none holds the page (the
        // maker loads with the first import, not at start-up).
        const made = columns;
        void import('../domain/gdelt/eventsToClaims').then(({ claimsFromColumns, splitColumns }) => {
          const claims: Claim[] = [];
          const split = made ? splitColumns(made) : { ids: [], sources: [] };
          const total = made ? made.day.length : 0;
          const step = (from: number) => {
            if (cancelled) return;
            if (made && from < total) {
              for (const c of claimsFromColumns(made, from, from + CLAIMS_PER_TASK, split)) claims.push(c);
              setTimeout(() => step(from + CLAIMS_PER_TASK), 0);
              return;
            }
            callbacks.onDone({ articles: made ? [made.article] : [], claims, rows: m.rows, kept: m.kept, skipped: m.skipped });
          };
          step(0);
        });
      }
    }
  };
  const request: EventImportRequest = { files, states: [...states], names: [...names], ...(mapping ? { mapping } : {}) };
  worker.postMessage(request);
  return {
    cancel: () => {
      cancelled = true;
      worker.terminate();
    },
  };
}
