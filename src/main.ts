// The map first. This module, MapLibre and the map's controller are all the page loads at once: it
// reads the countries (index.html preloads them), makes the map, and only then asks for the rest of
// the app (React and all it shows, src/app/startApp.tsx) and hands it the map. The map's worker lays
// out the countries while React renders the page; the app then moves the map's element into its
// place (MapController.moveInto) and fills it with the seed's arcs or the stored workspace's.
import { type CountriesTopology, countryIndex } from './domain/geo/countryIndex';
import { parseCamera } from './app/hashState';
import { MapController } from './map/MapController';
// (After the map's module, so that the app's rules come after MapLibre's style sheet and win.)
import './ui/app.css';

const COUNTRIES_URL = `${import.meta.env.BASE_URL}countries.topo.json`;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const status = document.createElement('main');
status.className = 'status';
status.setAttribute('role', 'status');
status.textContent = 'Loading the world map…';
root.replaceChildren(status);

const countries = fetch(COUNTRIES_URL).then((r) => {
  if (!r.ok) throw new Error(`${COUNTRIES_URL}: HTTP ${r.status}`);
  return r.json() as Promise<CountriesTopology>;
});

/** Test and development builds only: `?arcs=replace` hands the map whole sources, for the bench to compare. */
const arcUpdate = import.meta.env.MODE !== 'production' && new URLSearchParams(window.location.search).get('arcs') === 'replace' ? 'replace' : 'diff';

countries
  .then(async (topology) => {
    const index = countryIndex(topology);
    // Where the map will be once the page is laid out, near enough (src/ui/app.css, .map-stage).
    const stage = document.body.appendChild(document.createElement('div'));
    stage.className = 'map-stage';
    const container = stage.appendChild(document.createElement('div'));
    container.className = 'map';
    container.dataset.testid = 'map';
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', 'World map of relations');
    const map = new MapController(container, { countries: index, camera: parseCamera(window.location.hash), arcUpdate });
    // (Asked for once the map is made: evaluating React and the app's modules before it would hold back
    // the map, whose worker laying out the countries is the longest part of the start.)
    const { startApp } = await import('./app/startApp');
    startApp(root, index, map);
    // (The app has taken the map's element; the stage goes once React has laid the page out.)
    requestAnimationFrame(() => stage.remove());
  })
  .catch((e: unknown) => {
    status.textContent = `Could not load the world map (${String(e)}).`;
  });
