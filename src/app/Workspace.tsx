// The workspace's layout: the header (title, view switch, export menu, search), the map with its
// banners, timeline and legend, and the side bar (the selection's panel, the articles). What it lays
// out comes from hooks, each with one concern:
//   useWorkspace      the stored data, the view state, the URL, and the one `dispatch` (state/actions.ts)
//   useMapContent     the pipeline from claims to arcs, filters applied once
//   useSources        files, drops, pastes and articles read into staged data, then into actions
//   useExports        the export menu's writers
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { homeOf, isStateId } from '../domain/claims/actors';
import { actorSearchEntries } from '../domain/geo/actorSearch';
import type { CountryIndex } from '../domain/geo/countryIndex';
import type { PairKey } from '../domain/relations/pairKey';
import type { Relation } from '../domain/relations/relationsAsOf';
import { groupThousands } from '../domain/text/countOf';
import type { ArcHover, Camera, MapController } from '../map/MapController';
import { citationLine, shownSources } from '../export/whatIsShown';
import { INPUT_FORMATS } from '../sources/inputFormats';
import { EVENT_WINDOWS, type Selection, sameSelection } from '../state/viewState';
import { ArcTooltip } from '../ui/ArcTooltip';
import { EventWindowPicker } from '../ui/EventWindowPicker';
import { ExportMenu } from '../ui/ExportMenu';
import { FileReadingBanner } from '../ui/FileReadingBanner';
import { GdeltProgressPanel } from '../ui/GdeltProgressPanel';
import { Legend } from '../ui/Legend';
import { DropHint, Header } from '../ui/Header';
import { type ChosenPick, MapView } from '../ui/MapView';
import { OpenButton } from '../ui/OpenButton';
import { OpenChoice } from '../ui/OpenChoice';
import { ProblemList } from '../ui/ProblemList';
import { SaveTrouble } from '../ui/SaveTrouble';
import { SearchBox } from '../ui/SearchBox';
import { SelectionPanel } from '../ui/SelectionPanel';
import { Timeline } from '../ui/Timeline';
import { UndoButtons } from '../ui/UndoButtons';
import { ArticlesSide, useArticleFocus } from './ArticlesSide';
import { actorName } from './deriveMap';
import { parseHash } from './hashState';
import { useExports } from './useExports';
import { useMapContent } from './useMapContent';
import { holdsText, useSources } from './useSources';
import { useSelectionInView } from './useSelectionInView';
import { useFileDrop } from './useFileDrop';
import { useWorkspace } from './useWorkspace';

// Loaded when first needed, not at start-up: the dialog for a new article.
// (The list view and the mapping dialog load when first shown: not part of the map's start-up.)
const RelationTable = lazy(() => import('../ui/RelationTable').then((m) => ({ default: m.RelationTable })));
const ColumnMappingDialog = lazy(() => import('../ui/ColumnMappingDialog').then((m) => ({ default: m.ColumnMappingDialog })));
const AddArticleDialog = lazy(() => import('../ui/AddArticleDialog').then((m) => ({ default: m.AddArticleDialog })));

export type { WorkspaceData } from '../state/workspaceData';

