// Keeps the URL hash and the app state in step. A new selection is a new history entry, so the back
// button steps back through selections; other changes (date, filters, view) replace the current
// entry. MapLibre keeps its own `map=` parameter in the same hash.
import { type Dispatch, useEffect, useRef } from 'react';
import { type Action, type AppState, sameSelection } from './appState';
import { formatHash, parseHash } from './hashState';

export function useHashSync(state: AppState, dispatch: Dispatch<Action>, defaults: { asOf: string }): void {
  const previous = useRef<AppState | null>(null);
  useEffect(() => {
    const next = formatHash(state, window.location.hash, defaults);
    const before = previous.current;
    previous.current = state;
    if (next === window.location.hash || (next === '' && window.location.hash === '')) return;
    const url = `${window.location.pathname}${window.location.search}${next || '#'}`;
    if (before && !sameSelection(before.selection, state.selection)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [state, defaults]);

  useEffect(() => {
    const onPop = () => dispatch({ type: 'restore', state: { asOf: defaults.asOf, view: 'map', ...parseHash(window.location.hash) } });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch, defaults]);
}
