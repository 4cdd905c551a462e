import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import { type DataAction, describeAction, perform, type WorkspaceState } from './actions';
import { changeBetween, HISTORY_LIMIT, type History, NO_HISTORY, record, redo, storable, undo } from './history';
import { historySchema, workspaceDataSchema } from './workspaceSchema';
import { initialState } from './viewState';
import type { WorkspaceData } from './workspaceData';

const start: WorkspaceState = { data: { articles: [SEED_ARTICLE], claims: SEED_CLAIMS, review: {}, removed: [] }, view: initialState('2019-12-06') };
const other = { ...SEED_ARTICLE, id: 'other', title: 'Another article' };

/** Any of the data actions a user can take on the seed workspace and what they add to it. */
const actionArb: fc.Arbitrary<DataAction> = fc.oneof(
  fc.record({ type: fc.constant('addArticle' as const), article: fc.constantFrom(SEED_ARTICLE, other), claims: fc.subarray(SEED_CLAIMS.slice(0, 5)) }),
  fc.record({ type: fc.constant('removeArticle' as const), articleId: fc.constantFrom(SEED_ARTICLE.id, 'other', `${SEED_ARTICLE.id}-2`) }),
  fc.record({ type: fc.constant('restoreArticle' as const), articleId: fc.constantFrom(SEED_ARTICLE.id, 'other') }),
  fc.record({
    type: fc.constant('review' as const),
    claimIds: fc.subarray(SEED_CLAIMS.map((c) => c.id)),
    status: fc.constantFrom('accepted' as const, 'rejected' as const, 'pending' as const),
  }),
  fc.record({ type: fc.constant('editClaim' as const), claim: fc.constantFrom(...SEED_CLAIMS.slice(0, 3)).map((c) => ({ ...c, stance: 'hostile' as const })) }),
  fc.record({ type: fc.constant('addClaim' as const), claim: fc.constantFrom(...SEED_CLAIMS.slice(0, 3)) }),
  fc.record({
    type: fc.constant('openSnapshot' as const),
    data: fc.constant<WorkspaceData>({ articles: [other], claims: SEED_CLAIMS.slice(0, 2).map((c) => ({ ...c, id: `o-${c.id}`, articleId: 'other' })), review: {}, removed: [] }),
    view: fc.constant({}),
  }),
  fc.record({ type: fc.constant('mergeSnapshot' as const), data: fc.constant<WorkspaceData>({ articles: [other], claims: [], review: {}, removed: ['other'] }) }),
);

/** Perform `actions`, recording each change as the app does. */
function run(actions: DataAction[]) {
  let state = start;
  let history: History = NO_HISTORY;
  const states: WorkspaceData[] = [state.data];
  for (const action of actions) {
    // A claim is written by hand in an article that is loaded (ids stay unique, as the app keeps them).
    if (action.type === 'addClaim' && !state.data.articles.some((a) => a.id === action.claim.articleId)) continue;
    const next = perform(state, action);
    const change = changeBetween(state.data, next.data, describeAction(action, state.data));
    history = record(history, change);
    // An action that changed nothing (a review of no claims) is nothing to undo.
    if (change) states.push(next.data);
    state = next;
  }
  return { data: state.data, history, states };
}

describe('undo and redo', () => {
  it('undo steps back through every change, in order, to the very data before it; redo steps forward again', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: HISTORY_LIMIT }), (actions) => {
        const { data, history, states } = run(actions);
        expect(history.undo.length).toBe(states.length - 1);
        let now = data;
        let h = history;
        for (let i = states.length - 2; i >= 0; i--) {
          const done = undo(h, now)!;
          expect(done.data).toEqual(states[i]);
          now = done.data;
          h = done.history;
        }
        expect(undo(h, now)).toBeNull();
        for (let i = 1; i < states.length; i++) {
          const done = redo(h, now)!;
          expect(done.data).toEqual(states[i]);
          now = done.data;
          h = done.history;
        }
        expect(redo(h, now)).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  it(`keeps the last ${HISTORY_LIMIT} changes, and a new change after an undo forgets what could be redone`, () => {
    const actions: DataAction[] = Array.from({ length: HISTORY_LIMIT + 3 }, (_, i) => ({ type: 'addArticle', article: { ...other, title: `Article ${i}` }, claims: [] }));
    const { data, history } = run(actions);
    expect(history.undo).toHaveLength(HISTORY_LIMIT);
    expect(history.undo.at(-1)?.label).toBe(`add “Article ${HISTORY_LIMIT + 2}”`);
    const back = undo(history, data)!;
    expect(back.history.redo).toHaveLength(1);
    const after = record(back.history, changeBetween(back.data, { ...back.data, removed: ['other'] }, 'remove “Another article”'));
    expect(after.redo).toHaveLength(0);
  });

  it('a change that changes nothing is not recorded; a review change keeps only the statuses it touched', () => {
    expect(changeBetween(start.data, start.data, 'nothing')).toBeNull();
    const reviewed = perform(start, { type: 'review', claimIds: [SEED_CLAIMS[0]!.id], status: 'rejected' });
    const change = changeBetween(start.data, reviewed.data, 'reject 1 claim')!;
    expect(change.before).toMatchObject({ articles: [], claims: [], claimOrder: null, review: [[SEED_CLAIMS[0]!.id, null]] });
    expect(change.after.review).toEqual([[SEED_CLAIMS[0]!.id, 'rejected']]);
  });

  it('replacing the workspace with a snapshot is undone to the whole workspace it replaced, also after the history is stored and read back', () => {
    const { data, history } = run([{ type: 'openSnapshot', data: { articles: [other], claims: [], review: {}, removed: [] }, view: {}, from: 'colleague.json' }]);
    expect(history.undo[0]?.label).toBe('open colleague.json, replacing the workspace');
    // Saved in IndexedDB as a structured clone, read back through the schema.
    const stored = historySchema.parse(structuredClone(history));
    const back = undo(stored, data)!;
    expect(workspaceDataSchema.parse(back.data)).toEqual(start.data);
  });

  it('keeps across a reload only what can still be applied: a change too large to save, and what lies beyond it, are left out', () => {
    const add = (n: number, title: string): DataAction => ({ type: 'addArticle', article: { ...other, title }, claims: SEED_CLAIMS.slice(0, n) });
    const { data, history } = run([add(1, 'one'), add(5, 'big'), add(1, 'two'), add(1, 'three')]);
    // A limit that the 5-claim change passes over (the 1-claim ones touch 4: their article and claim, on both sides).
    const saved = storable(history, 8);
    expect(saved.undo.map((c) => c.label)).toEqual(['add “two”', 'add “three”']);
    expect(storable(history, 100)).toBe(history);
    // Undone back to just after the big change: nothing before it can be undone after a reload, what was undone can be redone.
    let h = history;
    let d = data;
    for (let i = 0; i < 2; i++) ({ history: h, data: d } = undo(h, d)!);
    expect(storable(h, 8)).toEqual({ undo: [], redo: h.redo });
    // One more undo, of the big change itself: it is the next to redo, so nothing can be redone after a reload.
    h = undo(h, d)!.history;
    expect(storable(h, 8)).toEqual({ undo: [h.undo[0]], redo: [] });
  });
});
