// The article side of the workspace: the list of articles, the article shown (its text with the
// claims highlighted) or the review of its claims, and a claim made by hand from selected words.
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { NON_STATE_ACTORS, ORGANISATIONS } from '../domain/claims/actors';
import { type Article, type Claim } from '../domain/claims/claim';
import type { CountryIndex } from '../domain/geo/countryIndex';
import { pairKey } from '../domain/relations/pairKey';
import { actorsIn } from '../sources/articleText';
import { loadReviewPanel } from './reviewPanelChunk';
import { useLater } from './useMapContent';
import type { WorkspaceAction } from '../state/actions';
import type { Selection } from '../state/viewState';
import { statusOf, type WorkspaceData } from '../state/workspaceData';
import { ArticlesPane } from '../ui/ArticlesPane';
import { ArticleView } from '../ui/ArticleView';

// Loaded when first needed, not at start-up: the review of an article's claims and the claim editor.
const ReviewPanel = lazy(() => loadReviewPanel().then((m) => ({ default: m.ReviewPanel })));
const ClaimEditor = lazy(() => loadReviewPanel().then((m) => ({ default: m.ClaimEditor })));

/** Which article is shown and which is under review: the workspace sets them when an article is added. */
export interface ArticleFocus {
  shownArticle: string | null;
  setShownArticle: (id: string | null) => void;
  reviewing: string | null;
  setReviewing: (id: string | null) => void;
}

export function useArticleFocus(): ArticleFocus {
  const [shownArticle, setShownArticle] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<string | null>(null);
  return { shownArticle, setShownArticle, reviewing, setReviewing };
}

/** Does a claim belong to the selection (an actor's claims, or a pair's)? */
function claimInSelection(claim: Claim, selection: Selection): boolean {
  if (!selection) return false;
  if (selection.kind === 'country') return claim.subject === selection.id || claim.object === selection.id;
  return pairKey(claim.subject, claim.object) === selection.key;
}

export interface ArticlesSideProps {
  data: WorkspaceData;
  /** The article shown when none was chosen (the first one). */
  fallback: Article;
  countries: CountryIndex;
  dispatch: (action: WorkspaceAction) => unknown;
  selection: Selection;
  focus: ArticleFocus;
  isUnreviewed: (claim: Claim) => boolean;
  nameOf: (id: string) => string;
  onSelectPair: (key: string) => void;
  showUnreviewed: boolean;
  onShowUnreviewed: (show: boolean) => void;
  onAdd: () => void;
}

