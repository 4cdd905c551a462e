// The main thread's side of reading an article: one extraction worker (extractionWorker.ts), made
// when the first article is read and kept, so that the second is read warm; cancelling terminates
// it and the next reading makes a new one.
import type { ExtractionInput } from '../domain/extraction/extractClaims';
import type { ExtractionRequest, ExtractionWorkerMessage } from './extractionWorker';

const GAZETTEER_URL = new URL(`${import.meta.env.BASE_URL}gazetteer.json`, location.href).href;

export type ReadResult = Exclude<ExtractionWorkerMessage, { type: 'progress' }> | { type: 'cancelled' };

export interface Reading {
  result: Promise<ReadResult>;
  cancel(): void;
}

let worker: Worker | null = null;

export function readArticle(input: ExtractionInput, onProgress: (share: number) => void): Reading {
  worker ??= new Worker(new URL('./extractionWorker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  let settle: (r: ReadResult) => void = () => {};
  const result = new Promise<ReadResult>((resolve) => {
    settle = resolve;
  });
  w.onmessage = (e: MessageEvent<ExtractionWorkerMessage>) => {
    const m = e.data;
    if (m.type === 'progress') onProgress(m.total ? m.read / m.total : 0);
    else settle(m);
  };
  w.onerror = (e) => {
    e.preventDefault();
    worker = null;
    w.terminate();
    settle({ type: 'error', message: e.message || 'the extraction worker failed' });
  };
  const request: ExtractionRequest = { input, gazetteerUrl: GAZETTEER_URL };
  w.postMessage(request);
  return {
    result,
    cancel: () => {
      w.terminate();
      if (worker === w) worker = null;
      settle({ type: 'cancelled' });
    },
  };
}
