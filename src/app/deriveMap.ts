// The wiring from data to what the map draws, in pure functions: claims -> relation spans over all
// time -> arc and marker GeoJSON (built once per set of claims; the date only filters it on the
// map), and claims -> relations as of a date (for the panels and the list view).
import type { Feature, FeatureCollection, Point } from 'geojson';
import { homeOf, NON_STATE_ACTORS } from '../domain/claims/actors';
import type { ActorId, Article, Claim } from '../domain/claims/claim';
import { dayNumber } from '../domain/claims/partialDate';
import type { CountryIndex, LabelProperties } from '../domain/geo/countryIndex';
import type { LngLat } from '../domain/geo/greatCircleArc';
import { arcFeatures, LAST_DAY } from '../domain/relations/arcFeatures';
import { publishedDates, type RelationSpan, relationTimeline } from '../domain/relations/relationsAsOf';
import type { ActorMarkerProperties, ArcData } from '../map/MapController';

export interface DerivedMap {
  /** Every pair's relation over all time. */
  spans: RelationSpan[];
  arcs: ArcData;
  actors: FeatureCollection<Point, ActorMarkerProperties>;
  /** Country labels, those of countries with a relation first (they win label collisions). */
  labels: FeatureCollection<Point, LabelProperties & { involved: 0 | 1 }>;
}

/** An actor's display name: a non-state actor's own, or the country's. */
export function actorName(id: ActorId, countries: CountryIndex): string {
  return NON_STATE_ACTORS[id]?.name ?? countries.nameOf(id) ?? id;
}

export function deriveMap(
  claims: readonly Claim[],
  articles: readonly Article[],
  countries: CountryIndex,
  isUnreviewed: (claim: Claim) => boolean = () => false,
): DerivedMap {
  const spans = relationTimeline(claims, publishedDates(articles));
  const anchorOf = (id: ActorId): LngLat | undefined => {
    const home = homeOf(id);
    return home ? countries.labelPointOf(home) : undefined;
  };
  const arcs = arcFeatures(
    spans.map((s) => ({ relation: s.relation, fromDay: dayNumber(s.from), untilDay: s.until ? dayNumber(s.until) : LAST_DAY })),
    anchorOf,
    homeOf,
    isUnreviewed,
  );
  const drawnActors = new Set<string>();
  for (const { relation } of spans) {
    drawnActors.add(relation.a);
    drawnActors.add(relation.b);
  }
  const actors: Feature<Point, ActorMarkerProperties>[] = [];
  for (const actor of Object.values(NON_STATE_ACTORS)) {
    const at = anchorOf(actor.id);
    if (!at || !drawnActors.has(actor.id)) continue;
    actors.push({ type: 'Feature', properties: { id: actor.id, name: actor.name }, geometry: { type: 'Point', coordinates: at } });
  }
  const involvedHomes = new Set([...drawnActors].map((id) => homeOf(id)));
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
  return {
    spans,
    arcs,
    actors: { type: 'FeatureCollection', features: actors },
    labels: { type: 'FeatureCollection', features: labels },
  };
}