export function ArticlesSide(props: ArticlesSideProps) {
  const { data, fallback: article, countries, dispatch, selection, isUnreviewed, nameOf, onSelectPair: selectPair, showUnreviewed, onShowUnreviewed: setShowUnreviewed, onAdd } = props;
  const { shownArticle, setShownArticle, reviewing, setReviewing } = props.focus;
  const [handDraft, setHandDraft] = useState<Claim | null>(null);
  const draftTicket = useRef(0);
  const selectionKey = selection ? `${selection.kind}:${selection.kind === 'country' ? selection.id : selection.key}` : '';
  const isSelectedClaim = useCallback((c: Claim) => claimInSelection(c, selection), [selection]);

  const shown = data.articles.find((a) => a.id === (shownArticle ?? article.id) && !data.removed.includes(a.id)) ?? article;
  // Per-article counts, once per change of the claims (not on every click or date move), a task after
  // it: adding tens of thousands of claims does not hold up the click that adds them. One pass that
  // counts, with no list per article (grouping 70,000 claims into lists took tens of milliseconds).
  const settledClaims = useLater(data.claims);
  const countsByArticle = useMemo(() => {
    const pendingIds = new Set<string>();
    for (const id in data.review) if (data.review[id] === 'pending') pendingIds.add(id);
    const by = new Map<string, { claims: number; pending: number; allEvents: boolean }>();
    for (const c of settledClaims) {
      let n = by.get(c.articleId);
      if (!n) by.set(c.articleId, (n = { claims: 0, pending: 0, allEvents: true }));
      n.claims++;
      if (pendingIds.size > 0 && pendingIds.has(c.id)) n.pending++;
      if (c.event === undefined) n.allEvents = false;
    }
    return by;
    // (The review is read as it is when the claims change or a review is made: `data.review` is a dependency.)
  }, [settledClaims, data.review]);
  const articleRows = useMemo(
    () =>
      data.articles.map((a) => {
        const n = countsByArticle.get(a.id);
        return { article: a, claims: n?.claims ?? 0, pending: n?.pending ?? 0, removed: data.removed.includes(a.id), dataSet: (n?.claims ?? 0) > 0 && n!.allEvents };
      }),
    [data.articles, data.removed, countsByArticle],
  );
  /** The claims of one article (the one shown or reviewed), read from the settled claims when asked. */
  const claimsOf = useCallback((articleId: string) => settledClaims.filter((c) => c.articleId === articleId), [settledClaims]);
  /**
   * Words selected in the article: a claim by hand, starting from the actors the words name (found
   * by the extraction worker's actor finder: names, demonyms, capitals, leaders) and the article's
   * date; with fewer than two, the reader chooses the rest.
   */
  const draftFromSelection = useCallback(
    ({ start, end, quote }: { start: number; end: number; quote: string }) => {
      const ticket = ++draftTicket.current;
      void actorsIn(quote, shown.published).then((ids) => {
        if (ticket !== draftTicket.current) return;
        setHandDraft({
          id: 'new',
          articleId: shown.id,
          subject: ids[0] ?? '',
          object: ids[1] ?? '',
          stance: 'cooperative',
          directed: false,
          when: { kind: 'point', at: shown.published },
          certainty: 'stated',
          attribution: 'added by hand',
          evidence: { quote, start, end },
        });
      });
    },
    [shown.id, shown.published],
  );
  const shownClaims = useMemo(() => claimsOf(shown.id).filter((c) => statusOf(data, c.id) !== 'rejected'), [claimsOf, shown.id, data]);
  const reviewArticle = reviewing ? data.articles.find((a) => a.id === reviewing) : undefined;
  const reviewClaims = useMemo(() => (reviewArticle ? claimsOf(reviewArticle.id) : []), [reviewArticle, claimsOf]);
  const actorChoices = useMemo(
    () =>
      [
        ...Object.values(NON_STATE_ACTORS).map((a) => ({ id: a.id, name: a.name })),
        ...Object.values(ORGANISATIONS).map((o) => ({ id: o.id, name: o.name })),
        ...countries.labels.features.map((f) => ({ id: f.properties.code, name: f.properties.name })),
      ].sort((x, y) => x.name.localeCompare(y.name)),
    [countries],
  );

  return (
    <>
      <ArticlesPane
        articles={articleRows}
        shown={shown.id}
        showUnreviewed={showUnreviewed}
        onShow={(id) => {
          setShownArticle(id);
          setReviewing(null);
        }}
        onReview={(id) => {
          setShownArticle(id);
          setReviewing(id);
        }}
        onRemove={(id) => dispatch({ type: 'removeArticle', articleId: id })}
        onRestore={(id) => dispatch({ type: 'restoreArticle', articleId: id })}
        onAdd={onAdd}
        onShowUnreviewed={setShowUnreviewed}
      />
      {reviewArticle ? (
        <Suspense fallback={<p className="meta">Opening the review…</p>}>
        <ReviewPanel
          article={reviewArticle}
          claims={reviewClaims}
          statusOf={(id) => statusOf(data, id)}
          actors={actorChoices}
          nameOf={nameOf}
          onReview={(ids, status) => dispatch({ type: 'review', claimIds: ids, status })}
          onEdit={(claim) => dispatch({ type: 'editClaim', claim })}
          onClose={() => setReviewing(null)}
        />
        </Suspense>
      ) : (
        <ArticleView
          key={shown.id}
          article={shown}
          claims={shownClaims}
          isSelected={isSelectedClaim}
          isUnreviewed={isUnreviewed}
          selectedPair={selection?.kind === 'pair' ? selection.key : null}
          selectionKey={selectionKey}
          nameOf={nameOf}
          onSelectPair={selectPair}
          onSelectText={draftFromSelection}
        />
      )}
      {handDraft && (
        <section className="hand-claim" aria-label="New claim from the selected words">
          <p>
            <strong>New claim</strong> from “{handDraft.evidence.quote.slice(0, 140)}”
          </p>
          <Suspense fallback={null}>
          <ClaimEditor
            claim={handDraft}
            actors={actorChoices}
            onCancel={() => setHandDraft(null)}
            onSave={(c) => {
              dispatch({ type: 'addClaim', claim: c });
              setHandDraft(null);
            }}
          />
          </Suspense>
        </section>
      )}
    </>
  );
}
