// The main thread's side of reading an article: one extraction worker (extractionWorker.ts), made
// when first needed and kept, so that the second article is read warm; cancelling terminates it and
// the next request makes a new one. Each request carries an id, and its answers are routed by it.
import type { ExtractionInput } from '../domain/extraction/extractedClaim';
import type { ExtractionRequest, ExtractionWorkerMessage, RequestBody } from './extractionWorker';

const GAZETTEER_URL = new URL(`${import.meta.env.BASE_URL}gazetteer.json`, location.href).href;

type Answer = Exclude<ExtractionWorkerMessage, { type: 'progress' }>;
export type ReadResult = Exclude<Answer, { type: 'actors' } | { type: 'warm' }> | { type: 'cancelled' };

export interface Reading {
  result: Promise<ReadResult>;
  cancel(): void;
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { onProgress?: (share: number) => void; settle: (m: Answer | { type: 'cancelled' }) => void }>();

function theWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./extractionWorker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<ExtractionWorkerMessage>) => {
    const m = e.data;
    const entry = waiting.get(m.id);
    if (!entry) return;
    if (m.type === 'progress') entry.onProgress?.(m.total ? m.read / m.total : 0);
    else {
      waiting.delete(m.id);
      entry.settle(m);
    }
  };
  w.onerror = (e) => {
    e.preventDefault();
    stop(e.message || 'the extraction worker failed');
  };
  worker = w;
  return w;
}

/** Ends the worker and everything it was doing. */
function stop(message: string | null) {
  worker?.terminate();
  worker = null;
  for (const entry of waiting.values()) entry.settle(message === null ? { type: 'cancelled' } : { type: 'error', id: 0, message });
  waiting.clear();
}

function ask(request: RequestBody, onProgress?: (share: number) => void): Promise<Answer | { type: 'cancelled' }> {
  const id = nextId++;
  return new Promise((settle) => {
    waiting.set(id, { settle, ...(onProgress ? { onProgress } : {}) });
    theWorker().postMessage({ ...request, id, gazetteerUrl: GAZETTEER_URL } as ExtractionRequest);
  });
}

export function readArticle(input: ExtractionInput, onProgress: (share: number) => void): Reading {
  const result = ask({ kind: 'read', input }, onProgress).then((m) => (m.type === 'actors' || m.type === 'warm' ? ({ type: 'error', id: 0, message: 'unexpected answer' } as const) : m));
  return { result, cancel: () => stop(null) };
}

/** Starts the worker and its readers before the first article, while the reader pastes or picks it. */
export function prepareReading(): void {
  void ask({ kind: 'warm' });
}

/** The actors named in some selected words, in order: states, non-state actors, organisations, leaders. */
export async function actorsIn(text: string, published: string | null): Promise<string[]> {
  const m = await ask({ kind: 'actors', text, published });
  return m.type === 'actors' ? m.ids : [];
}
