// The reference page for the start-up bench: a bare MapLibre map of the same countries asset with
// one fill and one line layer, nothing else. Entente's start-up is reported as a ratio to it, loaded
// alternately in the same run, because absolute times on a software-GL machine are noise.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);

const topology = (await (await fetch('../countries.topo.json')).json()) as Topology;
const countries = feature(topology, topology.objects.countries!);
const container = document.getElementById('map') as HTMLElement;
const map = new MapLibreMap({
  container,
  style: {
    version: 8,
    sources: { countries: { type: 'geojson', data: countries } },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dce8f0' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f6f3ec' } },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#b8b0a2', 'line-width': 0.6 } },
    ],
  },
  bounds: [
    [-168, -56],
    [190, 76],
  ],
  fitBoundsOptions: { padding: 8 },
  fadeDuration: 0,
});
map.on('idle', () => {
  if (map.loaded()) container.dataset.mapReady = 'true';
});
(window as unknown as { __bareMap: unknown }).__bareMap = map;
