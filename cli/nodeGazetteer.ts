// The gazetteer for the command line, read straight from world-countries.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gazetteerEntries } from '../geo/gazetteer.mjs';
import { ActorFinder } from '../src/domain/extraction/actorFinder';

export function nodeActorFinder(): ActorFinder {
  const require = createRequire(import.meta.url);
  const worldCountries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8'));
  return new ActorFinder(gazetteerEntries(worldCountries));
}
