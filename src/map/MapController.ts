// The one module that owns the MapLibre map. React creates it once, hands it what to draw (derived
// GeoJSON and a selection) and destroys it; the controller applies only what changed and reports
// clicks back as plain callbacks. It never reads app state.
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Point } from 'geojson';
import { type GeoJSONSource, Map as MapLibreMap, type MapGeoJSONFeature, type MapMouseEvent, setWorkerUrl } from 'maplibre-gl';
import type { CountryIndex } from '../domain/geo/countryIndex';
import { STANCE_COLOURS } from '../domain/relations/arcStyle';
import type { arcFeatures } from '../domain/relations/arcFeatures';
import { STANCES } from '../domain/claims/vocabulary';
import { directionMarkImage } from './directionMarkImage';
import { ACTOR_LAYERS, baseStyle, COUNTRY_LAYERS, markImage } from './mapStyle';

setWorkerUrl(workerUrl);

export type ArcData = ReturnType<typeof arcFeatures>;

export interface ActorMarkerProperties {
  id: string;
  name: string;
}

export interface MapControllerOptions {
  countries: CountryIndex;
  /** A click on a country (polygon, label or marker) or a non-state actor; null for the sea. */
  onSelect?: (actorId: string | null) => void;
}

/** What the map is asked to draw; each field is compared by identity and applied when it changes. */
export interface MapContent {
  arcs: ArcData;
  actors: FeatureCollection<Point, ActorMarkerProperties>;
  /** Country labels and the point markers of states without a polygon. */
  labels: FeatureCollection<Point>;
  /** The selected country's code, or null. */
  selected: string | null;
}

export class MapController {
  readonly map: MapLibreMap;
  private readonly container: HTMLElement;
  private loaded = false;
  private applied: Partial<MapContent> = {};
  private pending: MapContent | null = null;

  constructor(container: HTMLElement, private readonly options: MapControllerOptions) {
    this.container = container;
    const width = container.clientWidth || 1024;
    this.map = new MapLibreMap({
      container,
      style: baseStyle(),
      center: [12, 22],
      zoom: Math.max(0, Math.log2(width / 512)),
      minZoom: 0,
      maxZoom: 8,
      attributionControl: { compact: true, customAttribution: 'Natural Earth' },
      fadeDuration: 0,
    });
    // A handle for end-to-end tests and the browser console: which features are really rendered.
    (window as unknown as { __ententeMap?: MapLibreMap }).__ententeMap = this.map;
    this.map.on('load', () => {
      for (const stance of STANCES) this.map.addImage(markImage(stance), directionMarkImage(STANCE_COLOURS[stance]), { pixelRatio: 2 });
      (this.map.getSource('countries') as GeoJSONSource).setData(options.countries.polygons);
      this.loaded = true;
      if (this.pending) this.update(this.pending);
    });
    this.map.on('click', (e) => this.handleClick(e));
    for (const layer of [...COUNTRY_LAYERS, ...ACTOR_LAYERS]) {
      this.map.on('mouseenter', layer, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', layer, () => (this.map.getCanvas().style.cursor = ''));
    }
    this.map.on('idle', () => {
      if (this.loaded && this.applied.arcs) this.container.dataset.mapReady = 'true';
    });
  }

  /** Draw `content`, touching only the sources and states whose input changed. */
  update(content: MapContent): void {
    if (!this.loaded) {
      this.pending = content;
      return;
    }
    this.pending = null;
    const { applied } = this;
    if (content.arcs !== applied.arcs) {
      (this.map.getSource('arcs') as GeoJSONSource).setData(content.arcs.arcs);
      (this.map.getSource('marks') as GeoJSONSource).setData(content.arcs.marks);
      this.container.dataset.arcCount = String(content.arcs.arcs.features.length);
    }
    if (content.labels !== applied.labels) {
      (this.map.getSource('labels') as GeoJSONSource).setData(content.labels);
    }
    if (content.actors !== applied.actors) {
      (this.map.getSource('actors') as GeoJSONSource).setData(content.actors);
    }
    if (content.selected !== applied.selected) {
      if (applied.selected) this.map.setFeatureState({ source: 'countries', id: applied.selected }, { selected: false });
      if (content.selected) this.map.setFeatureState({ source: 'countries', id: content.selected }, { selected: true });
    }
    this.applied = { ...content };
  }

  private handleClick(e: MapMouseEvent): void {
    const layers = [...ACTOR_LAYERS, ...COUNTRY_LAYERS].filter((id) => this.map.getLayer(id));
    const hits: MapGeoJSONFeature[] = this.map.queryRenderedFeatures(e.point, { layers });
    const hit = hits[0];
    const id = hit ? String(hit.properties.id ?? hit.properties.code) : null;
    this.options.onSelect?.(id);
  }

  destroy(): void {
    this.map.remove();
  }
}
