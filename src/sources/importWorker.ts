// Reading an opened file off the main thread: its text, the JSON parse and the check of every claim
// (tens of thousands in a large snapshot) run here, so the page stays responsive and the user can
// cancel. The result goes back in parts: the claims in batches, then the rest, so that no single
// message takes the main thread long to receive.
import type { Article, Claim } from '../domain/claims/claim';
import { readImport, type ImportResult } from './readImport';
import { MAX_FILE_BYTES } from './sizeLimits';

export interface ImportRequest {
  file: File;
  /** The actor ids Entente knows (states, non-state actors, organisations). */
  known: string[];
  /** The articles already loaded: claims that quote one of them need not bring its text. */
  loaded: Article[];
}

export type ImportWorkerMessage =
  | { type: 'progress'; phase: 'reading' | 'checking' }
  | { type: 'claims'; claims: Claim[] }
  /** The result, its claims sent before it in batches (here an empty list). */
  | { type: 'done'; result: ImportResult }
  | { type: 'error'; message: string };

/** Claims per message. */
const BATCH = 1000;

const scope = self as unknown as { onmessage: ((e: MessageEvent<ImportRequest>) => void) | null; postMessage: (m: ImportWorkerMessage) => void };

scope.onmessage = async (e) => {
  const { file, known, loaded } = e.data;
  try {
    scope.postMessage({ type: 'progress', phase: 'reading' });
    const text = await file.text();
    scope.postMessage({ type: 'progress', phase: 'checking' });
    const knownIds = new Set(known);
    const result = readImport(file.name, text, (id) => knownIds.has(id), loaded, MAX_FILE_BYTES);
    const claims = result.kind === 'claims' ? result.claims : result.kind === 'snapshot' ? result.snapshot.claims : [];
    for (let i = 0; i < claims.length; i += BATCH) scope.postMessage({ type: 'claims', claims: claims.slice(i, i + BATCH) });
    const rest: ImportResult =
      result.kind === 'claims' ? { ...result, claims: [] } : result.kind === 'snapshot' ? { ...result, snapshot: { ...result.snapshot, claims: [] } } : result;
    scope.postMessage({ type: 'done', result: rest });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
