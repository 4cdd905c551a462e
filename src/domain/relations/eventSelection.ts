// Which coded events count (issue 17): the legend's event-data filters by CAMEO root code, QuadClass,
// root events only and the fewest sources. They choose events before the fold, so that a pair whose
// events are all left out has no event relation, and the window's counts, the panels, the list and
// the exports all count the same events. Claims read from articles are never left out by them.
//
// QuadClass is CAMEO's four-way grouping of its twenty root codes, as GDELT's QuadClass column
// gives it: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
// material conflict.
import type { Claim } from '../claims/claim';
import type { ClaimIndex } from './claimIndex';

export interface EventSelection {
  /** CAMEO root codes (1-20) whose events count; empty for all. */
  roots: readonly number[];
  /** QuadClasses (1-4) whose events count; empty for all. */
  quads: readonly number[];
  /** Only events their data set marks as the root event of their sentence (GDELT's IsRootEvent); events of data sets that do not say are kept. */
  rootOnly: boolean;
  /** Events reported by at least this many sources (GDELT's NumSources; one story for ICEWS); 1 for all. */
  minSources: number;
}

export const EVERY_EVENT: EventSelection = { roots: [], quads: [], rootOnly: false, minSources: 1 };

export const QUAD_CLASSES = [
  { quad: 1, name: 'verbal cooperation', roots: '01-05' },
  { quad: 2, name: 'material cooperation', roots: '06-08' },
  { quad: 3, name: 'verbal conflict', roots: '09-13' },
  { quad: 4, name: 'material conflict', roots: '14-20' },
] as const;

/** The QuadClass of a root code (1-20); 0 for anything else. */
export function quadOfRoot(root: number): number {
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

/** The root code of a CAMEO code ("112" -> 11, "0231" -> 2); 0 when it is not one. */
export function rootOfCode(code: string): number {
  const root = Number(code.slice(0, 2));
  return Number.isInteger(root) && root >= 1 && root <= 20 ? root : 0;
}

/** Does the selection let every event through? */
export function selectsEvery(s: EventSelection): boolean {
  return s.roots.length === 0 && s.quads.length === 0 && !s.rootOnly && s.minSources <= 1;
}

const keptRootTables = new WeakMap<EventSelection, Uint8Array>();

/** Per root code (0-20), 1 when the selection's roots and QuadClasses keep its events. */
function rootsKept(s: EventSelection): Uint8Array {
  let kept = keptRootTables.get(s);
  if (!kept) {
    kept = new Uint8Array(21);
    for (let r = 0; r <= 20; r++) kept[r] = (s.roots.length === 0 || s.roots.includes(r)) && (s.quads.length === 0 || s.quads.includes(quadOfRoot(r))) ? 1 : 0;
    keptRootTables.set(s, kept);
  }
  return kept;
}

/** The one rule: does an event with this root code, root flag and number of sources count (`kept`: the selection's rootsKept)? */
function eventCounts(kept: Uint8Array, root: number, notRoot: boolean, sources: number, s: EventSelection): boolean {
  return kept[root] === 1 && !(s.rootOnly && notRoot) && sources >= s.minSources;
}

/** Do a claim's event's code, root flag and sources pass the selection? Claims without an event (article claims) always do. */
export function claimPasses(claim: Claim, s: EventSelection): boolean {
  const event = claim.event;
  return !event || eventCounts(rootsKept(s), rootOfCode(event.code), event.root === false, event.sourceCount ?? Math.max(1, event.sources.length), s);
}

/** The claims that pass (the same array when every event does). */
export function selectClaims(claims: readonly Claim[], s: EventSelection): readonly Claim[] {
  return selectsEvery(s) ? claims : claims.filter((c) => claimPasses(c, s));
}

const masks = new WeakMap<ClaimIndex, { selection: EventSelection; left: Uint8Array }>();

/**
 * Per claim of the index, 1 when the selection leaves it out; null when it lets every claim through.
 * Read from the index's per-event numbers (not the claims), once per index and selection (a fold in
 * slices asks for it once a slice).
 */
export function eventsLeftOut(index: ClaimIndex, s: EventSelection | undefined): Uint8Array | null {
  if (!s || selectsEvery(s)) return null;
  const cached = masks.get(index);
  if (cached && cached.selection === s) return cached.left;
  const { mentions, eventRoot, eventNotRoot, eventSources } = index;
  const kept = rootsKept(s);
  const left = new Uint8Array(index.claims.length);
  for (let i = 0; i < left.length; i++) {
    if ((mentions[i] as number) === 0) continue; // a claim read from an article
    if (!eventCounts(kept, eventRoot[i] as number, eventNotRoot[i] === 1, eventSources[i] as number, s)) left[i] = 1;
  }
  masks.set(index, { selection: s, left });
  return left;
}

/** The claims that pass, from the index's mask when it is the index of these claims (the same array when every event does). */
export function selectIndexedClaims(claims: readonly Claim[], index: ClaimIndex, s: EventSelection): readonly Claim[] {
  if (selectsEvery(s)) return claims;
  if (index.claims !== claims) return selectClaims(claims, s);
  const left = eventsLeftOut(index, s) as Uint8Array;
  return claims.filter((_, i) => left[i] !== 1);
}

/** The selection in words, for notes and citation lines ("CAMEO roots 14, 18; material conflict; root events only"); '' for every event. */
export function describeSelection(s: EventSelection): string {
  const parts: string[] = [];
  if (s.roots.length > 0) parts.push(`CAMEO root${s.roots.length === 1 ? '' : 's'} ${s.roots.map((r) => String(r).padStart(2, '0')).join(', ')}`);
  if (s.quads.length > 0) parts.push(QUAD_CLASSES.filter((q) => s.quads.includes(q.quad)).map((q) => q.name).join(' or '));
  if (s.rootOnly) parts.push('root events only');
  if (s.minSources > 1) parts.push(`at least ${s.minSources} sources`);
  return parts.join('; ');
}
