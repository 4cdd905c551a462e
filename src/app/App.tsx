import { useEffect, useState } from 'react';
import { type CountriesTopology, type CountryIndex, countryIndex } from '../domain/geo/countryIndex';
import { Workspace } from './Workspace';

const COUNTRIES_URL = `${import.meta.env.BASE_URL}countries.topo.json`;

type Load = { state: 'loading' } | { state: 'ready'; countries: CountryIndex } | { state: 'failed'; message: string };

/** The countries asset, asked for as soon as this module runs (before React's first render). */
let countriesRequest: Promise<CountriesTopology> | null = null;
function requestCountries(): Promise<CountriesTopology> {
  countriesRequest ??= fetch(COUNTRIES_URL).then((r) => {
    if (!r.ok) throw new Error(`${COUNTRIES_URL}: HTTP ${r.status}`);
    return r.json() as Promise<CountriesTopology>;
  });
  return countriesRequest;
}
if (typeof window !== 'undefined') void requestCountries().catch(() => undefined);

function useCountries(): Load {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    requestCountries()
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
  if (load.state === 'ready') return <Workspace countries={load.countries} />;
  return (
    <div className="app">
      <header className="top">
        <h1>Entente</h1>
      </header>
      <main className="status" role="status">
        {load.state === 'loading' ? 'Loading the world map…' : load.message}
      </main>
    </div>
  );
}
