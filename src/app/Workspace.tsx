// The workspace: the articles and claims loaded, the app state (a pure reducer), and what is derived
// from them for the map, the panels, the timeline and the exports.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { actorsAnchoredIn, homeOf, isStateId, NON_STATE_ACTORS } from '../domain/claims/actors';
import { type Article, type Claim, claimStart, type DataProblem } from '../domain/claims/claim';
import { dayNumber, firstDay } from '../domain/claims/partialDate';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import type { SearchEntry } from '../domain/geo/actorSearch';
import type { CountryIndex } from '../domain/geo/countryIndex';
import { orderedPair, type PairKey, pairKey } from '../domain/relations/pairKey';
import { indexClaims, publishedDates, type Relation, relationsFromIndex } from '../domain/relations/relationsAsOf';
import { parseSnapshot, stateOf } from '../export/snapshot';
import type { ArcHover, MapController, MapPick } from '../map/MapController';
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
import { claimDays } from '../ui/timelineMarks';
import { type AppState, initialState, reduce, type Selection } from './appState';
import { actorName, deriveMap } from './deriveMap';
import { parseHash } from './hashState';
import { useExports } from './useExports';
import { useHashSync } from './useHashSync';

/** What is loaded: the articles and their claims. */
export interface WorkspaceData {
  articles: Article[];
  claims: Claim[];
}

const SEED: WorkspaceData = { articles: [SEED_ARTICLE], claims: SEED_CLAIMS };

/** Does a claim belong to the selection (an actor's claims, or a pair's)? */
function claimInSelection(claim: Claim, selection: Selection): boolean {
  if (!selection) return false;
  if (selection.kind === 'country') return claim.subject === selection.id || claim.object === selection.id;
  return pairKey(claim.subject, claim.object) === selection.key;
}

