// The map-content pipeline, its stages and their scheduling in one place:
//
//   workspace data ─► claims on the map ─► index ─► fold as of the date ─► filters ─► level of detail ─► arcs
//                      (accepted, or          (once per     (relations of       (legend)    (strongest N for
//                       unreviewed too)        set of        the date)                      the zoom)
//                                              claims)
//
// New claims go through the stages one task at a time (`useLater`; the index reads them a slice a
// task, `useClaimIndex`): with a day of GDELT events or a large snapshot (tens of thousands of
// claims) each task takes tens of milliseconds, instead of one task that blocks the page for hundreds. A date move or a filter folds and draws in one render. The filtered relations
// (`shown`) feed everything a reader sees: the map, the counts, the list view, the panels, the exports.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Claim } from '../domain/claims/claim';
import type { CountryIndex } from '../domain/geo/countryIndex';
import type { LngLat } from '../domain/geo/greatCircleArc';
import { DETAIL_LEVELS, strongest } from '../domain/relations/levelOfDetail';
import { sameRings } from '../domain/relations/locationTotals';
import type { PairKey } from '../domain/relations/pairKey';
import { type Basis, type ClaimIndex, type FoldOptions, foldPairs, indexBuilder, indexClaims, type PublishedDates, publishedDates, type Relation, relationsFromIndex } from '../domain/relations/relationsAsOf';
import { actorEvents, actorEventsOfClaims } from '../domain/relations/actorEvents';
import { type EventSelection, eventsLeftOut, selectIndexedClaims } from '../domain/relations/eventSelection';
import { type Filters, shownRelations } from '../state/filters';
import { claimsOnMap, statusOf, type WorkspaceData } from '../state/workspaceData';
import { arcsOf, deriveBase, type DerivedMap, totalsOf } from './deriveMap';
import { claimDaysOfIndex } from '../ui/timelineMarks';

/**
 * `value`, one task later: the render that uses it runs in a task of its own, after the page has
 * painted the change that made it. (React's useDeferredValue would not do: inside a deferred render
 * it hands back the new value at once, so a chain of them is one long render.)
 */
export function useLater<T>(value: T): T {
  const [later, setLater] = useState(() => value);
  useEffect(() => {
    if (Object.is(later, value)) return;
    const timer = setTimeout(() => setLater(() => value), 0);
    return () => clearTimeout(timer);
  }, [later, value]);
  return later;
}

/**
 * `work` over [0, total) a `step` at a time, one task each from the next task on, then `done`; the
 * cleanup an effect returns (it stops what is left). So that no task holds the page.
 */
