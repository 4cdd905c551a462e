// What the selection brings with it on the map: the labels that always show (the selected actor's
// territory and its partners'); a move of the view that brings it and its partners into view (a
// search or a highlight in the article always fits them; a click on the map or a link only when
// some of them are off screen); and the keyboard's way from the map into the selection's relations
// (Tab), each relation marking its arc while it has the focus.
import { type MutableRefObject, useCallback, useEffect, useMemo, useRef } from 'react';
import { homeOf } from '../domain/claims/actors';
import type { CountryIndex } from '../domain/geo/countryIndex';
import { anchorsOf } from './deriveMap';
import type { PairKey } from '../domain/relations/pairKey';
import type { Relation } from '../domain/relations/relationsAsOf';
import type { MapController } from '../map/MapController';
import type { Selection } from '../state/viewState';

/** The actors a selection shows: the selected one (or the pair) first, then its partners. */
function actorsOf(selection: Selection, relations: readonly Relation[]): string[] {
  if (!selection) return [];
  if (selection.kind === 'pair') return selection.key.split('|');
  const partners = relations.filter((r) => r.a === selection.id || r.b === selection.id).map((r) => (r.a === selection.id ? r.b : r.a));
  return [selection.id, ...partners];
}

export function useSelectionInView(
  selection: Selection,
  relations: readonly Relation[],
  countries: CountryIndex,
  controller: MutableRefObject<MapController | null>,
  select: (next: Selection) => void,
  /** The page was opened with a camera of its own (a link with a map part): a linked selection does not move it. */
  openedWithCamera: boolean,
) {
  /** The territories whose labels always show while the selection holds. */
  const pinned = useMemo(() => [...new Set(actorsOf(selection, relations).map((id) => homeOf(id)).filter((home): home is string => home !== undefined))], [selection, relations]);
  /** Move the view to `next` (the selected country whole, the partners' label points), animated unless motion is reduced. */
  const bringIntoView = useCallback(
    (next: Selection) => {
      const [first, ...rest] = actorsOf(next, relations);
      const home = first ? homeOf(first) : undefined;
      const own = home ? countries.extentOf(home) : undefined;
      controller.current?.fitTo([...(own ?? []), ...anchorsOf(rest, countries)]);
    },
    [relations, countries, controller],
  );
  /** Select what a click on the map picked; bring it and its partners into view when some are off screen. */
  const pickOnMap = useCallback(
    (next: Selection) => {
      select(next);
      if (!next) return;
      const points = anchorsOf(actorsOf(next, relations), countries);
      if (!controller.current?.shows(points)) controller.current?.fitTo(points);
    },
    [select, relations, countries, controller],
  );
  // A link's selection, with no camera of its own: brought into view once, as the page opens.
  const linked = useRef(openedWithCamera ? null : selection);
  useEffect(() => {
    const first = linked.current;
    linked.current = null;
    if (first && controller.current) bringIntoView(first);
  }, [bringIntoView, controller]);
  /** The side bar, into whose relations Tab moves from the map. */
  const sideRef = useRef<HTMLElement>(null);
  /** Tab on the map: to the selection's first relation in the side bar (true), or on as usual (false: nothing selected). */
  const tabIntoPanel = useCallback(() => {
    if (!selection) return false;
    const first = sideRef.current?.querySelector<HTMLElement>('.relation button, .panel button:not(.close)');
    first?.focus();
    return first !== null && first !== undefined;
  }, [selection]);
  /** A relation focused or pointed at in the side bar: its arc is marked on the map. */
  const highlightArc = useCallback((key: string | null) => controller.current?.highlightArc(key), [controller]);
  /** Select an actor found by search, and bring it and its partners into view. */
  const findActor = useCallback((id: string) => {
    select({ kind: 'country', id });
    bringIntoView({ kind: 'country', id });
  }, [select, bringIntoView]);
  /** Select the pair of a highlight in the article, and bring both into view. */
  const highlightPair = useCallback((key: string) => {
    select({ kind: 'pair', key: key as PairKey });
    bringIntoView({ kind: 'pair', key: key as PairKey });
  }, [select, bringIntoView]);
  return { pinned, findActor, highlightPair, pickOnMap, sideRef, tabIntoPanel, highlightArc };
}
