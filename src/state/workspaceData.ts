// What the user has loaded, as a pure value with pure changes: the articles, their claims, which
// claims are reviewed (only accepted ones draw arcs, unless the unreviewed are shown), and which
// articles are removed (kept, so that they can be restored).
import { type Article, type Claim } from '../domain/claims/claim';

export const REVIEW_STATUSES = ['accepted', 'pending', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface WorkspaceData {
  articles: Article[];
  claims: Claim[];
  /** Review status by claim id; a claim with none is accepted (curated or imported). */
  review: Record<string, ReviewStatus>;
  /** Ids of articles removed from the map, kept for restoring. */
  removed: string[];
}

export function statusOf(data: WorkspaceData, claimId: string): ReviewStatus {
  return data.review[claimId] ?? 'accepted';
}

/** The claims that draw arcs: accepted ones of articles not removed, and the unreviewed when asked. */
export function claimsOnMap(data: WorkspaceData, showUnreviewed: boolean): readonly Claim[] {
  const removed = new Set(data.removed);
  // Only the claims the review keeps off the map are looked up (a few hundred at most, where the
  // claims may be tens of thousands); with none and no article removed, the claims are drawn as they are.
  const off = new Set<string>();
  for (const id in data.review) {
    const status = data.review[id];
    if (status === 'rejected' || (status === 'pending' && !showUnreviewed)) off.add(id);
  }
  if (off.size === 0 && removed.size === 0) return data.claims;
  return data.claims.filter((c) => !removed.has(c.articleId) && !(off.size > 0 && off.has(c.id)));
}

/** The articles shown (not removed). */
export function activeArticles(data: WorkspaceData): Article[] {
  return data.articles.filter((a) => !data.removed.includes(a.id));
}

/** A new article with its extracted claims, all waiting for review. Ids stay unique. */
export function addArticle(data: WorkspaceData, article: Article, claims: Claim[]): WorkspaceData {
  const taken = new Set(data.articles.map((a) => a.id));
  let id = article.id;
  for (let n = 2; taken.has(id); n++) id = `${article.id}-${n}`;
  const renamed = claims.map((c, i) => ({ ...c, id: `${id}-${i + 1}`, articleId: id }));
  const review = { ...data.review };
  for (const c of renamed) review[c.id] = 'pending';
  return { ...data, articles: [...data.articles, { ...article, id }], claims: [...data.claims, ...renamed], review };
}

export function setReview(data: WorkspaceData, claimIds: readonly string[], status: ReviewStatus): WorkspaceData {
  const review = { ...data.review };
  for (const id of claimIds) review[id] = status;
  return { ...data, review };
}

/** Replace a claim by its edited version (same id); an edit counts as a review: it is accepted. */
export function editClaim(data: WorkspaceData, claim: Claim): WorkspaceData {
  return { ...data, claims: data.claims.map((c) => (c.id === claim.id ? claim : c)), review: { ...data.review, [claim.id]: 'accepted' } };
}

/** Add a claim written by hand (it is the user's own reading: accepted); it gets a fresh id. */
export function addClaim(data: WorkspaceData, claim: Claim): WorkspaceData {
  const ids = new Set(data.claims.map((c) => c.id));
  let n = data.claims.filter((c) => c.articleId === claim.articleId).length + 1;
  while (ids.has(`${claim.articleId}-${n}`)) n++;
  const id = `${claim.articleId}-${n}`;
  return { ...data, claims: [...data.claims, { ...claim, id }], review: { ...data.review, [id]: 'accepted' } };
}

/** Claims and their articles added beside what is loaded; those whose id is already loaded are skipped. */
export function mergeClaims(data: WorkspaceData, articles: readonly Article[], claims: readonly Claim[]): WorkspaceData {
  return mergeWorkspace(data, { articles: [...articles], claims: [...claims], review: {}, removed: [] });
}

/**
 * Another workspace (a snapshot's) added to this one: articles and claims by id, the incoming
 * reviews and removals kept for what is added; what is already here (same id) stays as it is.
 */
export function mergeWorkspace(data: WorkspaceData, incoming: WorkspaceData): WorkspaceData {
  const haveArticles = new Set(data.articles.map((a) => a.id));
  const haveClaims = new Set(data.claims.map((c) => c.id));
  const articles = incoming.articles.filter((a) => !haveArticles.has(a.id));
  const claims = incoming.claims.filter((c) => !haveClaims.has(c.id));
  // The review statuses are copied only when the incoming claims bring some.
  let review = data.review;
  for (const c of claims) {
    const status = incoming.review[c.id];
    if (!status) continue;
    if (review === data.review) review = { ...data.review };
    review[c.id] = status as ReviewStatus;
  }
  const newArticles = new Set(articles.map((a) => a.id));
  const removed = [...data.removed, ...incoming.removed.filter((id) => newArticles.has(id))];
  return { articles: [...data.articles, ...articles], claims: [...data.claims, ...claims], review, removed };
}

export function removeArticle(data: WorkspaceData, articleId: string): WorkspaceData {
  return data.removed.includes(articleId) ? data : { ...data, removed: [...data.removed, articleId] };
}

export function restoreArticle(data: WorkspaceData, articleId: string): WorkspaceData {
  return { ...data, removed: data.removed.filter((id) => id !== articleId) };
}
