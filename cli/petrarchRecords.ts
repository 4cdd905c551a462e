// PETRARCH2's unit-test sentences (../shared/data/petrarch2/PETR.UnitTest.records.xml, MIT) as a
// check of extraction: each sentence comes with the events PETRARCH2 codes in it; those between two
// states, whose CAMEO code is a relation in an article (triggers.ts: articleStance), become an
// expected (pair, stance). Most sentences are about the invented states of PETRARCH's validation
// dictionary (Arnor, Gondor, Osgiliath ...); FICTIONAL_STATES below names them for Entente's actor
// finder, written for this check from the sentences themselves.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GazetteerEntry } from '../src/domain/extraction/actorFinder';
import { extractClaims, type Readers } from '../src/domain/extraction/extractClaims';
import { articleStance } from '../src/domain/extraction/triggerWords';

/** Run from the project's root, beside ../shared. */
export const PETRARCH_RECORDS = join(process.cwd(), '../shared/data/petrarch2/PETR.UnitTest.records.xml');

/** The invented states the sentences name, with the names, people and places that stand for them. */
export const FICTIONAL_STATES: GazetteerEntry[] = [
  { id: 'ARN', names: ['Arnor'], demonyms: ['Arnorian'], capitals: [] },
  { id: 'GON', names: ['Gondor', 'Anorien'], demonyms: ['Gondorian'], capitals: ['Minas Tirith'] },
  { id: 'OSG', names: ['Osgiliath'], demonyms: [], capitals: [] },
  { id: 'ERI', names: ['Eriador'], demonyms: ['Eriadori', 'Eriadorian'], capitals: [] },
  { id: 'BRE', names: ['Bree', 'Romendacil'], demonyms: [], capitals: [] },
  { id: 'CAL', names: ['Calenardhon', 'Calimehtar'], demonyms: [], capitals: [] },
  { id: 'ITH', names: ['Ithilen'], demonyms: [], capitals: [] },
  { id: 'MOR', names: ['Mordor', 'Barad-dur', 'Cirith Ungol'], demonyms: [], capitals: [] },
  { id: 'DAG', names: ['Dagolath', 'Telemar'], demonyms: ['Dagolathi'], capitals: [] },
  { id: 'FOR', names: ['Fornost'], demonyms: [], capitals: [] },
  { id: 'DOL', names: ['Dol Amroth'], demonyms: [], capitals: [] },
  { id: 'ROH', names: ['Rohan'], demonyms: ['Rohan'], capitals: [] },
  { id: 'HOB', names: ['Bilbo', 'Frodo', 'Gollum', 'Smeagol', 'Slinker', 'Stinker', 'Sam Gamgee', 'Hamfast Gamgee', 'Elfstan Fairbairn'], demonyms: [], capitals: [] },
  { id: 'SHR', names: ['Michel Delving', 'White Downs', 'Doderic Brandybuck'], demonyms: [], capitals: [] },
];

export interface PetrarchCase {
  id: string;
  text: string;
  published: string;
  /** Expected "A|B|stance" keys, the pair sorted. */
  expected: string[];
}

/** The records with at least one event between two states that is a relation in an article. */
export function petrarchCases(knownStates: ReadonlySet<string>): PetrarchCase[] {
  if (!existsSync(PETRARCH_RECORDS)) return [];
  const xml = readFileSync(PETRARCH_RECORDS, 'utf8');
  const cases: PetrarchCase[] = [];
  for (const m of xml.matchAll(/<Sentence ([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const attrs = m[1] ?? '';
    const body = m[2] ?? '';
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1]?.replace(/\s+/g, ' ').trim();
    const date = /date="(\d{4})(\d{2})(\d{2})"/.exec(attrs);
    if (!text || !date) continue;
    const expected = new Set<string>();
    for (const e of body.matchAll(/sourcecode="([^"]*)" targetcode="([^"]*)" eventcode="([^"]*)"/g)) {
      const a = (e[1] ?? '').slice(0, 3);
      const b = (e[2] ?? '').slice(0, 3);
      const stance = articleStance(e[3] ?? '');
      if (!knownStates.has(a) || !knownStates.has(b) || a === b || !stance) continue;
      expected.add(`${[a, b].sort().join('|')}|${stance}`);
    }
    if (expected.size) cases.push({ id: /id="([^"]*)"/.exec(attrs)?.[1] ?? '?', text, published: `${date[1]}-${date[2]}-${date[3]}`, expected: [...expected] });
  }
  return cases;
}

export interface PetrarchResult {
  /** Expected events found with their pair and stance. */
  found: number;
  /** Expected events whose pair is found, whatever its stance. */
  pairs: number;
  expected: number;
  misses: string[];
}

/**
 * How many expected events extraction finds, and which it misses. The codes come from PETRARCH's
 * validation dictionary, not CAMEO 2.0 ("restore full diplomatic ties" is coded 064 there), so the
 * pair alone is counted too.
 */
export function runPetrarchCases(cases: readonly PetrarchCase[], readers: Readers): PetrarchResult {
  const result: PetrarchResult = { found: 0, pairs: 0, expected: 0, misses: [] };
  for (const c of cases) {
    const claims = extractClaims({ id: c.id, text: c.text, published: c.published }, readers).claims;
    const keys = new Set(claims.map((x) => `${[x.a, x.b].sort().join('|')}|${x.stance}`));
    const pairs = new Set(claims.map((x) => [x.a, x.b].sort().join('|')));
    for (const k of c.expected) {
      result.expected++;
      if (keys.has(k)) result.found++;
      if (pairs.has(k.split('|').slice(0, 2).join('|'))) result.pairs++;
      if (!keys.has(k)) result.misses.push(`${c.id}: ${k} (found: ${claims.map((x) => `${x.a}-${x.b} ${x.stance}`).join(', ') || 'nothing'}) | ${c.text}`);
    }
  }
  return result;
}
