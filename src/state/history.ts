// Undo and redo of changes to what is loaded. A change is kept as what it touched, on both sides:
// the articles, claims and review statuses it added, removed or changed (by id, with their values
// before and after), the order of articles and claims when it added or removed any, and the removed
// articles' list. A change that edits one claim keeps one claim twice; opening a snapshot over the
// workspace keeps the workspace it replaced. Pure: the stored workspace (useStoredWorkspace.ts)
// keeps the history beside the data, saves it with it and so keeps it across a reload.
import type { Article, Claim } from '../domain/claims/claim';
import type { ReviewStatus, WorkspaceData } from './workspaceData';

/** How many changes can be undone. */
export const HISTORY_LIMIT = 10;

/** Values by id on one side of a change (null: not there). Pairs, not an object: ids are user text. */
type Touched<T> = [string, T | null][];

/** One side of a change: the values, before or after it, of what it touched. */
export interface ChangeSide {
  articles: Touched<Article>;
  /** The articles' order on this side, when the change added or removed one; otherwise null. */
  articleOrder: string[] | null;
  claims: Touched<Claim>;
  claimOrder: string[] | null;
  review: Touched<ReviewStatus>;
  removed: string[];
}

export interface Change {
  /** What the change did, in words ("open snapshot.json, replacing the workspace"). */
  label: string;
  before: ChangeSide;
  after: ChangeSide;
}

export interface History {
  /** The changes that can be undone, the latest last. */
  undo: Change[];
  /** The changes undone, that can be made again, the latest undone last. */
  redo: Change[];
}

export const NO_HISTORY: History = { undo: [], redo: [] };

/**
 * How large a change is kept across a reload, in claims it touched (an id in an order counting a
 * tenth): saving a change that added 50,000 claims would write them all again in one task, on every
 * save. Larger ones can be undone until the page is closed.
 */
export const STORED_CHANGE_LIMIT = 25_000;

const sizeOf = (side: ChangeSide) => side.claims.length + side.articles.length + ((side.claimOrder?.length ?? 0) + (side.articleOrder?.length ?? 0)) / 10;

/**
 * The history to save: without changes too large to keep, and without what lies beyond one (older
 * changes to undo, later ones to redo), which could not be applied once it is gone.
 */
export function storable(history: History, limit = STORED_CHANGE_LIMIT): History {
  const small = (c: Change) => sizeOf(c.before) + sizeOf(c.after) <= limit;
  const keepFrom = (list: Change[]) => {
    let i = list.length;
    while (i > 0 && small(list[i - 1]!)) i--;
    return list.slice(i);
  };
  const undoKept = keepFrom(history.undo);
  const redoKept = keepFrom(history.redo);
  return undoKept.length === history.undo.length && redoKept.length === history.redo.length ? history : { undo: undoKept, redo: redoKept };
}

function diffById<T extends { id: string }>(a: readonly T[], b: readonly T[]) {
  const before: Touched<T> = [];
  const after: Touched<T> = [];
  if (a === b) return { before, after, orderBefore: null, orderAfter: null };
  // The common change, new items after the old ones (an article, an import, a merge): no orders to keep.
  if (b.length >= a.length && a.every((x, i) => b[i] === x)) {
    for (let i = a.length; i < b.length; i++) {
      const y = b[i]!;
      before.push([y.id, null]);
      after.push([y.id, y]);
    }
    return { before, after, orderBefore: null, orderAfter: null };
  }
  const inA = new Map(a.map((x) => [x.id, x]));
  const inB = new Map(b.map((x) => [x.id, x]));
  for (const [id, x] of inA) {
    const y = inB.get(id);
    if (y === x) continue;
    before.push([id, x]);
    after.push([id, y ?? null]);
  }
  for (const [id, y] of inB) {
    if (inA.has(id)) continue;
    before.push([id, null]);
    after.push([id, y]);
  }
  const sameOrder = a.length === b.length && a.every((x, i) => x.id === b[i]!.id);
  return { before, after, orderBefore: sameOrder ? null : a.map((x) => x.id), orderAfter: sameOrder ? null : b.map((x) => x.id) };
}