export function Workspace({ countries }: { countries: CountryIndex }) {
  const [data, setData] = useState<WorkspaceData>(SEED);
  const article = data.articles[0] ?? SEED_ARTICLE;
  const defaults = useMemo(() => ({ asOf: article.published }), [article.published]);
  const [state, dispatch] = useReducer(reduce, undefined, (): AppState => ({ ...initialState(defaults.asOf), ...parseHash(window.location.hash) }));
  useHashSync(state, dispatch, defaults);
  const { selection, asOf, hiddenStances, hiddenCertainties, view } = state;
  const [hover, setHover] = useState<ArcHover | null>(null);
  const [problems, setProblems] = useState<{ title: string; problems: DataProblem[] } | null>(null);
  const controller = useRef<MapController | null>(null);

  const published = useMemo(() => publishedDates(data.articles), [data.articles]);
  const derived = useMemo(() => deriveMap(data.claims, data.articles, countries), [data, countries]);
  // The claims are indexed once; moving the date only folds the index again.
  const claimIndex = useMemo(() => indexClaims(data.claims, published), [data.claims, published]);
  const relations = useMemo(() => relationsFromIndex(claimIndex, asOf), [claimIndex, asOf]);
  const marks = useMemo(() => claimDays(data.claims, (id) => published.get(id) ?? defaults.asOf), [data.claims, published, defaults]);
  const nameOf = useCallback((id: string) => actorName(id, countries), [countries]);
  const visible = useMemo(
    () => [...relations.values()].filter((r) => !hiddenStances.includes(r.stance) && !hiddenCertainties.includes(r.certainty)),
    [relations, hiddenStances, hiddenCertainties],
  );
  const searchEntries = useMemo<SearchEntry[]>(
    () => [
      ...countries.labels.features.map((f) => ({ id: f.properties.code, name: f.properties.name, aliases: [f.properties.official, ...f.properties.alt] })),
      ...Object.values(NON_STATE_ACTORS).map((a) => ({ id: a.id, name: a.name, aliases: a.aliases })),
    ],
    [countries],
  );

  const select = useCallback((s: Selection) => dispatch({ type: 'select', selection: s }), []);
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
  const asOfDay = dayNumber(asOf);
  const selectedCountry = selection?.kind === 'country' && isStateId(selection.id) ? selection.id : null;

  /** Open a snapshot: everything is checked first; only a valid one replaces what is loaded. */
  const openSnapshot = useCallback(
    async (file: File) => {
      const { snapshot, problems: found } = parseSnapshot(await file.text(), file.name);
      if (!snapshot) {
        setProblems({ title: `Could not open ${file.name}; nothing was changed.`, problems: found });
        return;
      }
      setProblems(null);
      setData({ articles: snapshot.articles, claims: snapshot.claims });
      dispatch({ type: 'restore', state: stateOf(snapshot) });
      controller.current?.jumpTo(snapshot.view);
    },
    [],
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
    asOfDay,
  });

  const [dragging, setDragging] = useState(false);
  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void openSnapshot(file);
  };

  return (
    <div className="app">
      <header className="top">
        <h1>Entente</h1>
        <p className="article-title">
          {data.articles.length === 1 ? article.title : `${data.articles.length} articles`}{' '}
          <span className="date">· published {article.published}</span>
        </p>
        <div className="view-switch" role="group" aria-label="View">
          <button type="button" aria-pressed={view === 'map'} onClick={() => dispatch({ type: 'setView', view: 'map' })}>
            Map
          </button>
          <button type="button" aria-pressed={view === 'list'} onClick={() => dispatch({ type: 'setView', view: 'list' })}>
            List view
          </button>
        </div>
        <ExportMenu exports={exports} defaultTitle={article.title} onOpenSnapshot={openSnapshot} />
        <SearchBox entries={searchEntries} onChoose={selectActor} />
      </header>
      {problems && <ProblemList title={problems.title} problems={problems.problems} onDismiss={() => setProblems(null)} />}
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
              hiddenStances={hiddenStances}
              hiddenCertainties={hiddenCertainties}
              asOfDay={asOfDay}
            >
              {hover && hovered && view === 'map' && <ArcTooltip relation={hovered} x={hover.x} y={hover.y} nameOf={nameOf} />}
            </MapView>
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
                articleCount={data.articles.length}
                nameOf={nameOf}
                onSelectActor={selectActor}
                onSelectPair={selectPair}
                onClose={() => select(null)}
              />
            )}
            {selection?.kind === 'pair' && (
              <PairSelection
                pair={selection.key}
                asOf={asOf}
                claims={data.claims}
                published={published}
                relation={relations.get(selection.key)}
                nameOf={nameOf}
                onSelectActor={selectActor}
                onClose={() => select(null)}
              />
            )}
            {!selection && (
              <p className="hint">
                Click a country, an arc or a highlighted sentence, or search, to see the relations and the words behind them. {relations.size} relations from{' '}
                {data.claims.length} claims as of {asOf}.
              </p>
            )}
          </div>
          {data.articles.map((a) => (
            <ArticleView
              key={a.id}
              article={a}
              claims={data.claims.filter((c) => c.articleId === a.id)}
              isSelected={isSelectedClaim}
              selectedPair={selection?.kind === 'pair' ? selection.key : null}
              selectionKey={selectionKey}
              nameOf={nameOf}
              onSelectPair={selectPair}
            />
          ))}
        </aside>
      </main>
    </div>
  );
}

interface PairSelectionProps {
  pair: PairKey;
  asOf: string;
  claims: readonly Claim[];
  published: ReadonlyMap<string, string>;
  relation: Relation | undefined;
  nameOf: (id: string) => string;
  onSelectActor: (id: string) => void;
  onClose: () => void;
}

function PairSelection({ pair, asOf, claims, published, relation, nameOf, onSelectActor, onClose }: PairSelectionProps) {
  const [a, b] = orderedPair(...(pair.split('|') as [string, string]));
  const onPair = claims
    .filter((c) => pairKey(c.subject, c.object) === pair)
    .map((c) => ({ c, start: firstDay(claimStart(c.when, published.get(c.articleId) ?? asOf)) }))
    .sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
  const later = new Set(onPair.filter((x) => x.start > asOf).map((x) => x.c));
  return <PairPanel a={a} b={b} relation={relation} claims={onPair.map((x) => x.c)} later={later} asOf={asOf} nameOf={nameOf} onSelectActor={onSelectActor} onClose={onClose} />;
}
