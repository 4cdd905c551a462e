// The workspace: the articles and claims loaded, the app state (a pure reducer), and what is derived
// from them for the map, the panels, the timeline and the exports.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { actorsAnchoredIn, homeOf, isStateId, NON_STATE_ACTORS, ORGANISATIONS } from '../domain/claims/actors';
import { type Article, type Claim, claimStart, type DataProblem } from '../domain/claims/claim';
import { firstDay } from '../domain/claims/partialDate';
import type { SearchEntry } from '../domain/geo/actorSearch';
import type { CountryIndex } from '../domain/geo/countryIndex';
import { orderedPair, type PairKey, pairKey } from '../domain/relations/pairKey';
import type { Relation } from '../domain/relations/relationsAsOf';
import { toClaim } from '../domain/extraction/extractedClaim';
import { slug } from '../export/fileName';
import { stateOf } from '../export/snapshot';
import { checkSize, type ImportResult, readImport } from './readImport';
import type { GdeltProgress, GdeltWorkerMessage } from './gdeltWorker';
import { GdeltProgressPanel } from '../ui/GdeltProgressPanel';

/** A GDELT 2.0 event export, by its name (plain, .gz or .zip). */
export function isGdeltFile(name: string): boolean {
  return /\.export\.csv(?:\.gz|\.zip)?$/i.test(name);
}
import type { ArticleDraft, ExtractProblem, ReadingCallbacks } from '../ui/AddArticleDialog';
import { actorsIn, prepareReading, readArticle } from './readArticle';
import { ArticlesPane } from '../ui/ArticlesPane';
import { countOf } from '../ui/claimText';
import type { ArcHover, Camera, MapController, MapPick } from '../map/MapController';
import { ArcTooltip } from '../ui/ArcTooltip';
import { ArticleView } from '../ui/ArticleView';
import { CountryPanel } from '../ui/CountryPanel';
import { ExportMenu } from '../ui/ExportMenu';
import { Legend } from '../ui/Legend';
import { MapView } from '../ui/MapView';
import { PairPanel } from '../ui/PairPanel';
import { ProblemList } from '../ui/ProblemList';
import { RelationTable } from '../ui/RelationTable';
import { SearchBox } from '../ui/SearchBox';
import { Timeline } from '../ui/Timeline';
import type { Selection } from '../state/viewState';
import { actorName } from './deriveMap';
import { useMapContent } from './useMapContent';
import { useExports } from './useExports';
import { statusOf } from '../state/workspaceData';
import { useWorkspace } from './useWorkspace';
import { addedArticleId } from '../state/actions';

// Loaded when first needed, not at start-up: the dialog for a new article and the review of its claims.
const AddArticleDialog = lazy(() => import('../ui/AddArticleDialog').then((m) => ({ default: m.AddArticleDialog })));
const ReviewPanel = lazy(() => import('../ui/ReviewPanel').then((m) => ({ default: m.ReviewPanel })));
const ClaimEditor = lazy(() => import('../ui/ReviewPanel').then((m) => ({ default: m.ClaimEditor })));

export type { WorkspaceData } from '../state/workspaceData';

/** Does a claim belong to the selection (an actor's claims, or a pair's)? */
function claimInSelection(claim: Claim, selection: Selection): boolean {
  if (!selection) return false;
  if (selection.kind === 'country') return claim.subject === selection.id || claim.object === selection.id;
  return pairKey(claim.subject, claim.object) === selection.key;
}

