import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import { addedArticleId, perform, type WorkspaceState } from './actions';
import { initialState } from './viewState';

const start: WorkspaceState = Object.freeze({
  data: { articles: [SEED_ARTICLE], claims: SEED_CLAIMS, review: {}, removed: [] },
  view: initialState('2019-12-06'),
});

describe('one action system for what is loaded and what is shown', () => {
  it('an article added under a title already loaded gets its own id, and that id is what the action reports', () => {
    const again = { ...SEED_ARTICLE, title: 'Again' };
    const once = perform(start, { type: 'addArticle', article: again, claims: SEED_CLAIMS.slice(0, 2) });
    const twice = perform(once, { type: 'addArticle', article: again, claims: [] });
    expect(addedArticleId(once)).toBe(`${SEED_ARTICLE.id}-2`);
    expect(addedArticleId(twice)).toBe(`${SEED_ARTICLE.id}-3`);
    expect(twice.data.claims.filter((c) => c.articleId === addedArticleId(once))).toHaveLength(2);
  });

  it('a view action leaves the data as it was (same object), and a data action the view', () => {
    const selected = perform(start, { type: 'select', selection: { kind: 'country', id: 'MAR' } });
    expect(selected.data).toBe(start.data);
    expect(selected.view.selection).toEqual({ kind: 'country', id: 'MAR' });
    const removed = perform(selected, { type: 'removeArticle', articleId: SEED_ARTICLE.id });
    expect(removed.view).toBe(selected.view);
    expect(removed.data.removed).toEqual([SEED_ARTICLE.id]);
    expect(perform(removed, { type: 'removeArticle', articleId: SEED_ARTICLE.id })).toBe(removed);
  });

  it('a snapshot replaces both the data and the view; imported claims join what is loaded, skipping ids already there', () => {
    const data = { articles: [{ ...SEED_ARTICLE, id: 'other' }], claims: [], review: {}, removed: [] };
    const opened = perform(start, { type: 'openSnapshot', data, view: { asOf: '2001-01-01', hiddenStances: ['tense'] } });
    expect(opened.data).toBe(data);
    expect(opened.view).toMatchObject({ asOf: '2001-01-01', hiddenStances: ['tense'], view: 'map' });
    const merged = perform(start, { type: 'importClaims', articles: [SEED_ARTICLE], claims: [...SEED_CLAIMS.slice(0, 1), { ...SEED_CLAIMS[0]!, id: 'fresh' }] });
    expect(merged.data.articles).toHaveLength(1);
    expect(merged.data.claims).toHaveLength(SEED_CLAIMS.length + 1);
  });
});

describe('opening a snapshot into a workspace that has work in it', () => {
  it('adds its articles and claims by id, keeps their reviews, skips what is already here, and keeps the view', () => {
    const theirs = {
      articles: [SEED_ARTICLE, { ...SEED_ARTICLE, id: 'colleague' }],
      claims: [...SEED_CLAIMS.slice(0, 2), { ...SEED_CLAIMS[0]!, id: 'colleague-1', articleId: 'colleague' }],
      review: { 'colleague-1': 'pending' as const },
      removed: [],
    };
    const mine = perform(start, { type: 'select', selection: { kind: 'country', id: 'MAR' } });
    const merged = perform(mine, { type: 'mergeSnapshot', data: theirs });
    expect(merged.view).toBe(mine.view);
    expect(merged.data.articles.map((a) => a.id)).toEqual([SEED_ARTICLE.id, 'colleague']);
    expect(merged.data.claims).toHaveLength(SEED_CLAIMS.length + 1);
    expect(merged.data.review['colleague-1']).toBe('pending');
  });
});
