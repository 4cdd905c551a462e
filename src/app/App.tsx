import { useCallback, useEffect, useMemo, useState } from 'react';
import { countryIndex, type CountriesTopology, type CountryIndex } from '../domain/geo/countryIndex';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import { CountryPanel } from '../ui/CountryPanel';
import { Legend } from '../ui/Legend';
import { MapView } from '../ui/MapView';
import { actorName, deriveMap } from './deriveMap';

const COUNTRIES_URL = `${import.meta.env.BASE_URL}countries.topo.json`;

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
  return (
    <div className="app">
      <header className="top">
        <h1>Entente</h1>
        <p className="article-title">
          {SEED_ARTICLE.title} <span className="date">· published {SEED_ARTICLE.published}</span>
        </p>
      </header>
      {load.state === 'ready' ? (
        <Workspace countries={load.countries} />
      ) : (
        <main className="status" role="status">
          {load.state === 'loading' ? 'Loading the world map…' : load.message}
        </main>
      )}
    </div>
  );
}

function Workspace({ countries }: { countries: CountryIndex }) {
  const [selected, setSelected] = useState<string | null>(null);
  const asOf = SEED_ARTICLE.published;
  const derived = useMemo(() => deriveMap(SEED_CLAIMS, [SEED_ARTICLE], asOf, countries), [asOf, countries]);
  const nameOf = useCallback((id: string) => actorName(id, countries), [countries]);
  const selectedRelations = useMemo(
    () => (selected ? [...derived.relations.values()].filter((r) => r.a === selected || r.b === selected) : []),
    [derived, selected],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setSelected(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <main className="workspace">
      <MapView countries={countries} onSelect={setSelected} arcs={derived.arcs} actors={derived.actors} labels={derived.labels} selected={selected} />
      <aside className="side">
        {selected && (
          <CountryPanel actorId={selected} name={nameOf(selected)} relations={selectedRelations} nameOf={nameOf} onSelect={setSelected} />
        )}
        <Legend />
        <p className="as-of">
          Relations as of <time dateTime={asOf}>{asOf}</time> · {derived.relations.size} relations from {SEED_CLAIMS.length} claims
        </p>
      </aside>
    </main>
  );
}
