import { type ReactNode, useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { actorsAnchoredIn, isStateId, NON_STATE_ACTORS } from '../domain/claims/actors';
import type { Claim } from '../domain/claims/claim';
import { claimStart } from '../domain/claims/claim';
import { dayNumber, firstDay } from '../domain/claims/partialDate';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import type { SearchEntry } from '../domain/geo/actorSearch';
import { type CountriesTopology, type CountryIndex, countryIndex } from '../domain/geo/countryIndex';
import { orderedPair, type PairKey, pairKey } from '../domain/relations/pairKey';
import { indexClaims, publishedDates, type Relation, relationsFromIndex } from '../domain/relations/relationsAsOf';
import { Timeline } from '../ui/Timeline';
import { claimDays } from '../ui/timelineMarks';
import type { ArcHover, MapPick } from '../map/MapController';
import { ArcTooltip } from '../ui/ArcTooltip';
import { ArticleView } from '../ui/ArticleView';
import { CountryPanel } from '../ui/CountryPanel';
import { Legend } from '../ui/Legend';
import { MapView } from '../ui/MapView';
import { PairPanel } from '../ui/PairPanel';
import { RelationTable } from '../ui/RelationTable';
import { SearchBox } from '../ui/SearchBox';
import { type AppState, initialState, reduce, type Selection } from './appState';
import { actorName, deriveMap } from './deriveMap';
import { parseHash } from './hashState';
import { useHashSync } from './useHashSync';

const COUNTRIES_URL = `${import.meta.env.BASE_URL}countries.topo.json`;
const ARTICLES = [SEED_ARTICLE];
const CLAIMS = SEED_CLAIMS;
const DEFAULTS = { asOf: SEED_ARTICLE.published };
const PUBLISHED = publishedDates(ARTICLES);

type Load = { state: 'loading' } | { state: 'ready'; countries: CountryIndex } | { state: 'failed'; message: string };

function useCountries(): Load {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    fetch(COUNTRIES_URL)
      .then((r) => {
        if (!r.ok) throw new Error(`${COUNTRIES_URL}: HTTP ${r.status}`);
        return r.json() as Promise<CountriesTopology>;
      })
      .then((topology) => live && setLoad({ state: 'ready', countries: countryIndex(topology) }))
      .catch((e: unknown) => live && setLoad({ state: 'failed', message: `Could not load the world map (${String(e)}).` }));
    return () => {
      live = false;
    };
  }, []);
  return load;
}

export function App() {
  const load = useCountries();
  if (load.state !== 'ready') {
    return (
      <div className="app">
        <Header />
        <main className="status" role="status">
          {load.state === 'loading' ? 'Loading the world map…' : load.message}
        </main>
      </div>
    );
  }
  return <Workspace countries={load.countries} />;
}

function Header({ children }: { children?: ReactNode }) {
  return (
    <header className="top">
      <h1>Entente</h1>
      <p className="article-title">
        {SEED_ARTICLE.title} <span className="date">· published {SEED_ARTICLE.published}</span>
      </p>
      {children}
    </header>
  );
}

/** Does a claim belong to the selection (an actor's claims, or a pair's)? */
function claimInSelection(claim: Claim, selection: Selection): boolean {
  if (!selection) return false;
  if (selection.kind === 'country') return claim.subject === selection.id || claim.object === selection.id;
  return pairKey(claim.subject, claim.object) === selection.key;
}

function Workspace({ countries }: { countries: CountryIndex }) {
  const [state, dispatch] = useReducer(reduce, undefined, (): AppState => ({ ...initialState(DEFAULTS.asOf), ...parseHash(window.location.hash) }));
  useHashSync(state, dispatch, DEFAULTS);
  const { selection, asOf, hiddenStances, hiddenCertainties, view } = state;
  const [hover, setHover] = useState<ArcHover | null>(null);

  const derived = useMemo(() => deriveMap(CLAIMS, ARTICLES, countries), [countries]);
  // The claims are indexed once; moving the date only folds the index again.
  const claimIndex = useMemo(() => indexClaims(CLAIMS, PUBLISHED), []);
  const relations = useMemo(() => relationsFromIndex(claimIndex, asOf), [claimIndex, asOf]);
  const marks = useMemo(() => claimDays(CLAIMS, (id) => PUBLISHED.get(id) ?? DEFAULTS.asOf), []);
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

  return (
    <div className="app">
      <Header>
        <div className="view-switch" role="group" aria-label="View">
          <button type="button" aria-pressed={view === 'map'} onClick={() => dispatch({ type: 'setView', view: 'map' })}>
            Map
          </button>
          <button type="button" aria-pressed={view === 'list'} onClick={() => dispatch({ type: 'setView', view: 'list' })}>
            List view
          </button>
        </div>
        <SearchBox entries={searchEntries} onChoose={selectActor} />
      </Header>
      <main className="workspace">
        <div className="center">
          <div className="map-area">
          <MapView
            countries={countries}
            onPick={onPick}
            onHover={setHover}
            arcs={derived.arcs}
            actors={derived.actors}
            labels={derived.labels}
            selectedCountry={selection?.kind === 'country' && isStateId(selection.id) ? selection.id : null}
            focus={focus}
            hiddenStances={hiddenStances}
            hiddenCertainties={hiddenCertainties}
            asOfDay={dayNumber(asOf)}
          >
            {hover && hovered && view === 'map' && <ArcTooltip relation={hovered} x={hover.x} y={hover.y} nameOf={nameOf} />}
          </MapView>
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
          <Timeline marks={marks} asOf={asOf} published={DEFAULTS.asOf} nameOf={nameOf} onChange={(date) => dispatch({ type: 'setDate', asOf: date })} />
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
                articleCount={ARTICLES.length}
                nameOf={nameOf}
                onSelectActor={selectActor}
                onSelectPair={selectPair}
                onClose={() => select(null)}
              />
            )}
            {selection?.kind === 'pair' && <PairSelection pair={selection.key} asOf={asOf} relation={relations.get(selection.key)} nameOf={nameOf} onSelectActor={selectActor} onClose={() => select(null)} />}
            {!selection && (
              <p className="hint">
                Click a country, an arc or a highlighted sentence, or search, to see the relations and the words behind them. {relations.size} relations
                from {CLAIMS.length} claims as of {asOf}.
              </p>
            )}
          </div>
          <ArticleView
            article={SEED_ARTICLE}
            claims={CLAIMS}
            isSelected={isSelectedClaim}
            selectedPair={selection?.kind === 'pair' ? selection.key : null}
            selectionKey={selectionKey}
            nameOf={nameOf}
            onSelectPair={selectPair}
          />
        </aside>
      </main>
    </div>
  );
}

function PairSelection(props: { pair: PairKey; asOf: string; relation: Relation | undefined; nameOf: (id: string) => string; onSelectActor: (id: string) => void; onClose: () => void }) {
  const { pair, asOf, relation, nameOf, onSelectActor, onClose } = props;
  const [a, b] = orderedPair(...(pair.split('|') as [string, string]));
  const published = new Map(ARTICLES.map((x) => [x.id, x.published]));
  const onPair = CLAIMS.filter((c) => pairKey(c.subject, c.object) === pair)
    .map((c) => ({ c, start: firstDay(claimStart(c.when, published.get(c.articleId) ?? asOf)) }))
    .sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
  const later = new Set(onPair.filter((x) => x.start > asOf).map((x) => x.c));
  return <PairPanel a={a} b={b} relation={relation} claims={onPair.map((x) => x.c)} later={later} asOf={asOf} nameOf={nameOf} onSelectActor={onSelectActor} onClose={onClose} />;
}
