// The one module that owns the MapLibre map. src/main.ts makes it before React starts (the map
// first); React's MapView takes its element in and hands it what to draw (derived GeoJSON, the
// selection and the focus; mapTypes.ts); the controller applies only what changed and reports picks,
// hovers and the camera back as plain callbacks. It lives as long as the page. It never reads app
// state.
//
// What changes on every click goes through the style's global state and feature state; arcs go to
// the map only when they change (a new date, filter or zoom level: the arcs are those of the date
// that pass the legend's filters, the strongest first, see levelOfDetail.ts), and then only those
// that changed (arcSource.ts). The controller reports the zoom's level of detail so that the app can
// hand it the arcs for that level.
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { type GeoJSONSource, Map as MapLibreMap, type MapMouseEvent, prewarm, setWorkerUrl } from 'maplibre-gl';
import { STANCES } from '../domain/claims/vocabulary';
import { boundsAround } from '../domain/geo/boundsAround';
import { STANCE_COLOURS } from '../domain/relations/arcStyle';
import { levelAt } from '../domain/relations/levelOfDetail';
import { directionMarkImage } from './directionMarkImage';
import { applyArcs } from './arcSource';
import { captureMap } from './captureMap';
import { type PlacedLabel, placedLabels } from './placedLabels';
import { applyProjection, INHABITED_WORLD, pointsInView, reducedMotion, WORLD_PADDING } from './projection';
import { arcAt, pickAt } from './picking';
import { ACTOR_LAYERS, baseStyle, GLOBAL_STATE, COUNTRY_LAYERS, markImage, TOTALS_LAYERS, TOTALS_ROOM_IMAGE, TOTALS_ROOM_PX } from './mapStyle';
import type { ArcHover, Camera, MapContent, MapControllerOptions } from './mapTypes';

export type { ActorMarkerProperties, ArcData, ArcHover, Camera, MapContent, MapControllerOptions, MapPick } from './mapTypes';

setWorkerUrl(workerUrl);
// Start MapLibre's worker while the page is still loading the countries asset and rendering, so that
// its script is loaded and compiled by the time the map is created (start-up, docs/performance.md).
prewarm();


