// The legend's filters, in one place: which stances and certainties are hidden, and the fewest events
// in the window a pair decided by coded events needs to be shown. The same test picks the relations
// the map draws, the counts, the list view, the panels and the exports.
import type { Certainty, Stance } from '../domain/claims/vocabulary';
import type { AppState } from './viewState';

export type Filters = Pick<AppState, 'hiddenStances' | 'hiddenCertainties'> & Partial<Pick<AppState, 'minEvents'>>;

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
