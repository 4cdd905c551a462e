// What the selection brings with it on the map: the labels that always show (the selected actor's
// territory and its partners'), and, when the selection comes from outside the map (a search, a
// highlight in the article), a move of the view that brings it and its partners into view.
import { type MutableRefObject, useCallback, useMemo } from 'react';
import { homeOf } from '../domain/claims/actors';
import type { CountryIndex } from '../domain/geo/countryIndex';
import type { LngLat } from '../domain/geo/greatCircleArc';
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

export function useSelectionInView(selection: Selection, relations: readonly Relation[], countries: CountryIndex, controller: MutableRefObject<MapController | null>, select: (next: Selection) => void) {
  /** The territories whose labels always show while the selection holds. */
  const pinned = useMemo(() => [...new Set(actorsOf(selection, relations).map((id) => homeOf(id)).filter((home): home is string => home !== undefined))], [selection, relations]);
  /** Move the view to `next` (the selected country whole, the partners' label points), animated unless motion is reduced. */
  const bringIntoView = useCallback(
    (next: Selection) => {
      const [first, ...rest] = actorsOf(next, relations).map((id) => homeOf(id));
      const points: LngLat[] = [];
      const own = first ? countries.extentOf(first) : undefined;
      if (own) points.push(...own);
      for (const home of rest) {
        const at = home ? countries.labelPointOf(home) : undefined;
        if (at) points.push(at);
      }
      controller.current?.fitTo(points);
    },
    [relations, countries, controller],
  );
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
  return { pinned, findActor, highlightPair };
}
