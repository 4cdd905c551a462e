// The wiring from data to what the map draws, in pure functions. Two parts change at different
// rates:
// - `deriveBase` (once per set of claims): the non-state actors' markers and the country labels,
//   those of countries with a relation first;
// - `arcsOf` (each time the date, the filters or the zoom level change): the arcs and direction
//   marks of the relations as of the date, the strongest first up to the zoom level's limit
//   (levelOfDetail.ts). Arc shapes are kept in a cache, so a date move computes no great circle twice.
import type { Feature, FeatureCollection, Point } from 'geojson';
import { homeOf, knownActorName, NON_STATE_ACTORS } from '../domain/claims/actors';
import type { ActorId, Claim } from '../domain/claims/claim';
import type { CountryIndex, LabelProperties } from '../domain/geo/countryIndex';
import type { LngLat } from '../domain/geo/greatCircleArc';
import { arcFeatures } from '../domain/relations/arcFeatures';
import { CASED_LIMIT } from '../domain/relations/levelOfDetail';
import { locationTotals, totalRings, type TotalRingProperties } from '../domain/relations/locationTotals';
import type { Relation } from '../domain/relations/relationsAsOf';
import type { ActorMarkerProperties, ArcData } from '../map/MapController';

export interface MapBase {
  actors: FeatureCollection<Point, ActorMarkerProperties>;
  /** Country labels, those of countries with a relation first (they win label collisions). */
  labels: FeatureCollection<Point, LabelProperties & { involved: 0 | 1 }>;
}

export interface DerivedMap extends MapBase {
  arcs: ArcData;
  /** Each actor's circle, sized by its relations and split by stance (of every relation shown, not only the arcs drawn). */
  totals: FeatureCollection<Point, TotalRingProperties>;
}

/** An actor's display name: a non-state actor's or an organisation's own, or the country's. */
export function actorName(id: ActorId, countries: CountryIndex): string {
  return knownActorName(id) ?? countries.nameOf(id) ?? id;
}

function anchorIn(countries: CountryIndex) {
  return (id: ActorId): LngLat | undefined => {
    const home = homeOf(id);
    return home ? countries.labelPointOf(home) : undefined;
  };
}

/** Where `ids` are drawn (each actor's anchor: its territory's label point), those with a place on the map. */
export function anchorsOf(ids: Iterable<ActorId>, countries: CountryIndex): LngLat[] {
  const anchorOf = anchorIn(countries);
  return [...ids].map(anchorOf).filter((p): p is LngLat => p !== undefined);
}

/** Markers and labels: what depends on which actors the claims name, not on the date. */
export function deriveBase(claims: readonly Claim[], countries: CountryIndex): MapBase {
  const anchorOf = anchorIn(countries);
  const named = new Set<string>();
  for (const c of claims) {
    named.add(c.subject);
    named.add(c.object);
  }
  const actors: Feature<Point, ActorMarkerProperties>[] = [];
  for (const actor of Object.values(NON_STATE_ACTORS)) {
    const at = anchorOf(actor.id);
    if (!at || !named.has(actor.id)) continue;
    actors.push({ type: 'Feature', properties: { id: actor.id, name: actor.name }, geometry: { type: 'Point', coordinates: at } });
  }
  const involvedHomes = new Set([...named].map((id) => homeOf(id)));
  const labels = countries.labels.features.map((f) => {
    const involved = involvedHomes.has(f.properties.code);
    return {
      ...f,
      properties: {
        ...f.properties,
        involved: involved ? (1 as const) : (0 as const),
        rank: involved ? f.properties.rank - 10_000 : f.properties.rank,
        minzoom: involved ? 0 : f.properties.minzoom,
      },
    };
  });
  return { actors: { type: 'FeatureCollection', features: actors }, labels: { type: 'FeatureCollection', features: labels } };
}

/** The arcs and direction marks of `relations` (those of one date, chosen for the zoom level, strongest first). */
export function arcsOf(
  relations: Iterable<Relation>,
  countries: CountryIndex,
  isUnreviewed: (claim: Claim) => boolean = () => false,
  lineCache?: Map<string, LngLat[]>,
): ArcData {
  return arcFeatures(relations, anchorIn(countries), homeOf, isUnreviewed, lineCache, CASED_LIMIT);
}

/** The location totals of `relations` (all those the legend lets through on the date), as rings at the actors' anchors. */
export function totalsOf(relations: Iterable<Relation>, countries: CountryIndex): FeatureCollection<Point, TotalRingProperties> {
  return totalRings(locationTotals(relations), anchorIn(countries), homeOf);
}
