// The export actions, wired to what is on screen: PNG (MapLibre's own pixels at 1x, 2x or 4x, with
// the overlay), SVG (the same view drawn with d3-geo), GeoJSON of the arcs as drawn, CSV and JSON of
// the claims, a snapshot that restores the whole state, and the link. The writers load when an
// export is first asked for, not at start-up.
import { type RefObject, useMemo } from 'react';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { SEED_ARTICLE } from '../domain/claims/seed/seedArticle';
import type { CountryIndex } from '../domain/geo/countryIndex';
import { countOf } from '../domain/text/countOf';
import type { Relation } from '../domain/relations/relationsAsOf';
import { arcsOnScreen } from '../export/arcsOnScreen';
import { download } from '../export/download';
import { exportFileName } from '../export/fileName';
import { buildSnapshot, serializeSnapshot } from '../export/snapshot';
import type { OverlayInfo } from '../export/svgMap';
import type { MapController } from '../map/MapController';
import type { Exports } from '../ui/ExportMenu';
import type { AppState } from '../state/viewState';
import type { DerivedMap } from './deriveMap';
import type { Camera } from './hashState';
import { applyFilters } from '../state/filters';
import { claimsOnMap, type WorkspaceData } from '../state/workspaceData';
import { charsThatFit, citationLine, type ShownSources } from '../export/whatIsShown';
import { selectClaims } from '../domain/relations/eventSelection';
import { pairKey } from '../domain/relations/pairKey';

export interface ExportsInput {
  controller: RefObject<MapController | null>;
  data: WorkspaceData;
  state: AppState;
  derived: DerivedMap;
  relations: ReadonlyMap<string, Relation>;
  countries: CountryIndex;
  nameOf: (id: string) => string;
  homeOf: (id: string) => string | undefined;
  focus: string;
  selectedCountry: string | null;
  /** What is shown (the articles not removed, the event data sets among them): titles, names, the source line. */
  sources: ShownSources;
  /** The relations the filters show. */
  shown: readonly Relation[];
  /** The URL of the state and camera now (the hash is written first, see useHashSync). */
  linkNow: (camera: Camera | null) => string;
}

