// wink-eng-lite-web-model (MIT, © GRAYPE Systems), put together for the one thing extraction asks of
// it: tokens, parts of speech and lemmas (wink-nlp's 'pos' pipe). The package's own entry carries its
// whole core model as JavaScript, and its sentiment and entity models too; in the browser that is a
// 4.5 MB worker script to compile before the first article is read. Here the core model is data,
// read when wink-nlp asks for it (the worker fetches the JSON, the command line reads the file), the
// models the 'pos' pipe never runs (entities, negation, sentiment) are empty, and the rest are the
// package's own modules. What `coreModel` does is the package's read-core-model.js and
// load-core-model.js, less their deep copy of the data (ours is fresh from JSON.parse).
import loadCerMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';
import type { Model } from 'wink-eng-lite-web-model';

/** The package's eng-core-web-model.json, as JSON.parse gives it. */
export type CoreModelData = {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
};

/** A learnt automaton with no states: what wink-nlp loads for a model the pipe never runs. */
const NO_MACHINE = JSON.stringify([100, 0, {}, {}, {}, {}]);

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTET = new Uint8Array(128);
for (let k = 0; k < BASE64.length; k++) SEXTET[BASE64.charCodeAt(k)] = k;

/** The 32-bit words a base64 string holds (as the package's loader reads them, with atob, which a pure module does without). */
function wordsFromBase64(data: string): Uint32Array {
  let length = data.length;
  while (length > 0 && data.charCodeAt(length - 1) === 61) length--; // '=' padding
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  let out = 0;
  for (let k = 0; k < length; k += 4) {
    const n = ((SEXTET[data.charCodeAt(k)] as number) << 18) | ((SEXTET[data.charCodeAt(k + 1)] as number) << 12) | ((SEXTET[data.charCodeAt(k + 2)] as number) << 6) | (SEXTET[data.charCodeAt(k + 3)] as number);
    bytes[out++] = n >>> 16;
    if (out < bytes.length) bytes[out++] = (n >>> 8) & 255;
    if (out < bytes.length) bytes[out++] = n & 255;
  }
  return new Uint32Array(bytes.buffer);
}

/** The core model ready for wink-nlp, from its freshly parsed JSON (changed in place). */
function coreModel(data: CoreModelData): CoreModelData {
  const { packing, features } = data;
  data.lexicon = wordsFromBase64(data.lexicon as string);
  data.xpansions = wordsFromBase64(data.xpansions as string);
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] as number[];
    const feature = features[f];
    if (layout[3] === 0 && feature) {
      const hash: Record<string, number> = Object.create(null);
      for (let k = 0; k < feature.list.length; k++) hash[feature.list[k] as string] = k;
      feature.hash = hash;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[1] as number) >>> (layout[2] as number);
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  const lexeme = features.lexeme as CoreModelData['features'][string];
  const lexemes: Record<string, number> = Object.create(null);
  for (let k = 0; k < lexeme.list.length; k++) lexemes[lexeme.list[k] as string] = k;
  lexeme.hash = lexemes;
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = (features.posClusters as CoreModelData['features'][string]).list as unknown[];
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => data.pos.hash[e] || 0));
  return data;
}

/**
 * wink's English lite model for the 'pos' pipe. `readCore` parses eng-core-web-model.json afresh on
 * each call: every wink-nlp instance adds the words its model lacks to its own copy.
 */
export function winkModel(readCore: () => CoreModelData): Model {
  return {
    core: () => coreModel(readCore()),
    sbd: loadSbdModel,
    pos: loadPosModel,
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
    sa: () => ({ machines: [NO_MACHINE], setter: () => undefined }),
    metaCER: loadCerMetaModel,
    featureFn,
    addons: { stem, lemmatize, readabilityStats, wordVectors: undefined },
  } as Model;
}
