// Reading an article, off the main thread: the worker loads the tagger (wink-nlp), the CAMEO lexicon
// and the gazetteer once, checks the language, reads the claims and posts its progress as it goes,
// so that a long article never freezes the page; cancelling terminates the worker. Only this
// worker's chunk carries the NLP library: the start-up bundle never does.
import { ActorFinder, type GazetteerEntry } from '../domain/extraction/actorFinder';
import { cameoLexicon } from '../domain/extraction/cameoVerbs';
import { type Extraction, extractClaims, type ExtractionInput, type Readers } from '../domain/extraction/extractClaims';
import { type Language, languageOf, notEnglishNotice } from '../domain/extraction/language';
import { winkTagger } from '../domain/extraction/winkTagger';

export interface ExtractionRequest {
  input: ExtractionInput;
  /** Where the gazetteer is (the worker fetches it from the app's own origin). */
  gazetteerUrl: string;
}

export type ExtractionWorkerMessage =
  | { type: 'progress'; read: number; total: number }
  | { type: 'language'; language: Language & { english: false }; notice: string }
  | { type: 'done'; extraction: Extraction; actorsNamed: number; ms: number }
  | { type: 'error'; message: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<ExtractionRequest>) => void) | null; postMessage: (m: ExtractionWorkerMessage) => void };

let readers: Promise<Readers> | null = null;
function readersFor(gazetteerUrl: string): Promise<Readers> {
  readers ??= fetch(gazetteerUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`${gazetteerUrl}: HTTP ${r.status}`);
      return r.json() as Promise<GazetteerEntry[]>;
    })
    .then((entries) => ({ finder: new ActorFinder(entries), tagger: winkTagger(), lexicon: cameoLexicon() }));
  readers.catch(() => {
    readers = null;
  });
  return readers;
}

scope.onmessage = async (e) => {
  const started = performance.now();
  try {
    const { input, gazetteerUrl } = e.data;
    const language = languageOf(input.text.slice(input.bodyStart ?? 0));
    if (!language.english) {
      scope.postMessage({ type: 'language', language, notice: notEnglishNotice(language) });
      return;
    }
    const r = await readersFor(gazetteerUrl);
    const extraction = extractClaims(input, r, { onProgress: (read, total) => scope.postMessage({ type: 'progress', read, total }) });
    const actorsNamed = new Set(r.finder.find(input.text, { published: input.published }).map((m) => m.id)).size;
    scope.postMessage({ type: 'done', extraction, actorsNamed, ms: performance.now() - started });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