function diffReview(a: WorkspaceData['review'], b: WorkspaceData['review']) {
  const before: Touched<ReviewStatus> = [];
  const after: Touched<ReviewStatus> = [];
  if (a === b) return { before, after };
  for (const id of Object.keys(a)) {
    if (a[id] === (Object.hasOwn(b, id) ? b[id] : undefined)) continue;
    before.push([id, a[id]!]);
    after.push([id, Object.hasOwn(b, id) ? b[id]! : null]);
  }
  for (const id of Object.keys(b)) {
    if (Object.hasOwn(a, id)) continue;
    before.push([id, null]);
    after.push([id, b[id]!]);
  }
  return { before, after };
}

/** The change from `before` to `after`, or null when nothing changed. */
export function changeBetween(before: WorkspaceData, after: WorkspaceData, label: string): Change | null {
  const articles = diffById(before.articles, after.articles);
  const claims = diffById(before.claims, after.claims);
  const review = diffReview(before.review, after.review);
  const removedChanged = before.removed.length !== after.removed.length || before.removed.some((id, i) => after.removed[i] !== id);
  if (!articles.before.length && !articles.orderBefore && !claims.before.length && !claims.orderBefore && !review.before.length && !removedChanged) return null;
  return {
    label,
    before: { articles: articles.before, articleOrder: articles.orderBefore, claims: claims.before, claimOrder: claims.orderBefore, review: review.before, removed: [...before.removed] },
    after: { articles: articles.after, articleOrder: articles.orderAfter, claims: claims.after, claimOrder: claims.orderAfter, review: review.after, removed: [...after.removed] },
  };
}

/**
 * `list` with what a side touched put back: in `order` when the side has one; otherwise in the
 * list's order, with items it did not hold added at the end (the side of an append).
 */
function applyById<T extends { id: string }>(list: T[], touched: Touched<T>, order: string[] | null): T[] {
  if (touched.length === 0 && !order) return list;
  const byId = new Map(list.map((x) => [x.id, x]));
  for (const [id, value] of touched) {
    if (value === null) byId.delete(id);
    else byId.set(id, value);
  }
  let ids = order;
  if (!ids) {
    ids = list.map((x) => x.id);
    const had = new Set(ids);
    for (const [id, value] of touched) if (value !== null && !had.has(id)) ids.push(id);
  }
  const out: T[] = [];
  for (const id of ids) {
    const x = byId.get(id);
    if (x) out.push(x);
  }
  return out;
}

/** `data` with one side of a change put back. */
export function applySide(data: WorkspaceData, side: ChangeSide): WorkspaceData {
  let review = data.review;
  if (side.review.length) {
    review = { ...data.review };
    for (const [id, status] of side.review) {
      if (status === null) delete review[id];
      else review[id] = status;
    }
  }
  return {
    articles: applyById(data.articles, side.articles, side.articleOrder),
    claims: applyById(data.claims, side.claims, side.claimOrder),
    review,
    removed: [...side.removed],
  };
}

/** The history after a new change: it can be undone (the oldest forgotten past the limit); nothing is left to redo. */
export function record(history: History, change: Change | null): History {
  if (!change) return history;
  return { undo: [...history.undo, change].slice(-HISTORY_LIMIT), redo: [] };
}

/** Undo the latest change: the data before it and the history after, or null when there is nothing to undo. */
export function undo(history: History, data: WorkspaceData): { data: WorkspaceData; history: History; change: Change } | null {
  const change = history.undo.at(-1);
  if (!change) return null;
  return { data: applySide(data, change.before), history: { undo: history.undo.slice(0, -1), redo: [...history.redo, change] }, change };
}

/** Make the latest undone change again. */
export function redo(history: History, data: WorkspaceData): { data: WorkspaceData; history: History; change: Change } | null {
  const change = history.redo.at(-1);
  if (!change) return null;
  return { data: applySide(data, change.after), history: { undo: [...history.undo, change], redo: history.redo.slice(0, -1) }, change };
}
