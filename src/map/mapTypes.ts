// What the map controller takes and reports: the content it is asked to draw, the picks and hovers
// it reports, its options and its camera. Plain types, so that the UI and the app can name them.
import type { FeatureCollection, Point } from 'geojson';
import type { CountryIndex } from '../domain/geo/countryIndex';
import type { arcFeatures } from '../domain/relations/arcFeatures';
import type { TotalRingProperties } from '../domain/relations/locationTotals';

export type ArcData = ReturnType<typeof arcFeatures>;
export interface ActorMarkerProperties {
  id: string;
  name: string;
}

/**
 * What a click on the map picked: an actor (country or non-state), a pair (an arc), several actors
 * too close to tell apart (a small country and the markers on it: the reader chooses), or nothing (the sea).
 */
export type MapPick = { kind: 'actor'; id: string } | { kind: 'pair'; key: string } | { kind: 'choice'; ids: string[]; x: number; y: number } | null;

/** The arc under the pointer, and where the pointer is in the map's container. */
export interface ArcHover {
  key: string;
  x: number;
  y: number;
}

export interface MapControllerOptions {
  countries: CountryIndex;
  onPick?: (pick: MapPick) => void;
  onHover?: (hover: ArcHover | null) => void;
  /** The level of detail (an index into DETAIL_LEVELS) of the zoom, when it changes. */
  onDetailLevel?: (level: number) => void;
  /** Where the map opens (from a link); the whole inhabited world when absent. */
  camera?: Camera | null;
  /** The camera after each move (pan, zoom, fit), once it has come to rest. */
  onCameraChange?: (camera: Camera) => void;
  /** How new arcs reach the map: only those that changed (the default), or the whole source ('replace', for the bench). */
  arcUpdate?: 'diff' | 'replace';
}

/** Where the map looks: its centre (longitude, latitude) and zoom. */
export interface Camera {
  center: [number, number];
  zoom: number;
}

/** What the map is asked to draw; each field is compared by identity and applied when it changes. */
export interface MapContent {
  arcs: ArcData;
  actors: FeatureCollection<Point, ActorMarkerProperties>;
  /** Each actor's circle of location totals, as nested rings by stance (outermost first). */
  totals: FeatureCollection<Point, TotalRingProperties>;
  /** Country labels and the point markers of states without a polygon. */
  labels: FeatureCollection<Point>;
  /** The selected country's code (its polygon or marker is highlighted), or null. */
  selectedCountry: string | null;
  /** The focused actor id or pair key: arcs that do not touch it are dimmed. '' for none. */
  focus: string;
  /** Countries whose labels always show, whatever the zoom and the labels around them: the selection and its partners. */
  pinned: readonly string[];
  /** Flat (Mercator) or a globe. */
  projection: 'mercator' | 'globe';
}
