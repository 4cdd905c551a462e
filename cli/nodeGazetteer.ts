// What extraction reads with on the command line: the gazetteer, read straight from world-countries,
// the tagger and the CAMEO lexicon.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gazetteerEntries } from '../geo/gazetteer.mjs';
import { seaNeighbours } from '../geo/seaNeighbours.mjs';
import { ActorFinder, type GazetteerEntry } from '../src/domain/extraction/actorFinder';
import { cameoLexicon } from '../src/domain/extraction/cameoVerbs';
import type { Readers } from '../src/domain/extraction/extractClaims';
import type { Tagger } from '../src/domain/extraction/tokens';
import { winkModel } from '../src/domain/extraction/winkModel';
import { winkTagger } from '../src/domain/extraction/winkTagger';

/** The gazetteer of states, from world-countries and world-atlas's outlines as the build makes it. */
export function nodeGazetteer(): GazetteerEntry[] {
  const require = createRequire(import.meta.url);
  const worldCountries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8'));
  const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  return gazetteerEntries(worldCountries, seaNeighbours(atlas, worldCountries));
}

export function nodeActorFinder(): ActorFinder {
  return new ActorFinder(nodeGazetteer());
}

/** wink-nlp's tagger, its model's core read from the package's JSON. */
export function nodeTagger(): Tagger {
  const require = createRequire(import.meta.url);
  const core = readFileSync(require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), 'utf8');
  return winkTagger(winkModel(() => JSON.parse(core)));
}

/** Everything extraction reads with, for the command line: actors, wink-nlp's tagger, the CAMEO lexicon. */
export function nodeReaders(): Readers {
  return { finder: nodeActorFinder(), tagger: nodeTagger(), lexicon: cameoLexicon() };
}
