// Finding an actor by what a reader types: a common name, an official name, an alternative spelling
// or an ISO code. Matching ignores case and accents; a match at the start of a name ranks above one
// inside it, and a common name above other names.
import { NON_STATE_ACTORS } from '../claims/actors';
import type { CountryIndex } from './countryIndex';

export interface SearchEntry {
  /** Actor id: ISO alpha-3 for states, a slug for non-state actors. */
  id: string;
  /** The name shown. */
  name: string;
  /** Every other name it may be found by (official name, spellings, codes). */
  aliases: string[];
}

export interface SearchHit {
  entry: SearchEntry;
  /** The name or alias that matched, to show when it is not the common name. */
  matched: string;
}

/** Lower case, without accents or punctuation, single-spaced. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Indexed {
  entry: SearchEntry;
  names: { folded: string; original: string; common: boolean }[];
}

export function searchIndex(entries: readonly SearchEntry[]): Indexed[] {
  return entries.map((entry) => ({
    entry,
    names: [
      { folded: foldForSearch(entry.name), original: entry.name, common: true },
      { folded: foldForSearch(entry.id), original: entry.id, common: false },
      ...entry.aliases.map((a) => ({ folded: foldForSearch(a), original: a, common: false })),
    ].filter((n) => n.folded.length > 0),
  }));
}

/** The best `limit` hits for `query`, best first. */
export function searchActors(index: readonly Indexed[], query: string, limit = 8): SearchHit[] {
  const q = foldForSearch(query);
  if (!q) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const { entry, names } of index) {
    let best: { score: number; matched: string } | null = null;
    for (const n of names) {
      let score: number;
      if (n.folded === q) score = 0;
      else if (n.folded.startsWith(q)) score = 1;
      else if (n.folded.split(' ').some((word) => word.startsWith(q))) score = 2;
      else if (q.length >= 3 && n.folded.includes(q)) score = 3;
      else continue;
      score = score * 2 + (n.common ? 0 : 1);
      if (!best || score < best.score) best = { score, matched: n.original };
    }
    if (best) scored.push({ hit: { entry, matched: best.matched }, score: best.score });
  }
  scored.sort((x, y) => x.score - y.score || x.hit.entry.name.localeCompare(y.hit.entry.name));
  return scored.slice(0, limit).map((s) => s.hit);
}

/** What the search box searches: every country by its names (common, official, alternative) and every non-state actor. */
export function actorSearchEntries(countries: CountryIndex): SearchEntry[] {
  return [
    ...countries.labels.features.map((f) => ({ id: f.properties.code, name: f.properties.name, aliases: [f.properties.official, ...f.properties.alt] })),
    ...Object.values(NON_STATE_ACTORS).map((a) => ({ id: a.id, name: a.name, aliases: a.aliases })),
  ];
}

/** Every name of every state on the map (common, official, other spellings) with its code: for data that names countries (ICEWS). */
export function stateNames(countries: CountryIndex): [string, string][] {
  return countries.labels.features.flatMap((f) => [f.properties.name, f.properties.official, ...f.properties.alt].filter(Boolean).map((n): [string, string] => [n, f.properties.code]));
}
