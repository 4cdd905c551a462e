// What extraction reads with on the command line: the gazetteer, read straight from world-countries,
// the tagger and the CAMEO lexicon.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gazetteerEntries } from '../geo/gazetteer.mjs';
import { ActorFinder, type GazetteerEntry } from '../src/domain/extraction/actorFinder';
import { cameoLexicon } from '../src/domain/extraction/cameoVerbs';
import type { Readers } from '../src/domain/extraction/extractClaims';
import { winkTagger } from '../src/domain/extraction/winkTagger';

/** The gazetteer of states, from world-countries as the build makes it. */
export function nodeGazetteer(): GazetteerEntry[] {
  const require = createRequire(import.meta.url);
  return gazetteerEntries(JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')));
}

export function nodeActorFinder(): ActorFinder {
  return new ActorFinder(nodeGazetteer());
}

/** Everything extraction reads with, for the command line: actors, wink-nlp's tagger, the CAMEO lexicon. */
export function nodeReaders(): Readers {
  return { finder: nodeActorFinder(), tagger: winkTagger(), lexicon: cameoLexicon() };
}
