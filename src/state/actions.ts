// One action system for everything a user does to the workspace: what is shown (the selection, the
// date, the filters, the view; `viewState.ts`) and what is loaded (articles, claims, reviews;
// `workspaceData.ts`). An action is a plain value; `perform` makes the next workspace from it,
// purely, as excalidraw's actions do. The app keeps one `dispatch` that performs an action and hands
// back the workspace it made, so a caller can read what changed (the id an added article was given)
// at once.
import type { Article, Claim } from '../domain/claims/claim';
import { countOf } from '../domain/text/countOf';
import { type AppState, reduce, type ViewAction } from './viewState';
import {
  addArticle,
  addClaim,
  editClaim,
  mergeClaims,
  mergeWorkspace,
  removeArticle,
  restoreArticle,
  type ReviewStatus,
  setReview,
  type WorkspaceData,
} from './workspaceData';

/** What is loaded and what is shown. */
export interface WorkspaceState {
  data: WorkspaceData;
  view: AppState;
}

export type DataAction =
  /** A new article with its extracted claims, all waiting for review (ids made unique). */
  | { type: 'addArticle'; article: Article; claims: Claim[] }
  | { type: 'review'; claimIds: readonly string[]; status: ReviewStatus }
  | { type: 'editClaim'; claim: Claim }
  | { type: 'addClaim'; claim: Claim }
  | { type: 'removeArticle'; articleId: string }
  | { type: 'restoreArticle'; articleId: string }
  /** Claims and their articles from a file or an event import, added beside what is loaded. */
  | { type: 'importClaims'; articles: readonly Article[]; claims: readonly Claim[]; from?: string }
  /** A snapshot: the data and the view it holds replace the workspace's. `from`: its file's name, for the undo label. */
  | { type: 'openSnapshot'; data: WorkspaceData; view: Partial<AppState>; from?: string }
  /** A snapshot's articles and claims added to the workspace (by id); the view stays. */
  | { type: 'mergeSnapshot'; data: WorkspaceData; from?: string };

export type WorkspaceAction = ViewAction | DataAction;

function performOnData(data: WorkspaceData, action: DataAction): WorkspaceData {
  switch (action.type) {
    case 'addArticle':
      return addArticle(data, action.article, action.claims);
    case 'review':
      return setReview(data, action.claimIds, action.status);
    case 'editClaim':
      return editClaim(data, action.claim);
    case 'addClaim':
      return addClaim(data, action.claim);
    case 'removeArticle':
      return removeArticle(data, action.articleId);
    case 'restoreArticle':
      return restoreArticle(data, action.articleId);
    case 'importClaims':
      return mergeClaims(data, action.articles, action.claims);
    case 'openSnapshot':
      return action.data;
    case 'mergeSnapshot':
      return mergeWorkspace(data, action.data);
  }
}

export function isDataAction(action: WorkspaceAction): action is DataAction {
  return ['addArticle', 'review', 'editClaim', 'addClaim', 'removeArticle', 'restoreArticle', 'importClaims', 'openSnapshot', 'mergeSnapshot'].includes(action.type);
}

/** The workspace after `action`; parts it does not change keep their identity. */
export function perform(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  if (!isDataAction(action)) {
    const view = reduce(state.view, action);
    return view === state.view ? state : { ...state, view };
  }
  const data = performOnData(state.data, action);
  const view = action.type === 'openSnapshot' ? reduce(state.view, { type: 'restore', state: action.view }) : state.view;
  return data === state.data && view === state.view ? state : { data, view };
}

/** The id of the article an `addArticle` action added (the last one): its own, or a new one if that was taken. */
export function addedArticleId(state: WorkspaceState): string | undefined {
  return state.data.articles[state.data.articles.length - 1]?.id;
}

const titleOf = (data: WorkspaceData, id: string) => data.articles.find((a) => a.id === id)?.title ?? id;

/** What a data action does, in words, for the Undo and Redo buttons ("Undo: remove “Pompeo visits Morocco”"). */
export function describeAction(action: DataAction, before: WorkspaceData): string {
  switch (action.type) {
    case 'addArticle':
      return `add “${action.article.title}”`;
    case 'review':
      return `${action.status === 'accepted' ? 'accept' : action.status === 'rejected' ? 'reject' : 'unreview'} ${countOf(action.claimIds.length, 'claim')}`;
    case 'editClaim':
      return 'edit a claim';
    case 'addClaim':
      return 'add a claim';
    case 'removeArticle':
      return `remove “${titleOf(before, action.articleId)}”`;
    case 'restoreArticle':
      return `restore “${titleOf(before, action.articleId)}”`;
    case 'importClaims':
      return `import ${action.from ?? countOf(action.claims.length, 'claim')}`;
    case 'openSnapshot':
      return `open ${action.from ?? 'a snapshot'}, replacing the workspace`;
    case 'mergeSnapshot':
      return `add ${action.from ?? 'a snapshot'} to the workspace`;
  }
}
