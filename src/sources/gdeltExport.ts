// GDELT 2.0 event exports (`*.export.CSV`, plain, .gz or .zip): read in a worker (gdeltWorker.ts) as
// streams, with progress, cancellable. The events become claims in the CAMEO vocabulary the articles
// use (domain/gdelt).
import type { Article, Claim } from '../domain/claims/claim';
import type { GdeltProgress, SkipReason } from '../domain/gdelt/gdeltEvents';
import type { GdeltWorkerMessage } from './gdeltWorker';

/** A GDELT 2.0 event export, by its name (plain, .gz or .zip; compressed files cannot be sniffed as text). */
export function isGdeltExport(name: string): boolean {
  return /\.export\.csv(?:\.gz|\.zip)?$/i.test(name);
}

export interface GdeltImportCallbacks {
  onProgress(progress: GdeltProgress): void;
  onDone(result: { articles: Article[]; claims: Claim[]; rows: number; kept: number; skipped: Partial<Record<SkipReason, number>> }): void;
  onError(message: string): void;
}

/** Reads `files` in a worker; `states` are the ISO codes of the states on the map. Returns how to cancel. */
export function importGdelt(files: File[], states: readonly string[], callbacks: GdeltImportCallbacks): { cancel(): void } {
  const worker = new Worker(new URL('./gdeltWorker.ts', import.meta.url), { type: 'module' });
  const received: { articles: Article[]; claims: Claim[] } = { articles: [], claims: [] };
  worker.onmessage = (e: MessageEvent<GdeltWorkerMessage>) => {
    const m = e.data;
    if (m.type === 'progress') callbacks.onProgress(m);
    else if (m.type === 'claims') {
      for (const a of m.articles) received.articles.push(a);
      for (const c of m.claims) received.claims.push(c);
    } else {
      worker.terminate();
      if (m.type === 'error') callbacks.onError(m.message);
      else callbacks.onDone({ ...received, rows: m.rows, kept: m.kept, skipped: m.skipped });
    }
  };
  worker.postMessage({ files, states });
  return { cancel: () => worker.terminate() };
}