function inSlices(total: number, step: number, work: (from: number, to: number) => void, done: () => void): () => void {
  let timer: ReturnType<typeof setTimeout>;
  let from = 0;
  const slice = () => {
    work(from, from + step);
    from += step;
    if (from >= total) done();
    else timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => clearTimeout(timer);
}

/** Claims read per task when a new set of claims is indexed (about 20 ms of page work here). */
const INDEX_STEP = 12_000;

/**
 * The index of `claims`, a task after they change, read INDEX_STEP claims a task (most sets in
 * one), so that no task holds the page however many claims arrived. Until it is built the index of
 * the claims before stays (the map keeps its arcs).
 */
function useClaimIndex(claims: readonly Claim[], published: PublishedDates): { index: ClaimIndex; current: boolean } {
  const [built, setBuilt] = useState(() => ({ claims, published, index: indexClaims(claims, published) }));
  useEffect(() => {
    if (built.claims === claims && built.published === published) return;
    const builder = indexBuilder(claims, published);
    return inSlices(claims.length, INDEX_STEP, (_, to) => builder.readUpTo(to), () => setBuilt({ claims, published, index: builder.done() }));
  }, [claims, published, built]);
  return { index: built.index, current: built.claims === claims && built.published === published };
}

/** Up to this many claims a new date or window is folded at once, in the render that moves it; over it, in slices. */
const FOLD_AT_ONCE_UP_TO = 50_000;
/** Claims folded per task when a fold is sliced (a few tens of milliseconds of page work here). */
const FOLD_CLAIMS = 40_000;

/** The pair indexes at which slices of about `claims` claims each end (the last is the number of pairs). */
function claimSliceEnds(index: ClaimIndex, claims: number): number[] {
  const ends: number[] = [];
  let next = claims;
  for (let p = 0; p < index.pairs.length; p++) {
    if ((index.offsets[p + 1] as number) >= next) {
      ends.push(p + 1);
      next = (index.offsets[p + 1] as number) + claims;
    }
  }
  if (ends[ends.length - 1] !== index.pairs.length) ends.push(index.pairs.length);
  return ends;
}

/**
 * The relations of `index` as of `asOf`, folded a slice of about FOLD_CLAIMS claims a task (a hub's
 * pairs hold many), then `done` with them; the cleanup an effect returns.
 */
function foldInSlices(index: ClaimIndex, asOf: string, options: FoldOptions, done: (relations: Map<PairKey, Relation>) => void): () => void {
  const relations = new Map<PairKey, Relation>();
  const ends = claimSliceEnds(index, FOLD_CLAIMS);
  return inSlices(ends.length, 1, (k) => foldPairs(index, asOf, k === 0 ? 0 : (ends[k - 1] as number), ends[k] as number, relations, options), () => done(relations));
}

/**
 * The relations of `index` as of `asOf`: a new index (new claims) is folded a task after it arrives,
 * a slice of claims a task, while the relations before stay; a new date over the same index is folded
 * at once, in the render that moves it (over a large index, in slices as well).
 */
function useFoldedRelations(index: ClaimIndex, asOf: string, options: FoldOptions): { index: ClaimIndex; relations: Map<PairKey, Relation> } {
  const [folded, setFolded] = useState(() => ({ index, asOf, options, relations: relationsFromIndex(index, asOf, options) }));
  const indexNow = useRef(index);
  indexNow.current = index;
  useEffect(() => {
    if (folded.index === index) return;
    return foldInSlices(index, asOf, options, (relations) => setFolded({ index, asOf, options, relations }));
    // (A date moved while a new index is folded: the fold goes on at the date it began with, and the
    // render below folds the new date once it is done.)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, folded.index]);
  // Over a large index a new date or window is folded in slices too, the relations before staying
  // until it is done: at once it was one task of over 100 ms with 200,000 events. A fold under way
  // is not restarted by the next move (playback would never see one finish); it finishes, and the
  // next starts from the date then.
  const large = index.claims.length > FOLD_AT_ONCE_UP_TO;
  const job = useRef<(() => void) | null>(null);
  useEffect(() => () => job.current?.(), []);
  useEffect(() => {
    if (!large || folded.index !== index || job.current || (folded.asOf === asOf && folded.options === options)) return;
    job.current = foldInSlices(index, asOf, options, (relations) => {
      job.current = null;
      if (indexNow.current === index) setFolded({ index, asOf, options, relations });
    });
  }, [large, folded, index, asOf, options]);
  const moved = useMemo(
    () => (large || (folded.asOf === asOf && folded.options === options) ? folded.relations : relationsFromIndex(folded.index, asOf, options)),
    [folded, asOf, options, large],
  );
  return { index: folded.index, relations: moved };
}

export interface MapContentInput {
  data: WorkspaceData;
  countries: CountryIndex;
  asOf: string;
  filters: Filters;
  /** The days before the date whose events decide a pair's stance (R10). */
  eventWindow: number;
  /** Relations from articles and events, articles only, or events only (R11). */
  basis: Basis;
  /** Which coded events count (the legend's event-data filters). */
  eventSelection: EventSelection;
  showUnreviewed: boolean;
}

export function useMapContent({ data, countries, asOf, filters, eventWindow, basis, eventSelection, showUnreviewed }: MapContentInput) {
  const settledData = useLater(data);
  const mapClaims = useMemo(() => claimsOnMap(settledData, showUnreviewed), [settledData, showUnreviewed]);
  // Publication dates follow the settled data, as the claims on the map do, and the index takes both
  // together: new articles do not make the old claims be indexed again while the new ones wait.
  const published = useMemo(() => publishedDates(settledData.articles), [settledData.articles]);
  // Read from the settled data, as the claims on the map are: a change to the data (tens of thousands
  // of claims added) does not make the click that made it draw the old arcs again.
  const isUnreviewed = useCallback((c: Claim) => statusOf(settledData, c.id) === 'pending', [settledData]);
  const base = useMemo(() => deriveBase(mapClaims, countries), [mapClaims, countries]);
  // The claims are indexed once, a task after they change (a slice a task when there are many);
  // moving the date only folds the index again.
  const { index: claimIndex, current: indexed } = useClaimIndex(mapClaims, published);
  /** The claims the panels read: those on the map but the coded events the filters leave out (by the index's mask once it has them). */
  const panelClaims = useMemo(() => selectIndexedClaims(mapClaims, claimIndex, eventSelection), [mapClaims, claimIndex, eventSelection]);
  /** One actor's partners and events per month, from the index's numbers (a hub's panel need not read every claim). */
  const eventsOfActor = useCallback(
    (actor: string, date: string) => {
      if (claimIndex.claims === mapClaims) return actorEvents(claimIndex, actor, date, eventsLeftOut(claimIndex, eventSelection));
      return actorEventsOfClaims(actor, panelClaims, date);
    },
    [claimIndex, mapClaims, eventSelection, panelClaims],
  );
  const foldOptions = useMemo<FoldOptions>(() => ({ windowDays: eventWindow, basis, events: eventSelection }), [eventWindow, basis, eventSelection]);

  // A new index is folded from a task later, a slice of claims a task; a new date, at once (over a large index, in slices too).
  /** Every relation of the date, filtered or not (a pair's panel opens on a hidden one too). */
  const { index: foldedIndex, relations } = useFoldedRelations(claimIndex, asOf, foldOptions);
  const { hiddenStances, hiddenCertainties, minEvents, topPartners } = filters;
  /** The relations the legend lets through: the map, the counts, the list, the panels and the exports. */
  const shown = useMemo(
    () => shownRelations(relations.values(), { hiddenStances, hiddenCertainties, minEvents, topPartners }),
    [relations, hiddenStances, hiddenCertainties, minEvents, topPartners],
  );

  // The map draws the shown relations, the strongest first up to its zoom level's limit.
  const [detailLevel, setDetailLevel] = useState(0);
  const limit = DETAIL_LEVELS[detailLevel]?.limit ?? Infinity;
  // Arcs follow a new date or filter in the same render; after new claims, one task later (the fold
  // of the new index has just taken its own task). Until then the map keeps the arcs it has.
  const drawnIndex = useLater(foldedIndex);
  // The timeline's marks come from the index's start days (counted as the index read the claims), a
  // task after the arcs: thousands of days and the arcs together held the page for too long.
  const markedIndex = useLater(drawnIndex);
  const marks = useMemo(() => claimDaysOfIndex(markedIndex), [markedIndex]);
  const lastDrawn = useRef(shown);
  if (drawnIndex === foldedIndex) lastDrawn.current = shown;
  const drawnRelations = lastDrawn.current;
  const detail = useMemo(() => strongest(drawnRelations, limit), [drawnRelations, limit]);
  // Arc shapes by pair, bend and ends (so a change of the countries asset cannot reuse a stale one).
  const [lineCache] = useState(() => new Map<string, LngLat[]>());
  const arcs = useMemo(() => {
    if (lineCache.size > 40_000) lineCache.clear();
    return arcsOf(detail.shown, countries, isUnreviewed, lineCache);
  }, [detail, countries, isUnreviewed, lineCache]);
  // Location totals count every relation shown, so that they stay whole when the arcs are thinned.
  // (Unchanged circles keep their object, so that a date move that changes no count sends the map nothing.)
  const lastTotals = useRef<DerivedMap['totals'] | null>(null);
  const totals = useMemo(() => {
    const next = totalsOf(drawnRelations, countries);
    const same = lastTotals.current && sameRings(lastTotals.current, next);
    return same && lastTotals.current ? lastTotals.current : (lastTotals.current = next);
  }, [drawnRelations, countries]);
  const derived = useMemo<DerivedMap>(() => ({ ...base, arcs, totals }), [base, arcs, totals]);

  /** Every stage has caught up with the data: the arcs and the marks drawn are those of what is loaded (for tests and benches). */
  const settled = settledData === data && indexed && foldedIndex === claimIndex && drawnIndex === foldedIndex && markedIndex === drawnIndex;
  return { mapClaims, panelClaims, eventsOfActor, published, isUnreviewed, relations, shown, marks, detail, derived, setDetailLevel, settled };
}