/** `map`: the map, made before React starts (src/main.ts); the workspace fills it and lays the page out around it. */
export function Workspace({ countries, map }: { countries: CountryIndex; map: MapController }) {
  const controller = useRef<MapController | null>(map);
  const jumpTo = useCallback((camera: Camera) => controller.current?.jumpTo(camera), []);
  const { data, current, view: state, dispatch, articles, article, defaults, url, trouble, keepMine, loadTheirs, saveState, history, undo, redo } = useWorkspace(jumpTo);
  const [showUnreviewed, setShowUnreviewed] = useState(false);
  const articleFocus = useArticleFocus();
  const [notice, setNotice] = useState<string | null>(null);
  const sayDone = (what: string, label: string | null) => label && setNotice(`${what}: ${label}.`);
  const { selection, asOf, hiddenStances, hiddenCertainties, view } = state;
  const { eventWindow, basis, eventSelection } = state;
  const content = useMapContent({ data, countries, asOf, filters: state, eventWindow, basis, eventSelection, showUnreviewed });
  const { panelClaims, published, isUnreviewed, relations, shown: visible, marks, detail, derived, setDetailLevel, settled } = content;
  const [hover, setHover] = useState<ArcHover | null>(null);
  const nameOf = useCallback((id: string) => actorName(id, countries), [countries]);
  const articleOf = useCallback(
    (articleId: string) => (articles.length > 1 ? data.articles.find((a) => a.id === articleId)?.title : undefined),
    [articles.length, data.articles],
  );
  const searchEntries = useMemo(() => actorSearchEntries(countries), [countries]);
  const select = useCallback((s: Selection) => dispatch({ type: 'select', selection: s }), [dispatch]);
  const selectActor = useCallback((id: string) => select({ kind: 'country', id }), [select]);
  const selectPair = useCallback((key: string) => select({ kind: 'pair', key: key as PairKey }), [select]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [select]);
  // The selection the page was opened with, from its link: said so when nothing loaded here names it.
  const [linkSelection] = useState(() => parseHash(window.location.hash).selection ?? null);
  const focus = selection ? (selection.kind === 'country' ? selection.id : selection.key) : '';
  const isSelectedRelation = useCallback(
    (r: Relation) => (selection?.kind === 'pair' ? r.key === selection.key : selection ? r.a === selection.id || r.b === selection.id : false),
    [selection],
  );
  const hovered = hover ? relations.get(hover.key as PairKey) : undefined;
  const selectedCountry = selection?.kind === 'country' && isStateId(selection.id) ? selection.id : null;
  // Labels the selection pins; a search or an article's highlight also brings it into view.
  const { pinned, findActor, highlightPair, pickOnMap, sideRef, tabIntoPanel, highlightArc } = useSelectionInView(selection, visible, countries, controller, select, url.initialCamera !== null);
  const onPick = useCallback(
    (pick: ChosenPick) => pickOnMap(pick === null ? null : pick.kind === 'pair' ? { kind: 'pair', key: pick.key as PairKey } : { kind: 'country', id: pick.id }),
    [pickOnMap],
  );
  /** A new article is shown, and its review opened when it has claims to review. */
  const { setShownArticle, setReviewing } = articleFocus;
  const onArticleAdded = useCallback(
    (id: string, review: boolean) => {
      setShownArticle(id);
      if (review) setReviewing(id);
    },
    [setShownArticle, setReviewing],
  );
  const opening = useSources({ dispatch, current, countries, controller, onNotice: setNotice, onArticleAdded });
  const { openFiles, openText, extractArticle, problems, dismissProblems, gdelt, cancelGdelt, reading, adding, setAdding, pendingOpen, chooseOpen, pendingMapping, chooseMapping } = opening;
  const shown = useMemo(() => shownSources(articles, data.claims), [articles, data.claims]);
  const exports = useExports({ controller, data, state, derived, relations, countries, nameOf, homeOf, focus, selectedCountry, sources: shown, shown: visible, linkNow: url.linkNow });

  const { dragging, dropHandlers } = useFileDrop(openFiles);
  return (
    // Files dropped anywhere on the page are opened (snapshots, claims, articles, event files).
    <div className="app" data-save-state={saveState} {...dropHandlers}>
      <Header
        title={shown.title}
        published={articles.length === 1 ? article.published : null}
        view={view}
        onView={(next) => dispatch({ type: 'setView', view: next })}
        projection={state.projection} onProjection={(next) => dispatch({ type: 'setProjection', projection: next })}
      >
        <UndoButtons
          undoLabel={history.undo.at(-1)?.label ?? null}
          redoLabel={history.redo.at(-1)?.label ?? null}
          onUndo={() => sayDone('Undone', undo())}
          onRedo={() => sayDone('Redone', redo())}
        />
        <OpenButton formats={INPUT_FORMATS.map((f) => f.label).join('; ')} onOpenFiles={openFiles} />
        <ExportMenu exports={exports} defaultTitle={shown.title} />
        <SearchBox entries={searchEntries} onChoose={findActor} />
      </Header>
      {problems && (
        <ProblemList
          title={problems.title}
          problems={problems.problems}
          onDismiss={dismissProblems}
          action={
            problems.action && {
              label: problems.action.label,
              run: () => {
                problems.action?.run();
                dismissProblems();
              },
            }
          }
        />
      )}
      {pendingOpen && (
        <OpenChoice
          name={pendingOpen.name}
          holds={holdsText(pendingOpen)}
          withView={pendingOpen.kind === 'snapshot'}
          current={{ articles: data.articles.length, claims: data.claims.length }}
          onChoose={chooseOpen}
        />
      )}
      {pendingMapping && (
        <Suspense fallback={null}>
          <ColumnMappingDialog name={pendingMapping.name} header={pendingMapping.header} sample={pendingMapping.sample} guess={pendingMapping.guess} onChoose={chooseMapping} />
        </Suspense>
      )}
      {trouble && <SaveTrouble trouble={trouble} onLoadTheirs={() => void loadTheirs()} onKeepMine={keepMine} />}
      {adding && (
        <Suspense fallback={null}>
        <AddArticleDialog
          initialFile={adding.file}
          onExtract={extractArticle}
          onPastedData={async (text) => {
            const result = await openText('pasted text', text);
            if (result.kind !== 'article') setAdding(null);
            return result.kind === 'article';
          }}
          onClose={() => setAdding(null)}
        />
        </Suspense>
      )}
      <main className="workspace">
        <div className="center">
          <div className="map-area" data-content-settled={settled}>
            <MapView
              controller={map}
              onPick={onPick}
              onTabOut={tabIntoPanel}
              nameOf={nameOf}
              onHover={setHover}
              arcs={derived.arcs}
              actors={derived.actors}
              totals={derived.totals}
              labels={derived.labels}
              selectedCountry={selectedCountry}
              focus={focus}
              pinned={pinned}
              projection={state.projection}
              onDetailLevel={setDetailLevel}
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
              {reading && <FileReadingBanner name={reading.name} bytes={reading.bytes} phase={reading.phase} onCancel={reading.cancel} />}
              {gdelt && <GdeltProgressPanel progress={gdelt.progress} files={gdelt.files} onCancel={cancelGdelt} />}
              {detail.shown.length < detail.total && view === 'map' && (
                <p className="detail-note" role="status" data-testid="detail-note">
                  Showing the {groupThousands(detail.shown.length)} strongest of {groupThousands(detail.total)} relations on this date; zoom in
                  or filter for more.
                </p>
              )}
            </div>
            {dragging && <DropHint formats={INPUT_FORMATS.map((f) => f.label)} />}
            {view === 'list' && (
              <div className="list-overlay">
                <Suspense fallback={null}>
                <RelationTable
                  relations={visible}
                  asOf={asOf}
                  isSelected={isSelectedRelation}
                  nameOf={nameOf}
                  onSelectPair={selectPair}
                  hiddenCount={relations.size - visible.length}
                  citation={citationLine(articles, data.claims, asOf, state, new Date().toISOString().slice(0, 10))}
                />
                </Suspense>
              </div>
            )}
          </div>
          <Timeline marks={marks} asOf={asOf} published={defaults.asOf} nameOf={nameOf} onChange={(date) => dispatch({ type: 'setDate', asOf: date })}>
            {shown.hasEvents && <EventWindowPicker days={state.eventWindow} options={EVENT_WINDOWS} onChange={(d) => dispatch({ type: 'setEventWindow', eventWindow: d })} />}
          </Timeline>
          <Legend
            hiddenStances={hiddenStances}
            hiddenCertainties={hiddenCertainties}
            onToggleStance={(stance) => dispatch({ type: 'toggleStance', stance })}
            onToggleCertainty={(certainty) => dispatch({ type: 'toggleCertainty', certainty })}
            eventFilter={shown.hasEvents ? { values: state, onChange: dispatch } : undefined}
          />
        </div>
        <aside className="side" aria-label="Details" ref={sideRef}>
          <SelectionPanel
            selection={selection}
            relations={relations}
            shown={visible}
            claims={panelClaims}
            eventsOfActor={content.eventsOfActor}
            published={published}
            asOf={asOf}
            articleCount={articles.length}
            loaded={shown.counted}
            fromLink={linkSelection !== null && sameSelection(selection, linkSelection)}
            nameOf={nameOf}
            articleOf={articleOf}
            onSelectActor={selectActor}
            onSelectPair={selectPair}
            onHighlightPair={highlightArc}
            eventWindow={state.eventWindow}
            onBrushWindow={({ last, days }) => {
              dispatch({ type: 'setDate', asOf: last });
              dispatch({ type: 'setEventWindow', eventWindow: days - 1 });
            }}
            onClose={() => select(null)}
          />
          <ArticlesSide
            data={data}
            fallback={article}
            countries={countries}
            dispatch={dispatch}
            selection={selection}
            focus={articleFocus}
            isUnreviewed={isUnreviewed}
            nameOf={nameOf}
            onSelectPair={highlightPair}
            showUnreviewed={showUnreviewed}
            onShowUnreviewed={setShowUnreviewed}
            onAdd={() => setAdding({ file: null })}
          />
        </aside>
      </main>
    </div>
  );
}