const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export class MapController {
  readonly map: MapLibreMap;
  private readonly container: HTMLElement;
  private loaded = false;
  /** The style is parsed: sources can take data (before the map's first complete load). */
  private styleReady = false;
  private applied: Partial<MapContent> = {};
  private pending: MapContent | null = null;
  private hoveredId: string | number | null = null;
  private last: MapContent | null = null;
  private detailLevel = 0;

  private readonly options: MapControllerOptions;
  /** Whether the reader has moved the map (then it is not fitted to the world again when it moves into the page). */
  private movedByReader = false;

  constructor(container: HTMLElement, options: MapControllerOptions) {
    this.container = container;
    this.options = { ...options };
    this.map = new MapLibreMap({
      container,
      style: baseStyle(options.countries.polygons),
      // The camera of a link, or the whole inhabited world.
      ...(options.camera
        ? { center: options.camera.center, zoom: options.camera.zoom }
        : { bounds: INHABITED_WORLD, fitBoundsOptions: { padding: WORLD_PADDING } }),
      // No rotation or tilt: the map stays north-up, as the exports (SVG in Web Mercator) draw it.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      minZoom: 0,
      maxZoom: 8,
      attributionControl: { compact: true, customAttribution: 'Natural Earth' },
      fadeDuration: 0,
    });
    // A handle for end-to-end tests and the console of a development build: which features are
    // really rendered. The production build leaves it out (the mode is replaced at build time).
    if (import.meta.env.MODE !== 'production') (window as unknown as { __ententeMap?: MapLibreMap }).__ententeMap = this.map;
    // The app writes the URL (one writer): the controller reports where the map came to rest.
    // (From the map's load on: before it, the map is still settling into the page and a link's selection.)
    this.map.on('moveend', () => {
      if (this.loaded) this.options.onCameraChange?.(this.camera());
    });
    this.map.on('movestart', (e) => {
      if (e.originalEvent) this.movedByReader = true;
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    // Content goes to the sources as soon as the style exists, so that the worker lays it out with the
    // countries, and the images the symbol layers use are there before their first layout (an image
    // added later makes MapLibre lay those sources out again: a third of a second at start-up in
    // software GL).
    this.map.once('style.load', () => {
      this.addImages();
      this.styleReady = true;
      if (this.pending) this.update(this.pending);
    });
    this.map.on('load', () => {
      this.loaded = true;
      // (Where the map rests: a map already moving, to a link's selection, reports at its moveend.)
      if (!this.map.isMoving()) this.options.onCameraChange?.(this.camera());
    });
    // After a lost WebGL context comes back, MapLibre rebuilds its painter and reloads the style,
    // which empties the sources and resets global and feature state. Once the style is back, hand
    // the map everything again.
    this.map.on('webglcontextrestored', () => {
      if (!this.loaded) return;
      const reapply = () => {
        if (!this.map.getSource('countries')) return false;
        this.addImages();
        (this.map.getSource('countries') as GeoJSONSource).setData(options.countries.polygons);
        this.applied = {};
        this.hoveredId = null;
        if (this.last) this.update(this.last);
        this.map.triggerRepaint();
        return true;
      };
      if (!reapply()) {
        const onStyle = () => {
          if (reapply()) this.map.off('styledata', onStyle);
        };
        this.map.on('styledata', onStyle);
      }
    });
    this.map.on('click', (e) => this.options.onPick?.(pickAt(this.map, this.options.countries, e.point)));
    this.map.on('mousemove', (e) => this.hoverAt(e));
    this.map.on('mouseout', () => this.setHover(null, null));
    const reportLevel = () => {
      const level = levelAt(this.map.getZoom());
      if (level !== this.detailLevel) {
        this.detailLevel = level;
        this.options.onDetailLevel?.(level);
      }
    };
    this.map.on('zoomend', reportLevel);
    this.map.once('load', reportLevel);
    this.map.on('idle', () => {
      if (this.loaded && this.applied.arcs) this.container.dataset.mapReady = 'true';
    });
  }

  private addImages(): void {
    if (!this.map.hasImage(TOTALS_ROOM_IMAGE)) this.map.addImage(TOTALS_ROOM_IMAGE, { width: TOTALS_ROOM_PX, height: TOTALS_ROOM_PX, data: new Uint8Array(TOTALS_ROOM_PX * TOTALS_ROOM_PX * 4) });
    for (const stance of STANCES) {
      if (!this.map.hasImage(markImage(stance))) this.map.addImage(markImage(stance), directionMarkImage(STANCE_COLOURS[stance]), { pixelRatio: 2 });
    }
  }

  /** Hands the map's picks, hovers and moves to new callbacks (the view that shows the map, once it exists). */
  setHandlers(handlers: Pick<MapControllerOptions, 'onPick' | 'onHover' | 'onDetailLevel' | 'onCameraChange'>): void {
    Object.assign(this.options, handlers);
  }

  /**
   * Moves the map's element into `parent` (the map is made before the page around it, see
   * src/main.ts) and fits it to its new size: a map that opened on the whole world and that nobody
   * has moved shows the whole world again, as it would have had it been made there.
   */
  moveInto(parent: HTMLElement): void {
    if (this.container.parentElement === parent) return;
    parent.appendChild(this.container);
    const canvas = this.map.getCanvas();
    const { width, height } = this.size();
    // (Nothing to do when the stage had the size of its place: a resize clears and redraws the canvas.)
    if (canvas.clientWidth === width && canvas.clientHeight === height) return;
    this.map.resize();
    if (!this.options.camera && !this.movedByReader) this.map.fitBounds(INHABITED_WORLD, { padding: WORLD_PADDING, animate: false });
  }

  /** Draw `content`, touching only the sources and states whose input changed. */
  update(content: MapContent): void {
    this.last = content;
    if (!this.styleReady) {
      this.pending = content;
      return;
    }
    this.pending = null;
    const { applied, map } = this;
    if (content.arcs !== applied.arcs) {
      this.setHover(null, null);
      applyArcs(map.getSource('arcs') as GeoJSONSource, this.container, content.arcs, applied.arcs, this.options.arcUpdate);
      (map.getSource('marks') as GeoJSONSource).setData(content.arcs.marks);
    }
    if (content.arcs !== applied.arcs) this.container.dataset.arcCount = String(content.arcs.arcs.features.length);
    if (content.labels !== applied.labels) (map.getSource('labels') as GeoJSONSource).setData(content.labels);
    if (content.actors !== applied.actors) (map.getSource('actors') as GeoJSONSource).setData(content.actors);
    if (content.totals !== applied.totals) (map.getSource('totals') as GeoJSONSource).setData(content.totals);
    if (content.selectedCountry !== applied.selectedCountry || content.labels !== applied.labels) {
      for (const source of ['countries', 'labels']) {
        if (applied.selectedCountry) map.setFeatureState({ source, id: applied.selectedCountry }, { selected: false });
        if (content.selectedCountry) map.setFeatureState({ source, id: content.selectedCountry }, { selected: true });
      }
    }
    // (Only a real change: the style starts with the defaults, and a new value of global state makes
    // MapLibre lay out again the sources whose filters read it.)
    if (content.focus !== (applied.focus ?? GLOBAL_STATE.focus)) map.setGlobalStateProperty('focus', content.focus);
    if (!sameList(content.pinned, applied.pinned ?? GLOBAL_STATE.pinned)) map.setGlobalStateProperty('pinned', [...content.pinned]);
    if (content.projection !== (applied.projection ?? 'mercator')) applyProjection(map, content.projection, this.size(), applied.projection !== undefined);
    this.applied = { ...content };
  }

  private hoverAt(e: MapMouseEvent): void {
    const arc = arcAt(this.map, e.point);
    if (arc) {
      this.setHover(arc.id ?? null, { key: String(arc.properties.key), x: e.point.x, y: e.point.y });
      this.map.getCanvas().style.cursor = 'pointer';
      return;
    }
    this.setHover(null, null);
    const clickable = this.map.queryRenderedFeatures(e.point, { layers: [...TOTALS_LAYERS, ...ACTOR_LAYERS, ...COUNTRY_LAYERS] }).length > 0;
    this.map.getCanvas().style.cursor = clickable ? 'pointer' : '';
  }

  /** Feature state marks the hovered arc; the arc source itself is never rebuilt for a hover. */
  private setHover(id: string | number | null, hover: ArcHover | null): void {
    if (id !== this.hoveredId) {
      if (this.hoveredId !== null) this.map.setFeatureState({ source: 'arcs', id: this.hoveredId }, { hover: false });
      if (id !== null) this.map.setFeatureState({ source: 'arcs', id }, { hover: true });
      this.hoveredId = id;
    }
    this.options.onHover?.(hover);
  }

  /** Mark the arc of `key` as the hovered one (a relation focused in the side panel), or none. */
  highlightArc(key: string | null): void {
    if (this.loaded) this.setHover(key, null);
  }

  /** Are all `points` on screen, `margin` pixels clear of the edges (and on the globe's near side)? */
  shows(points: readonly [number, number][], margin = 30): boolean {
    return pointsInView(this.map, this.size(), points, margin);
  }

  /** The camera, to save in a snapshot or the URL. */
  camera(): Camera {
    const c = this.map.getCenter();
    return { center: [c.lng, c.lat], zoom: this.map.getZoom() };
  }

  jumpTo(camera: Camera): void {
    this.map.jumpTo({ center: camera.center, zoom: camera.zoom });
  }

  /**
   * Brings points into view (the countries of a newly read article), with room around them; the move
   * is animated unless the reader prefers reduced motion.
   */
  fitTo(points: readonly [number, number][]): void {
    if (points.length === 0) return;
    const still = reducedMotion();
    this.map.fitBounds(boundsAround(points), { padding: { top: 60, bottom: 60, left: 60, right: 60 }, maxZoom: 4.5, duration: still ? 0 : 800 });
  }

  /** The size of the map in CSS pixels. */
  size(): { width: number; height: number } {
    return { width: this.container.clientWidth, height: this.container.clientHeight };
  }

  /** The labels MapLibre really placed (after collisions), for the SVG export (placedLabels.ts). */
  placedLabels(): PlacedLabel[] {
    return placedLabels(this.map);
  }

  /** The map drawn at `ratio` times the screen's pixels, copied into a 2D canvas (captureMap.ts). */
  capture(ratio: number): ReturnType<typeof captureMap> {
    return captureMap(this.map, this.size(), ratio);
  }
}
