// Keeps the URL hash and the app state in step; the one writer of the URL. A new selection is a new
// history entry, so the back button steps back through selections; other changes (date, filters,
// view, the camera after a pan or zoom) replace the current entry. The map does not write the URL:
// it reports where it came to rest (`cameraChanged`), and a link's or a history entry's camera is
// handed back to it (`initialCamera`, `onCamera`). A copied link is written first (`linkNow`), so it is
// the address bar's, with the camera as it is, not as it was 250 ms ago.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkspaceAction } from '../state/actions';
import { type AppState, sameSelection } from '../state/viewState';
import { type Camera, formatHash, parseCamera, parseHash } from './hashState';

/** How long other changes wait before they are written, so that playback does not flood the history API. */
const REPLACE_DELAY_MS = 250;

export function useHashSync(
  state: AppState,
  dispatch: (action: WorkspaceAction) => unknown,
  defaults: { asOf: string },
  /** Moves the map to a camera read from the URL (Back and Forward). */
  onCamera: (camera: Camera) => void,
) {
  const [initialCamera] = useState(() => parseCamera(window.location.hash));
  const camera = useRef<Camera | null>(initialCamera);
  const latest = useRef({ state, defaults });
  latest.current = { state, defaults };
  const timer = useRef<number | undefined>(undefined);

  const write = useCallback((push: boolean) => {
    window.clearTimeout(timer.current);
    const next = formatHash(latest.current.state, window.location.hash, latest.current.defaults, camera.current);
    if (next === window.location.hash || (next === '' && window.location.hash === '')) return;
    const url = `${window.location.pathname}${window.location.search}${next || '#'}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);
  const writeLater = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => write(false), REPLACE_DELAY_MS);
  }, [write]);

  const previous = useRef<AppState | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (before && !sameSelection(before.selection, state.selection)) write(true);
    else writeLater();
  }, [state, defaults, write, writeLater]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const cameraChanged = useCallback(
    (next: Camera) => {
      camera.current = next;
      writeLater();
    },
    [writeLater],
  );

  const onCameraRef = useRef(onCamera);
  onCameraRef.current = onCamera;
  useEffect(() => {
    const onPop = () => {
      const hash = window.location.hash;
      dispatch({ type: 'restore', state: { asOf: latest.current.defaults.asOf, view: 'map', ...parseHash(hash) } });
      const to = parseCamera(hash);
      if (to) {
        camera.current = to;
        onCameraRef.current(to);
      }
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch]);

  /** The address of this view now: the camera given is written at once, with whatever was still waiting. */
  const linkNow = useCallback(
    (now: Camera | null) => {
      if (now) camera.current = now;
      write(false);
      return window.location.href;
    },
    [write],
  );

  return { initialCamera, cameraChanged, linkNow };
}
