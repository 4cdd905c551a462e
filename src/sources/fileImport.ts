// The main thread's side of opening a file: the file goes to a worker (importWorker.ts) that reads
// and checks it; its claims come back in batches and are put together here. Cancelling terminates
// the worker; nothing is changed until the result is handed on.
import type { Article, Claim } from '../domain/claims/claim';
import type { ImportResult } from './inputFormats';
import type { ImportWorkerMessage } from './importWorker';

export interface FileImport {
  result: Promise<ImportResult | { kind: 'cancelled' }>;
  cancel(): void;
}

export function importFile(file: File, known: readonly string[], loaded: readonly Article[], onPhase: (phase: 'reading' | 'checking') => void): FileImport {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  let settle: (r: ImportResult | { kind: 'cancelled' }) => void = () => undefined;
  const result = new Promise<ImportResult | { kind: 'cancelled' }>((resolve) => (settle = resolve));
  const claims: Claim[] = [];
  const refused = (message: string): ImportResult => ({ kind: 'refused', problems: [{ path: `${file.name}: the file`, message }] });
  worker.onmessage = (e: MessageEvent<ImportWorkerMessage>) => {
    const m = e.data;
    if (m.type === 'progress') onPhase(m.phase);
    else if (m.type === 'claims') for (const c of m.claims) claims.push(c);
    else {
      worker.terminate();
      if (m.type === 'error') settle(refused(`it could not be read (${m.message})`));
      else if (m.result.kind === 'claims') settle({ ...m.result, claims });
      else if (m.result.kind === 'snapshot') settle({ ...m.result, snapshot: { ...m.result.snapshot, claims } });
      else settle(m.result);
    }
  };
  worker.onerror = (e) => {
    e.preventDefault();
    worker.terminate();
    settle(refused(`it could not be read (${e.message || 'the reader failed'})`));
  };
  worker.postMessage({ file, known: [...known], loaded: [...loaded] });
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle({ kind: 'cancelled' });
    },
  };
}
