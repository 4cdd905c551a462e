import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import { activeArticles, addArticle, addClaim, claimsOnMap, editClaim, removeArticle, restoreArticle, setReview, type WorkspaceData } from './workspaceData';

const seed: WorkspaceData = Object.freeze({ articles: [SEED_ARTICLE], claims: SEED_CLAIMS, review: {}, removed: [] });
const article = { ...SEED_ARTICLE, id: 'pompeo-morocco', title: 'Again' };
const extracted = SEED_CLAIMS.slice(0, 3);

describe('the workspace', () => {
  it('adds an article with its claims pending review, under a unique id', () => {
    const next = addArticle(seed, article, extracted);
    expect(next.articles.map((a) => a.id)).toEqual(['pompeo-morocco', 'pompeo-morocco-2']);
    const added = next.claims.slice(SEED_CLAIMS.length);
    expect(added.map((c) => [c.id, c.articleId, next.review[c.id]])).toEqual([
      ['pompeo-morocco-2-1', 'pompeo-morocco-2', 'pending'],
      ['pompeo-morocco-2-2', 'pompeo-morocco-2', 'pending'],
      ['pompeo-morocco-2-3', 'pompeo-morocco-2', 'pending'],
    ]);
    expect(seed.articles).toHaveLength(1); // not mutated
  });

  it('draws only accepted claims, and the unreviewed when asked', () => {
    let ws = addArticle(seed, article, extracted);
    expect(claimsOnMap(ws, false)).toHaveLength(SEED_CLAIMS.length);
    expect(claimsOnMap(ws, true)).toHaveLength(SEED_CLAIMS.length + 3);
    ws = setReview(ws, ['pompeo-morocco-2-1'], 'accepted');
    ws = setReview(ws, ['pompeo-morocco-2-2'], 'rejected');
    expect(claimsOnMap(ws, false)).toHaveLength(SEED_CLAIMS.length + 1);
    expect(claimsOnMap(ws, true)).toHaveLength(SEED_CLAIMS.length + 2);
  });

  it('accepts an edited claim, and adds a claim by hand', () => {
    let ws = addArticle(seed, article, extracted);
    const first = ws.claims[SEED_CLAIMS.length]!;
    ws = editClaim(ws, { ...first, stance: 'hostile' });
    expect(ws.claims.find((c) => c.id === first.id)?.stance).toBe('hostile');
    expect(ws.review[first.id]).toBe('accepted');
    ws = addClaim(ws, { ...first, stance: 'tense' });
    expect(ws.claims[ws.claims.length - 1]?.id).toBe('pompeo-morocco-2-4');
  });

  it('removes an article from the map and restores it', () => {
    let ws = removeArticle(seed, 'pompeo-morocco');
    expect(claimsOnMap(ws, true)).toEqual([]);
    expect(activeArticles(ws)).toEqual([]);
    ws = restoreArticle(ws, 'pompeo-morocco');
    expect(claimsOnMap(ws, false)).toHaveLength(SEED_CLAIMS.length);
  });
});
