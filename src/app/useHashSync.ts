// Keeps the URL hash and the app state in step. A new selection is a new history entry, so the back
// button steps back through selections; other changes (date, filters, view) replace the current
// entry. MapLibre keeps its own `map=` parameter in the same hash.
import { useEffect, useRef } from 'react';
import type { WorkspaceAction } from '../state/actions';
import { type AppState, sameSelection } from '../state/viewState';
import { formatHash, parseHash } from './hashState';

/** How long other changes wait before they are written, so that playback does not flood the history API. */
const REPLACE_DELAY_MS = 250;

export function useHashSync(state: AppState, dispatch: (action: WorkspaceAction) => unknown, defaults: { asOf: string }): void {
  const previous = useRef<AppState | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    const write = (push: boolean) => {
      const next = formatHash(state, window.location.hash, defaults);
      if (next === window.location.hash || (next === '' && window.location.hash === '')) return;
      const url = `${window.location.pathname}${window.location.search}${next || '#'}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    if (before && !sameSelection(before.selection, state.selection)) {
      write(true);
      return;
    }
    const timer = window.setTimeout(() => write(false), REPLACE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state, defaults]);

  useEffect(() => {
    const onPop = () => dispatch({ type: 'restore', state: { asOf: defaults.asOf, view: 'map', ...parseHash(window.location.hash) } });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch, defaults]);
}
