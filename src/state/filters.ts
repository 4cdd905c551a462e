// The legend's filters, in one place: which stances and certainties are hidden, the fewest events
// in the window a pair decided by coded events needs to be shown, and each actor's strongest
// partners only. The same test picks the relations the map draws, the counts, the list view, the
// panels and the exports. (Which coded events count at all is chosen before the fold:
// domain/relations/eventSelection.ts.)
import type { Certainty, Stance } from '../domain/claims/vocabulary';
import type { Relation } from '../domain/relations/relationsAsOf';
import { topPartners } from '../domain/relations/topPartners';
import type { AppState } from './viewState';

export type Filters = Pick<AppState, 'hiddenStances' | 'hiddenCertainties'> & Partial<Pick<AppState, 'minEvents' | 'topPartners'>>;

type Filterable = { stance: Stance | string; certainty: Certainty | string; events?: { inWindow: number } };

/** Does a relation, an arc or a claim with this stance and certainty (and, decided by events, this many in the window) pass the filters? */
export function passesFilters(item: Filterable, filters: Filters): boolean {
  if (item.events && item.events.inWindow < (filters.minEvents ?? 1)) return false;
  return !(filters.hiddenStances as readonly string[]).includes(item.stance) && !(filters.hiddenCertainties as readonly string[]).includes(item.certainty);
}

/** The items that pass the filters, in their order. */
export function applyFilters<T extends Filterable>(items: Iterable<T>, filters: Filters): T[] {
  const shown: T[] = [];
  for (const item of items) if (passesFilters(item, filters)) shown.push(item);
  return shown;
}

/** The relations the filters show: those that pass, then each actor's `topPartners` strongest (all for 0). */
export function shownRelations(relations: Iterable<Relation>, filters: Filters): Relation[] {
  const passing = applyFilters(relations, filters);
  return filters.topPartners ? topPartners(passing, filters.topPartners) : passing;
}
