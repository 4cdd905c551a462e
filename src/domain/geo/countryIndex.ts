// The countries asset (built by geo/buildCountries.mjs, fetched at start-up) decoded into what the
// rest of the app needs: polygons keyed by ISO alpha-3 code, one label point per country, and the
// point markers of states that have no polygon.
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { boundsAround } from './boundsAround';
import type { LngLat } from './greatCircleArc';

export interface CountryProperties {
  code: string;
}
export interface LabelProperties extends CountryProperties {
  name: string;
  /** Official name, from world-countries. */
  official: string;
  /** Alternative spellings and codes (alpha-2, IOC), from world-countries. */
  alt: string[];
  /** `label` for a polygon's label point; `marker` for a state drawn as a point only. */
  kind: 'label' | 'marker';
  /** Order of precedence when labels collide: 0 is the largest country. */
  rank: number;
  /** The zoom from which the label is shown. */
  minzoom: number;
}

export interface CountryIndex {
  polygons: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  labels: FeatureCollection<Point, LabelProperties>;
  /** Country name by code. */
  nameOf(code: string): string | undefined;
  /** Label point (or marker position) by code. */
  labelPointOf(code: string): LngLat | undefined;
  /** Every code, in the asset's order. */
  codes: string[];
  /**
   * The south-west and north-east corners of a country's polygons (across the antimeridian when that
   * is narrower: Fiji, Russia), or its label point twice for a state drawn as a point; undefined when unknown.
   */
  extentOf(code: string): [LngLat, LngLat] | undefined;
  /** Whether a country's polygons hold the point (planar, in degrees: for small countries and clicks). */
  contains(code: string, point: LngLat): boolean;
}

/** Whether `rings` (a polygon's rings, the first its outline) hold the point, by the even-odd rule. */
function inRings(rings: number[][][], [x, y]: LngLat): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

export type CountriesTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  labels: GeometryCollection<LabelProperties>;
}>;

export function countryIndex(topology: CountriesTopology): CountryIndex {
  const polygons = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  const labels = feature(topology, topology.objects.labels) as FeatureCollection<Point, LabelProperties>;
  const byCode = new Map<string, Feature<Point, LabelProperties>>(labels.features.map((f) => [f.properties.code, f]));
  const extents = new Map<string, [LngLat, LngLat] | undefined>();
  const shapeOf = new Map(polygons.features.map((f) => [f.properties.code, f.geometry]));
  return {
    polygons,
    labels,
    nameOf: (code) => byCode.get(code)?.properties.name,
    labelPointOf: (code) => byCode.get(code)?.geometry.coordinates as LngLat | undefined,
    codes: [...byCode.keys()],
    extentOf: (code) => {
      if (!extents.has(code)) {
        const shape = shapeOf.get(code);
        const rings = shape ? (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates) : [];
        const points = rings.flatMap((polygon) => polygon[0] ?? []) as LngLat[];
        const label = byCode.get(code)?.geometry.coordinates as LngLat | undefined;
        extents.set(code, points.length > 0 ? boundsAround(points) : label ? [label, label] : undefined);
      }
      return extents.get(code);
    },
    contains: (code, point) => {
      const shape = shapeOf.get(code);
      if (!shape) return false;
      return (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates).some((polygon) => inRings(polygon, point));
    },
  };
}
