// The countries asset (built by geo/buildCountries.mjs, fetched at start-up) decoded into what the
// rest of the app needs: polygons keyed by ISO alpha-3 code, one label point per country, and the
// point markers of states that have no polygon.
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
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
}

export type CountriesTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  labels: GeometryCollection<LabelProperties>;
}>;

export function countryIndex(topology: CountriesTopology): CountryIndex {
  const polygons = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
  const labels = feature(topology, topology.objects.labels) as FeatureCollection<Point, LabelProperties>;
  const byCode = new Map<string, Feature<Point, LabelProperties>>(labels.features.map((f) => [f.properties.code, f]));
  return {
    polygons,
    labels,
    nameOf: (code) => byCode.get(code)?.properties.name,
    labelPointOf: (code) => byCode.get(code)?.geometry.coordinates as LngLat | undefined,
    codes: [...byCode.keys()],
  };
}