export function useExports(input: ExportsInput): Exports {
  const { controller, data, state, derived, relations, countries, nameOf, homeOf, focus, selectedCountry, sources, shown, linkNow } = input;
  const polygons = useMemo(
    () => new Map(countries.polygons.features.map((f) => [f.properties.code, f as Feature<Polygon | MultiPolygon>])),
    [countries],
  );

  return useMemo(() => {
    const subject = state.selection
      ? state.selection.kind === 'country'
        ? nameOf(state.selection.id)
        : state.selection.key.split('|').map(nameOf).join(' ')
      : sources.fileSubject;
    // The data exports hold the claims the map draws (accepted, of articles not removed) that the
    // legend's filters let through; of coded events, those the event filters count, on pairs shown.
    const onMap = () => {
      const shownPairs = new Set(shown.map((r) => r.key));
      return selectClaims(applyFilters(claimsOnMap(data, false), state), state.eventSelection).filter((c) => !c.event || shownPairs.has(pairKey(c.subject, c.object)));
    };
    const citation = () => citationLine(sources.articles, data.claims, state.asOf, state, new Date().toISOString().slice(0, 10));
    const name = (extension: string, part?: string) => exportFileName(subject, state.asOf, extension, part);
    const screen = { hiddenStances: state.hiddenStances, hiddenCertainties: state.hiddenCertainties, focus };
    const arcs = () => arcsOnScreen(derived.arcs.arcs.features, screen);
    const marks = () => arcsOnScreen(derived.arcs.marks.features, screen);
    const overlay = (title: string, width: number): OverlayInfo => ({
      title: title.trim() || sources.title,
      dateLine: `Relations as of ${state.asOf}`,
      // Shortened to the width of the image, so that it is never cut at the edge.
      sourceLine: sources.sourceLine(charsThatFit(width)),
      hiddenStances: state.hiddenStances,
      hiddenCertainties: state.hiddenCertainties,
    });
    const need = () => {
      if (!controller.current) throw new Error('the map is not ready yet');
      return controller.current;
    };

    return {
      async png(ratio, title) {
        const map = need();
        const css = map.size();
        const capture = await map.capture(ratio);
        const { composePng } = await import('../export/pngExport');
        const result = await composePng(capture, css, overlay(title, css.width));
        const file = name('png', ratio === 1 ? undefined : `${ratio}x`);
        download(result.blob, file);
        const capped = result.cappedFrom
          ? ` MapLibre's largest canvas capped it: ${result.width}×${result.height} instead of ${result.cappedFrom.width}×${result.cappedFrom.height}.`
          : '';
        return `Saved ${file} (${result.width}×${result.height} pixels).${capped}`;
      },
      async svg(title) {
        const map = need();
        const { width, height } = map.size();
        const camera = map.camera();
        const { svgMap } = await import('../export/svgMap');
        // (The SVG draws the world flat: on the globe, it says so, in the image and in the status.)
        const globe = state.projection === 'globe';
        const shown = overlay(title, width);
        const text = svgMap({
          ...shown,
          ...(globe ? { dateLine: `${shown.dateLine} · drawn flat (Mercator)` } : {}),
          width,
          height,
          center: camera.center,
          zoom: camera.zoom,
          countries: countries.polygons,
          selectedCountry,
          arcs: arcs(),
          marks: marks(),
          labels: map.placedLabels(),
          actors: derived.actors.features.map((f) => ({ name: f.properties.name, at: f.geometry.coordinates as [number, number] })),
          totals: derived.totals.features.map((f) => ({ at: f.geometry.coordinates as [number, number], radius: f.properties.radius, colour: f.properties.colour, ring: f.properties.ring })),
        });
        const file = name('svg');
        download(text, file, 'image/svg+xml');
        return globe ? `Saved ${file}, drawn flat (Mercator): the SVG does not draw the globe; the PNG does.` : `Saved ${file}.`;
      },
      async geojson() {
        const { arcsGeoJson } = await import('../export/arcsGeoJson');
        const fc = arcsGeoJson({ arcs: arcs(), relations, polygons, homeOf, nameOf, asOf: state.asOf, articles: data.articles });
        const file = name('geojson', 'arcs');
        download(`${JSON.stringify(fc)}\n`, file, 'application/geo+json');
        return `Saved ${file} (${fc.features.filter((f) => f.properties?.kind === 'arc').length} arcs).`;
      },
      async csv() {
        const { claimsCsv } = await import('../export/claimsTable');
        const file = name('csv', 'claims');
        const claims = onMap();
        download(claimsCsv(claims, data.articles, nameOf, citation()), file, 'text/csv');
        return `Saved ${file} (${claims.length} claims).`;
      },
      async json() {
        const { claimsJson } = await import('../export/claimsTable');
        const file = name('json', 'claims');
        const claims = onMap();
        download(claimsJson(claims, data.articles, citation()), file, 'application/json');
        return `Saved ${file} (${claims.length} claims).`;
      },
      snapshot() {
        const map = need();
        const file = name('json', 'snapshot');
        download(serializeSnapshot(buildSnapshot(data.articles, data.claims, state, map.camera(), data)), file, 'application/json');
        return `Saved ${file}. Open it (Open…, or drop it on the page) to restore this view.`;
      },
      async copyLink() {
        const url = linkNow(controller.current?.camera() ?? null);
        // What the link does not carry, said when the user has data of their own.
        const own = data.articles.filter((a) => a.id !== SEED_ARTICLE.id);
        const caveat = own.length
          ? ` It carries the view, the date and the selection, not your ${countOf(own.length, 'article')} or data set${own.length === 1 ? '' : 's'}: to share those, use Share as file.`
          : ' It carries the view, the date and the selection.';
        try {
          await navigator.clipboard.writeText(url);
          return `Link copied (${url}).${caveat}`;
        } catch {
          return `Copy this link: ${url} —${caveat}`;
        }
      },
    };
  }, [controller, data, state, derived, relations, countries, nameOf, homeOf, focus, selectedCountry, sources, polygons, shown, linkNow]);
}
