// The legend's filters, in one place: which stances and certainties are hidden. The same test picks
// the relations the map draws, the counts, the list view, the panels and the exports.
import type { Certainty, Stance } from '../domain/claims/vocabulary';
import type { AppState } from './viewState';

export type Filters = Pick<AppState, 'hiddenStances' | 'hiddenCertainties'>;

/** Does a relation, an arc or a claim with this stance and certainty pass the filters? */
export function passesFilters(item: { stance: Stance | string; certainty: Certainty | string }, filters: Filters): boolean {
  return !(filters.hiddenStances as readonly string[]).includes(item.stance) && !(filters.hiddenCertainties as readonly string[]).includes(item.certainty);
}

/** The items that pass the filters, in their order. */
export function applyFilters<T extends { stance: Stance | string; certainty: Certainty | string }>(items: Iterable<T>, filters: Filters): T[] {
  const shown: T[] = [];
  for (const item of items) if (passesFilters(item, filters)) shown.push(item);
  return shown;
}
