// The workspace as the app holds it: the stored data (useStoredWorkspace), what is shown (the view
// state, kept in the URL by useHashSync), and one `dispatch` for every action (state/actions.ts).
// `dispatch` performs the action at once and returns the workspace it made.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SEED_ARTICLE } from '../domain/claims/seed/seedArticle';
import { describeAction, isDataAction, perform, type WorkspaceAction, type WorkspaceState } from '../state/actions';
import { type AppState, initialState } from '../state/viewState';
import { activeArticles } from '../state/workspaceData';
import { type Camera, parseHash } from './hashState';
import { useHashSync } from './useHashSync';
import { useStoredWorkspace } from './useStoredWorkspace';

const hasDate = () => /[#&]date=/.test(window.location.hash);

/** `onCamera`: moves the map to a camera read from the URL (Back and Forward). */
export function useWorkspace(onCamera: (camera: Camera) => void) {
  const stored = useStoredWorkspace();
  const { data, current, replace } = stored;
  const articles = useMemo(() => activeArticles(data), [data]);
  const article = articles[0] ?? data.articles[0] ?? SEED_ARTICLE;
  // The date shown by default is the latest publication date: every article's claims are on the map.
  const latest = articles.reduce((d, a) => (a.published > d ? a.published : d), article.published);
  const defaults = useMemo(() => ({ asOf: latest }), [latest]);

  const [view, setView] = useState<AppState>(() => ({ ...initialState(defaults.asOf), ...parseHash(window.location.hash) }));
  const viewNow = useRef(view);
  const dispatch = useCallback(
    (action: WorkspaceAction): WorkspaceState => {
      const before: WorkspaceState = { data: current(), view: viewNow.current };
      const next = perform(before, action);
      // Every change to the data can be undone (the stored workspace keeps the history).
      if (next.data !== before.data) replace(next.data, isDataAction(action) ? describeAction(action, before.data) : undefined);
      if (next.view !== before.view) {
        viewNow.current = next.view;
        setView(next.view);
      }
      return next;
    },
    [current, replace],
  );
  const url = useHashSync(view, dispatch, defaults, onCamera);

  // While the date shown is the latest publication date (none was chosen, by the user, a link or a
  // snapshot), it follows that date as articles come and go.
  const followedDefault = useRef(hasDate() ? null : defaults.asOf);
  useEffect(() => {
    if (followedDefault.current === viewNow.current.asOf || (followedDefault.current === null && !hasDate())) {
      dispatch({ type: 'setDate', asOf: defaults.asOf });
    }
    followedDefault.current = defaults.asOf;
  }, [defaults.asOf, dispatch]);

  return { ...stored, view, dispatch, articles, article, defaults, url };
}
