// The arcs as drawn, as GeoJSON: each arc with its pair, stance, certainty, claim count and claim
// ids, and the polygons of the countries they join. The claims behind the arcs, with their
// articles, ride along in a foreign member `entente` (GeoJSON tools pass over it), so that the file
// opens again in Entente with nothing lost.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Article, Claim } from '../domain/claims/claim';
import type { Relation } from '../domain/relations/relationsAsOf';
import type { ArcProperties } from '../domain/relations/arcFeatures';
import type { LineString, MultiPolygon, Polygon } from 'geojson';

export interface ArcsGeoJsonInput {
  /** The arcs on screen (as of the date, after the filters). */
  arcs: Feature<LineString, ArcProperties>[];
  relations: ReadonlyMap<string, Relation>;
  /** The polygons of countries, by code. */
  polygons: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;
  homeOf: (id: string) => string | undefined;
  nameOf: (id: string) => string;
  asOf: string;
  /** The loaded articles: those the arcs' claims quote go into the file with them. */
  articles?: readonly Article[];
}

/** The claims behind the arcs and their articles, as a claims file (sources/claimsFile.ts reads it). */
export interface EntenteMember {
  format: 'entente-claims';
  version: 1;
  articles: Article[];
  claims: Claim[];
}

export type ArcsFeatureCollection = FeatureCollection<Geometry> & { entente: EntenteMember };

export function arcsGeoJson({ arcs, relations, polygons, homeOf, nameOf, asOf, articles = [] }: ArcsGeoJsonInput): ArcsFeatureCollection {
  const claims: Claim[] = [];
  const features: Feature<Geometry>[] = [];
  const places = new Set<string>();
  for (const arc of arcs) {
    const p = arc.properties;
    const relation = relations.get(p.key);
    for (const c of relation?.support ?? []) claims.push(c);
    features.push({
      type: 'Feature',
      properties: {
        kind: 'arc',
        pair: p.key,
        a: p.a,
        b: p.b,
        a_name: nameOf(p.a),
        b_name: nameOf(p.b),
        stance: p.stance,
        certainty: p.certainty,
        claim_count: p.claimCount,
        claim_ids: relation?.support.map((c) => c.id) ?? [],
        colour: p.colour,
        width: p.width,
        opacity: p.opacity,
        directed_a_to_b: relation?.towardB ?? false,
        directed_b_to_a: relation?.towardA ?? false,
        as_of: asOf,
      },
      geometry: arc.geometry,
    });
    for (const id of [p.a, p.b]) {
      const home = homeOf(id);
      if (home) places.add(home);
    }
  }
  for (const code of [...places].sort()) {
    const polygon = polygons.get(code);
    if (polygon) features.push({ type: 'Feature', properties: { kind: 'country', code, name: nameOf(code) }, geometry: polygon.geometry });
  }
  const quoted = new Set(claims.map((c) => c.articleId));
  return {
    type: 'FeatureCollection',
    features,
    entente: { format: 'entente-claims', version: 1, articles: articles.filter((a) => quoted.has(a.id)), claims },
  };
}
