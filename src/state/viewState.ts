// What is shown, as a pure reducer: what is selected, the date the relations are drawn as of, the
// filters, and which view is showing. A click or a key press becomes an action (actions.ts routes it
// here); `reduce` makes the new state; the map, panels and URL hash render it.
import type { ActorId } from '../domain/claims/claim';
import { CERTAINTIES, type Certainty, STANCES, type Stance } from '../domain/claims/vocabulary';
import type { PairKey } from '../domain/relations/pairKey';
import { type EventSelection, EVERY_EVENT } from '../domain/relations/eventSelection';
import type { Basis } from '../domain/relations/relationsAsOf';

export type Selection = { kind: 'country'; id: ActorId } | { kind: 'pair'; key: PairKey } | null;

export interface AppState {
  /** The selected actor (a country or a non-state actor) or pair, if any. */
  selection: Selection;
  /** The date relations are drawn as of, `YYYY-MM-DD`. */
  asOf: string;
  /** Stances whose arcs are hidden. */
  hiddenStances: Stance[];
  /** Certainties whose arcs are hidden. */
  hiddenCertainties: Certainty[];
  /** The map, or the list view of every relation. */
  view: 'map' | 'list';
  /** How the map draws the world: flat (Mercator) or as a globe. */
  projection: Projection;
  /** The days before the date whose coded events decide a pair's stance (R10): 365 (the year before), 90, 30, or a range brushed on a chart. */
  eventWindow: number;
  /** Pairs decided by coded events are shown with at least this many events in the window (1: all). */
  minEvents: number;
  /** Relations from articles and events, from articles only, or from events only (R11). */
  basis: Basis;
  /** Each actor draws at most this many relations, its strongest (topPartners.ts); 0 for all. */
  topPartners: number;
  /** Which coded events count: CAMEO roots, QuadClasses, root events only, fewest sources (eventSelection.ts). */
  eventSelection: EventSelection;
}

export const BASES = ['both', 'articles', 'events'] as const;

/** The windows offered beside the date; a brushed range may give any other length. */
export const EVENT_WINDOWS = [30, 90, 365] as const;
/** The longest window, in days (a century). */
export const MAX_EVENT_WINDOW = 36_500;

export const PROJECTIONS = ['mercator', 'globe'] as const;
export type Projection = (typeof PROJECTIONS)[number];

export type ViewAction =
  | { type: 'select'; selection: Selection }
  | { type: 'toggleStance'; stance: Stance }
  | { type: 'toggleCertainty'; certainty: Certainty }
  | { type: 'setDate'; asOf: string }
  | { type: 'setView'; view: AppState['view'] }
  | { type: 'setProjection'; projection: Projection }
  | { type: 'setEventWindow'; eventWindow: number }
  | { type: 'setMinEvents'; minEvents: number }
  | { type: 'setBasis'; basis: Basis }
  | { type: 'setTopPartners'; topPartners: number }
  | { type: 'setEventSelection'; eventSelection: Partial<EventSelection> }
  | { type: 'restore'; state: Partial<AppState> };

export function initialState(asOf: string): AppState {
  return { selection: null, asOf, hiddenStances: [], hiddenCertainties: [], view: 'map', projection: 'mercator', eventWindow: 365, minEvents: 1, basis: 'both', topPartners: 0, eventSelection: EVERY_EVENT };
}

function toggle<T extends string>(list: readonly T[], item: T, order: readonly T[]): T[] {
  const next = list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  return order.filter((x) => next.includes(x));
}

export function sameSelection(x: Selection, y: Selection): boolean {
  if (x === null || y === null) return x === y;
  if (x.kind === 'country' && y.kind === 'country') return x.id === y.id;
  if (x.kind === 'pair' && y.kind === 'pair') return x.key === y.key;
  return false;
}

export function reduce(state: AppState, action: ViewAction): AppState {
  switch (action.type) {
    case 'select':
      return sameSelection(state.selection, action.selection) ? state : { ...state, selection: action.selection };
    case 'toggleStance':
      return { ...state, hiddenStances: toggle(state.hiddenStances, action.stance, STANCES) };
    case 'toggleCertainty':
      return { ...state, hiddenCertainties: toggle(state.hiddenCertainties, action.certainty, CERTAINTIES) };
    case 'setDate':
      return action.asOf === state.asOf ? state : { ...state, asOf: action.asOf };
    case 'setView':
      return action.view === state.view ? state : { ...state, view: action.view };
    case 'setProjection':
      return action.projection === state.projection ? state : { ...state, projection: action.projection };
    case 'setEventWindow': {
      const eventWindow = Math.min(MAX_EVENT_WINDOW, Math.max(1, Math.round(action.eventWindow) || 365));
      return eventWindow === state.eventWindow ? state : { ...state, eventWindow };
    }
    case 'setMinEvents': {
      const minEvents = Math.max(1, Math.floor(action.minEvents) || 1);
      return minEvents === state.minEvents ? state : { ...state, minEvents };
    }
    case 'setBasis':
      return action.basis === state.basis ? state : { ...state, basis: action.basis };
    case 'setTopPartners': {
      const topPartners = Math.max(0, Math.floor(action.topPartners) || 0);
      return topPartners === state.topPartners ? state : { ...state, topPartners };
    }
    case 'setEventSelection':
      return { ...state, eventSelection: cleanSelection({ ...state.eventSelection, ...action.eventSelection }) };
    case 'restore':
      return { ...state, ...action.state };
  }
}

/** A selection with its lists sorted, deduplicated and in range, and at least one source. */
export function cleanSelection(s: EventSelection): EventSelection {
  const within = (list: readonly number[], max: number) => [...new Set(list)].filter((x) => Number.isInteger(x) && x >= 1 && x <= max).sort((x, y) => x - y);
  return { roots: within(s.roots, 20), quads: within(s.quads, 4), rootOnly: s.rootOnly, minSources: Math.max(1, Math.floor(s.minSources) || 1) };
}