export function Workspace({ countries }: { countries: CountryIndex }) {
  const controller = useRef<MapController | null>(null);
  const jumpTo = useCallback((camera: Camera) => controller.current?.jumpTo(camera), []);
  const { data, view: state, dispatch, articles, article, defaults, url, trouble, keepMine, loadTheirs, saveState } = useWorkspace(jumpTo);
  const [showUnreviewed, setShowUnreviewed] = useState(false);
  const [adding, setAdding] = useState<{ file: File | null } | null>(null);
  // The dialog for a new article opens: the extraction worker starts loading while the reader pastes.
  useEffect(() => {
    if (adding) prepareReading();
  }, [adding]);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const [shownArticle, setShownArticle] = useState<string | null>(null);
  const [handDraft, setHandDraft] = useState<Claim | null>(null);
  const draftTicket = useRef(0);
  const [notice, setNotice] = useState<string | null>(null);
  const { selection, asOf, hiddenStances, hiddenCertainties, view } = state;
  const { mapClaims, published, isUnreviewed, relations, shown: visible, marks, detail, derived, setDetailLevel } = useMapContent({
    data,
    countries,
    asOf,
    filters: state,
    showUnreviewed,
    fallbackDate: defaults.asOf,
  });
  const [hover, setHover] = useState<ArcHover | null>(null);
  const [problems, setProblems] = useState<{ title: string; problems: DataProblem[]; action?: { label: string; run: () => void } } | null>(null);

  const nameOf = useCallback((id: string) => actorName(id, countries), [countries]);
  const articleOf = useCallback(
    (articleId: string) => (articles.length > 1 ? data.articles.find((a) => a.id === articleId)?.title : undefined),
    [articles.length, data.articles],
  );
  const searchEntries = useMemo<SearchEntry[]>(
    () => [
      ...countries.labels.features.map((f) => ({ id: f.properties.code, name: f.properties.name, aliases: [f.properties.official, ...f.properties.alt] })),
      ...Object.values(NON_STATE_ACTORS).map((a) => ({ id: a.id, name: a.name, aliases: a.aliases })),
    ],
    [countries],
  );

  const select = useCallback((s: Selection) => dispatch({ type: 'select', selection: s }), [dispatch]);
  const selectActor = useCallback((id: string) => select({ kind: 'country', id }), [select]);
  const selectPair = useCallback((key: string) => select({ kind: 'pair', key: key as PairKey }), [select]);
  const onPick = useCallback(
    (pick: MapPick) => select(pick === null ? null : pick.kind === 'pair' ? { kind: 'pair', key: pick.key as PairKey } : { kind: 'country', id: pick.id }),
    [select],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [select]);

  const focus = selection ? (selection.kind === 'country' ? selection.id : selection.key) : '';
  const selectionKey = selection ? `${selection.kind}:${focus}` : '';
  const isSelectedClaim = useCallback((c: Claim) => claimInSelection(c, selection), [selection]);
  const isSelectedRelation = useCallback(
    (r: Relation) => (selection?.kind === 'pair' ? r.key === selection.key : selection ? r.a === selection.id || r.b === selection.id : false),
    [selection],
  );
  const hovered = hover ? relations.get(hover.key as PairKey) : undefined;
  const selectedCountry = selection?.kind === 'country' && isStateId(selection.id) ? selection.id : null;

  const known = useCallback(
    (id: string) => countries.nameOf(id) !== undefined || id in NON_STATE_ACTORS || id in ORGANISATIONS,
    [countries],
  );

  /** Put an import into the workspace: a snapshot replaces it, claims are added to it. */
  const applyImport = useCallback(
    (result: ImportResult) => {
      if (result.kind === 'snapshot') {
        const { snapshot } = result;
        const ids = new Set(snapshot.claims.map((c) => c.id));
        const review = Object.fromEntries(Object.entries(snapshot.review ?? {}).filter(([id]) => ids.has(id)));
        const data = { articles: snapshot.articles, claims: snapshot.claims, review, removed: snapshot.removed ?? [] };
        dispatch({ type: 'openSnapshot', data, view: stateOf(snapshot) });
        controller.current?.jumpTo(snapshot.view);
      } else if (result.kind === 'claims') {
        dispatch({ type: 'importClaims', articles: result.articles, claims: result.claims });
      }
    },
    [dispatch],
  );

  /**
   * Open what the user brought: everything is read into a staging copy and checked first. Only a
   * valid import replaces or joins what is loaded; a partly valid one waits for the user to take its
   * valid part after seeing what would be skipped; an article goes to the Add article dialog.
   */
  const openText = useCallback(
    (name: string, text: string) => {
      const result = readImport(name, text, known);
      if (result.kind === 'article') return result;
      if (result.kind === 'refused') {
        setProblems({ title: `Could not open ${name}; nothing was changed.`, problems: result.problems });
      } else if (result.problems.length > 0) {
        const count = result.kind === 'snapshot' ? result.snapshot.claims.length : result.claims.length;
        setProblems({
          title: `${name} is partly valid: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} below. Nothing was changed yet.`,
          problems: result.problems,
          action: { label: `Import the valid part (${count} claims) and skip the rest`, run: () => applyImport(result) },
        });
      } else {
        setProblems(null);
        applyImport(result);
      }
      return result;
    },
    [known, applyImport],
  );
  /** GDELT event files are read in a worker, with progress, and can be cancelled. */
  const [gdelt, setGdelt] = useState<{ worker: Worker; files: number; progress: GdeltProgress | null } | null>(null);
  const importGdelt = useCallback(
    (files: File[]) => {
      const worker = new Worker(new URL('./gdeltWorker.ts', import.meta.url), { type: 'module' });
      setGdelt({ worker, files: files.length, progress: null });
      const received: { articles: Article[]; claims: Claim[] } = { articles: [], claims: [] };
      worker.onmessage = (e: MessageEvent<GdeltWorkerMessage>) => {
        const m = e.data;
        if (m.type === 'progress') setGdelt((g) => (g && g.worker === worker ? { ...g, progress: m } : g));
        else if (m.type === 'claims') {
          for (const a of m.articles) received.articles.push(a);
          for (const c of m.claims) received.claims.push(c);
        } else {
          worker.terminate();
          setGdelt(null);
          if (m.type === 'error') setProblems({ title: 'The GDELT import failed; nothing was added.', problems: [{ path: 'GDELT files', message: m.message }] });
          else {
            applyImport({ kind: 'claims', articles: received.articles, claims: received.claims, problems: [] });
            const skipped = Object.entries(m.skipped)
              .filter(([, n]) => (n ?? 0) > 0)
              .map(([why, n]) => `${why} ${n}`)
              .join(', ');
            setNotice(`GDELT: ${m.rows} rows read, ${m.kept} events between states added${skipped ? `; skipped: ${skipped}` : ''}.`);
          }
        }
      };
      worker.postMessage({ files, states: countries.codes });
    },
    [applyImport, countries],
  );
  const cancelGdelt = useCallback(() => {
    setGdelt((g) => {
      g?.worker.terminate();
      return null;
    });
    setNotice('The GDELT import was cancelled; nothing was added.');
  }, []);

  const openFile = useCallback(
    async (file: File) => {
      const sized = checkSize(file.name, file.size);
      if (sized?.kind === 'refused') {
        setProblems({ title: `Could not open ${file.name}; nothing was changed.`, problems: sized.problems });
        return;
      }
      const result = openText(file.name, await file.text());
      if (result.kind === 'article') setAdding({ file });
    },
    [openText],
  );

  const openFiles = useCallback(
    (files: File[]) => {
      const events = files.filter((f) => isGdeltFile(f.name));
      if (events.length) importGdelt(events);
      for (const f of files.filter((x) => !isGdeltFile(x.name))) void openFile(f);
    },
    [importGdelt, openFile],
  );

  /** Read a new article: extraction (in a worker) proposes claims, all waiting for review. */
  const extractArticle = useCallback(
    async (draft: ArticleDraft, reading: ReadingCallbacks): Promise<ExtractProblem | null> => {
      const id = slug(draft.title) || 'article';
      const handle = readArticle({ id, text: draft.text, published: draft.published, bodyStart: draft.bodyStart }, reading.onProgress);
      reading.onStart(handle.cancel);
      const result = await handle.result;
      if (result.type === 'cancelled') return 'Reading was cancelled; nothing was added.';
      if (result.type === 'error') return `The article could not be read (${result.message}). Nothing was added.`;
      const newArticle: Article = { id, title: draft.title, published: draft.published, source: draft.source, text: draft.text };
      /** Adds the article with no claims, to make claims by hand; shows it. */
      const keep = (notice: string) => {
        const keptId = addedArticleId(dispatch({ type: 'addArticle', article: newArticle, claims: [] })) ?? id;
        setAdding(null);
        setShownArticle(keptId);
        setNotice(notice);
      };
      if (result.type === 'language') {
        // Kept for claims made by hand; no claims are proposed for a language Entente does not read.
        keep(result.notice);
        return null;
      }
      const { extraction, actorsNamed } = result;
      if (actorsNamed === 0)
        return {
          message: `No relations between states found in “${draft.title}”: it names no country or other actor. Nothing was added yet.`,
          keep: () => keep(`“${draft.title}” is kept with no claims: select words in its text to add one by hand.`),
        };
      const added = dispatch({ type: 'addArticle', article: newArticle, claims: extraction.claims.map((c, i) => toClaim(c, id, i)) });
      const addedId = addedArticleId(added) ?? id;
      setAdding(null);
      // The map moves to the article: its date, and its actors in view.
      dispatch({ type: 'setDate', asOf: draft.published });
      const points = [...new Set(extraction.claims.flatMap((c) => [c.a, c.b]))]
        .map((id) => homeOf(id))
        .map((home) => (home ? countries.labelPointOf(home) : undefined))
        .filter((p): p is [number, number] => p !== undefined);
      controller.current?.fitTo(points);
      setReviewing(addedId);
      setShownArticle(addedId);
      setNotice(
        extraction.claims.length
          ? `${countOf(extraction.claims.length, 'claim')} read from “${draft.title}”. Review them: only accepted claims draw arcs.`
          : `No relations between states found in “${draft.title}”. Select words in its text to add a claim by hand.`,
      );
      return null;
    },
    [dispatch, countries],
  );

  const exports = useExports({
    controller,
    data,
    state,
    derived,
    relations,
    countries,
    nameOf,
    homeOf,
    focus,
    selectedCountry,
  });

  const [dragging, setDragging] = useState(false);
  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    // Snapshots, claims files, articles and GDELT event files each go their own way.
    openFiles([...e.dataTransfer.files]);
  };
  const shown = data.articles.find((a) => a.id === (shownArticle ?? article.id) && !data.removed.includes(a.id)) ?? article;
  // Per-article lists and counts, once per change of the data (not on every click or date move).
  const claimsByArticle = useMemo(() => {
    const by = new Map<string, Claim[]>();
    for (const c of data.claims) {
      const list = by.get(c.articleId);
      if (list) list.push(c);
      else by.set(c.articleId, [c]);
    }
    return by;
  }, [data.claims]);
  const articleRows = useMemo(
    () =>
      data.articles.map((a) => {
        const claims = claimsByArticle.get(a.id) ?? [];
        return { article: a, claims: claims.length, pending: claims.filter((c) => statusOf(data, c.id) === 'pending').length, removed: data.removed.includes(a.id) };
      }),
    [data, claimsByArticle],
  );
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
  const shownClaims = useMemo(() => (claimsByArticle.get(shown.id) ?? []).filter((c) => statusOf(data, c.id) !== 'rejected'), [claimsByArticle, shown.id, data]);
  const reviewArticle = reviewing ? data.articles.find((a) => a.id === reviewing) : undefined;
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
    <div className="app" data-save-state={saveState}>
      <header className="top">
        <h1>Entente</h1>
        <p className="article-title">
          {articles.length === 1 ? article.title : countOf(articles.length, 'article')}{' '}
          {articles.length === 1 && <span className="date">· published {article.published}</span>}
        </p>
        <div className="view-switch" role="group" aria-label="View">
          <button type="button" aria-pressed={view === 'map'} onClick={() => dispatch({ type: 'setView', view: 'map' })}>
            Map
          </button>
          <button type="button" aria-pressed={view === 'list'} onClick={() => dispatch({ type: 'setView', view: 'list' })}>
            List view
          </button>
        </div>
        <ExportMenu exports={exports} defaultTitle={article.title} onOpenFiles={openFiles} />
        <SearchBox entries={searchEntries} onChoose={selectActor} />
      </header>
      {problems && (
        <ProblemList
          title={problems.title}
          problems={problems.problems}
          onDismiss={() => setProblems(null)}
          action={
            problems.action && {
              label: problems.action.label,
              run: () => {
                problems.action?.run();
                setProblems(null);
              },
            }
          }
        />
      )}
      {trouble && (
        <p className="problems" role="alert" data-testid="save-trouble">
          {trouble.message}{' '}
          {trouble.kind === 'conflict' && (
            <>
              <button type="button" className="primary small" onClick={() => void loadTheirs()}>
                Load the other tab's copy
              </button>{' '}
              <button type="button" className="small" onClick={keepMine}>
                Keep this tab's copy
              </button>
            </>
          )}
        </p>
      )}
      {adding && (
        <Suspense fallback={null}>
        <AddArticleDialog
          initialFile={adding.file}
          onExtract={extractArticle}
          onPastedData={(text) => {
            const result = openText('pasted text', text);
            if (result.kind !== 'article') setAdding(null);
            return result.kind === 'article';
          }}
          onClose={() => setAdding(null)}
        />
        </Suspense>
      )}
      <main className="workspace">
        <div className="center">
          <div
            className={dragging ? 'map-area dragging' : 'map-area'}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <MapView
              countries={countries}
              onPick={onPick}
              onHover={setHover}
              onController={(c) => (controller.current = c)}
              arcs={derived.arcs}
              actors={derived.actors}
              labels={derived.labels}
              selectedCountry={selectedCountry}
              focus={focus}
              onDetailLevel={setDetailLevel}
              initialCamera={url.initialCamera}
              onCameraChange={url.cameraChanged}
            >
              {hover && hovered && view === 'map' && <ArcTooltip relation={hovered} x={hover.x} y={hover.y} nameOf={nameOf} />}
            </MapView>
            {/* Over the map, not above it: a banner that came and went would resize the map each time. */}
            <div className="map-banners">
              {notice && (
                <p className="notice" role="status">
                  {notice}{' '}
                  <button type="button" className="link" onClick={() => setNotice(null)}>
                    dismiss
                  </button>
                </p>
              )}
              {gdelt && <GdeltProgressPanel progress={gdelt.progress} files={gdelt.files} onCancel={cancelGdelt} />}
              {detail.shown.length < detail.total && view === 'map' && (
                <p className="detail-note" role="status" data-testid="detail-note">
                  Showing the {detail.shown.length.toLocaleString('en')} strongest of {detail.total.toLocaleString('en')} relations on this date; zoom in
                  or filter for more.
                </p>
              )}
            </div>
            {dragging && <div className="drop-hint">Drop an Entente snapshot (.json) to open it</div>}
            {view === 'list' && (
              <div className="list-overlay">
                <RelationTable
                  relations={visible}
                  asOf={asOf}
                  isSelected={isSelectedRelation}
                  nameOf={nameOf}
                  onSelectPair={selectPair}
                  hiddenCount={relations.size - visible.length}
                />
              </div>
            )}
          </div>
          <Timeline marks={marks} asOf={asOf} published={defaults.asOf} nameOf={nameOf} onChange={(date) => dispatch({ type: 'setDate', asOf: date })} />
          <Legend
            hiddenStances={hiddenStances}
            hiddenCertainties={hiddenCertainties}
            onToggleStance={(stance) => dispatch({ type: 'toggleStance', stance })}
            onToggleCertainty={(certainty) => dispatch({ type: 'toggleCertainty', certainty })}
          />
        </div>
        <aside className="side" aria-label="Details">
          <div className="side-panel">
            {selection?.kind === 'country' && (
              <CountryPanel
                actorId={selection.id}
                name={nameOf(selection.id)}
                relations={visible.filter((r) => r.a === selection.id || r.b === selection.id)}
                anchored={isStateId(selection.id) ? actorsAnchoredIn(selection.id) : []}
                asOf={asOf}
                articleCount={articles.length}
                nameOf={nameOf}
                articleOf={articleOf}
                onSelectActor={selectActor}
                onSelectPair={selectPair}
                onClose={() => select(null)}
              />
            )}
            {selection?.kind === 'pair' && (
              <PairSelection
                pair={selection.key}
                asOf={asOf}
                claims={mapClaims}
                published={published}
                relation={relations.get(selection.key)}
                nameOf={nameOf}
                articleOf={articleOf}
                onSelectActor={selectActor}
                onClose={() => select(null)}
              />
            )}
            {!selection && (
              <p className="hint">
                Click a country, an arc or a highlighted sentence, or search, to see the relations and the words behind them.{' '}
                <span data-testid="relation-count">
                  {countOf(visible.length, 'relation')} from {countOf(mapClaims.length, 'claim')} on the map, in {countOf(articles.length, 'article')}, as of {asOf}
                  {relations.size > visible.length ? `; ${relations.size - visible.length} hidden by the filters` : ''}.
                </span>
              </p>
            )}
          </div>
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
            onAdd={() => setAdding({ file: null })}
            onShowUnreviewed={setShowUnreviewed}
          />
          {reviewArticle ? (
            <Suspense fallback={<p className="meta">Opening the review…</p>}>
            <ReviewPanel
              article={reviewArticle}
              claims={claimsByArticle.get(reviewArticle.id) ?? []}
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
        </aside>
      </main>
    </div>
  );
}

interface PairSelectionProps {
  articleOf: (articleId: string) => string | undefined;
  pair: PairKey;
  asOf: string;
  claims: readonly Claim[];
  published: ReadonlyMap<string, string>;
  relation: Relation | undefined;
  nameOf: (id: string) => string;
  onSelectActor: (id: string) => void;
  onClose: () => void;
}

function PairSelection({ pair, asOf, claims, published, relation, nameOf, articleOf, onSelectActor, onClose }: PairSelectionProps) {
  const [a, b] = orderedPair(...(pair.split('|') as [string, string]));
  const onPair = claims
    .filter((c) => pairKey(c.subject, c.object) === pair)
    .map((c) => ({ c, start: firstDay(claimStart(c.when, published.get(c.articleId) ?? asOf)) }))
    .sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
  const later = new Set(onPair.filter((x) => x.start > asOf).map((x) => x.c));
  return (
    <PairPanel
      a={a}
      b={b}
      relation={relation}
      claims={onPair.map((x) => x.c)}
      later={later}
      asOf={asOf}
      nameOf={nameOf}
      articleOf={articleOf}
      onSelectActor={onSelectActor}
      onClose={onClose}
    />
  );
}
