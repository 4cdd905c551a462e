// Reading an article, off the main thread: the worker loads the tagger (wink-nlp), the CAMEO lexicon
// and the gazetteer once, checks the language, reads the claims and posts its progress as it goes,
// so that a long article never freezes the page; cancelling terminates the worker. It also finds the
// actors named in a few selected words, for a claim made by hand. Only this worker's chunk carries
// the NLP library: the start-up bundle never does. The tagger's model is fetched as JSON, which the
// worker parses in a fraction of the time it would take to compile it as script (winkModel.ts).
import coreModelUrl from 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json?url';
import { ActorFinder, type GazetteerEntry } from '../domain/extraction/actorFinder';
import { cameoLexicon } from '../domain/extraction/cameoVerbs';
import { type Extraction, extractClaims, type ExtractionInput, type Readers } from '../domain/extraction/extractClaims';
import { type Language, languageOf, notEnglishNotice } from '../domain/extraction/language';
import { type CoreModelData, winkModel } from '../domain/extraction/winkModel';
import { winkTagger } from '../domain/extraction/winkTagger';

export type RequestBody =
  /** Load the readers now (when the dialog for a new article opens), so that reading starts warm. */
  | { kind: 'warm' }
  | { kind: 'read'; input: ExtractionInput }
  /** The actors named in `text`, in order of first mention. */
  | { kind: 'actors'; text: string; published: string | null };

export type ExtractionRequest = { id: number; gazetteerUrl: string } & RequestBody;

export type ExtractionWorkerMessage = { id: number } & (
  | { type: 'progress'; read: number; total: number }
  | { type: 'language'; language: Language & { english: false }; notice: string }
  | { type: 'done'; extraction: Extraction; actorsNamed: number; ms: number }
  | { type: 'actors'; ids: string[] }
  | { type: 'warm' }
  | { type: 'error'; message: string }
);

type Message = ExtractionWorkerMessage extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;

const scope = self as unknown as { onmessage: ((e: MessageEvent<ExtractionRequest>) => void) | null; postMessage: (m: ExtractionWorkerMessage) => void };

/** A file of the build, or an error that names it and the HTTP status. */
async function fetchOk(url: string): Promise<Response> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r;
}

let finder: Promise<ActorFinder> | null = null;
function finderFor(gazetteerUrl: string): Promise<ActorFinder> {
  finder ??= fetchOk(gazetteerUrl)
    .then((r) => r.json() as Promise<GazetteerEntry[]>)
    .then((entries) => new ActorFinder(entries));
  finder.catch(() => {
    finder = null;
  });
  return finder;
}

/**
 * Everything an article is read with. The gazetteer and the tagger's model are fetched side by side,
 * and the CAMEO lexicon is built while they arrive.
 */
let readers: Promise<Readers> | null = null;
function readersFor(gazetteerUrl: string): Promise<Readers> {
  readers ??= (async () => {
    const finder = finderFor(gazetteerUrl);
    const core = fetchOk(new URL(coreModelUrl, import.meta.url).href).then((r) => r.text());
    const lexicon = cameoLexicon();
    const coreText = await core;
    return { finder: await finder, tagger: winkTagger(winkModel(() => JSON.parse(coreText) as CoreModelData)), lexicon };
  })();
  readers.catch(() => {
    readers = null;
  });
  return readers;
}
/** Whether the warm-up was read, or is no longer needed: an article came before it. */
let warmedUp = false;

/** A few sentences of the kinds articles have, read once while the reader pastes. */
const WARM_UP =
  'Morocco and Spain signed a trade agreement on Monday. Algeria recalled its ambassador from Madrid, accusing Spain of betrayal. ' +
  '"We will not accept this," the foreign ministry said. The two countries have had tense relations since 2021, officials said.';

scope.onmessage = async (e) => {
  const request = e.data;
  const post = (m: Message) => scope.postMessage({ ...m, id: request.id } as ExtractionWorkerMessage);
  const started = performance.now();
  try {
    if (request.kind === 'actors') {
      const f = await finderFor(request.gazetteerUrl);
      post({ type: 'actors', ids: [...new Set(f.find(request.text, { published: request.published }).map((m) => m.id))] });
      return;
    }
    // An article asked for before the readers were ready is read at once, without the warm-up.
    if (request.kind === 'read') warmedUp = true;
    if (request.kind === 'warm') {
      const r = await readersFor(request.gazetteerUrl);
      if (!warmedUp) {
        warmedUp = true;
        // Read a few sentences once, so that the first article does not pay for compiling the reading
        // code (about 60 ms of a 2,000-word article's 150 ms, measured in Node).
        languageOf(WARM_UP);
        extractClaims({ id: 'warm-up', text: WARM_UP, published: '2020-01-01' }, r);
      }
      post({ type: 'warm' });
      return;
    }
    const { input } = request;
    const language = languageOf(input.text.slice(input.bodyStart ?? 0));
    if (!language.english) {
      post({ type: 'language', language, notice: notEnglishNotice(language) });
      return;
    }
    const r = await readersFor(request.gazetteerUrl);
    const extraction = extractClaims(input, r, { onProgress: (read, total) => post({ type: 'progress', read, total }) });
    const actorsNamed = new Set(r.finder.find(input.text, { published: input.published }).map((m) => m.id)).size;
    post({ type: 'done', extraction, actorsNamed, ms: performance.now() - started });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
