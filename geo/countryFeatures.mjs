// Pure steps of the countries build: from world-atlas features (numeric ISO ids, some without id)
// to features keyed by ISO 3166-1 alpha-3, cut at the antimeridian, wound the RFC 7946 way, with one
// label point each inside the country's largest polygon. No file I/O here: see buildCountries.mjs.
import { geoArea, geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import polylabel from 'polylabel';

/** Stable codes for the world-atlas features that carry no numeric id, or share one. */
export const CODES_BY_NAME = {
  Kosovo: 'XKX', // the code the EU and IMF use for Kosovo
  'N. Cyprus': 'CYN', // Natural Earth's ADM0_A3
  Somaliland: 'SOL', // Natural Earth's ADM0_A3
  'Indian Ocean Ter.': 'IOA', // Natural Earth's ADM0_A3 (Australian Indian Ocean Territories)
  'Siachen Glacier': 'KAS', // Natural Earth's ADM0_A3
  'Ashmore and Cartier Is.': 'ATC', // shares 036 with Australia in world-atlas
};

/** world-countries writes Kosovo as UNK; we use XKX everywhere. */
const CODE_FIXES = { UNK: 'XKX' };

/**
 * Index world-countries by numeric code and by alpha-3.
 * @param {Array<any>} countries the world-countries list
 */
export function indexCountries(countries) {
  const byNumeric = new Map();
  const byCode = new Map();
  for (const c of countries) {
    const code = CODE_FIXES[c.cca3] ?? c.cca3;
    const entry = { ...c, cca3: code };
    if (c.ccn3) byNumeric.set(c.ccn3, entry);
    byCode.set(code, entry);
  }
  return { byNumeric, byCode };
}

/**
 * The alpha-3 code and common name of one world-atlas feature.
 * Throws when a feature cannot be named: the build must not ship an unnamed country.
 */
export function codeAndName(feature, index) {
  const atlasName = feature.properties?.name;
  const byName = CODES_BY_NAME[atlasName];
  if (byName) {
    const known = index.byCode.get(byName);
    return { code: byName, name: known?.name.common ?? atlasName };
  }
  const known = feature.id !== undefined ? index.byNumeric.get(String(feature.id)) : undefined;
  if (!known) throw new Error(`world-atlas feature "${atlasName}" (id ${feature.id}) has no ISO 3166-1 entry`);
  return { code: known.cca3, name: known.name.common };
}

// An equirectangular projection at scale 180/π and no translation is the identity on degrees; d3
// clips every geometry it streams at the antimeridian, so projecting through it cuts polygons that
// cross ±180° into pieces on either side. precision(0) keeps d3 from adding resampled points.
const identityCut = geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).reflectY(true).precision(0);

/** The geometry cut at the antimeridian, as lon/lat Polygon or MultiPolygon. */
export function cutAntimeridian(geometry) {
  const projected = geoProject(geometry, identityCut);
  if (!projected) return null;
  return rewind(projected);
}

function ringArea(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum / 2; // > 0 for counter-clockwise (x right, y up)
}

function orient(ring, ccw) {
  return ringArea(ring) > 0 === ccw ? ring : [...ring].reverse();
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
export function rewind(geometry) {
  const fixPolygon = (rings) => rings.map((ring, i) => orient(ring, i === 0));
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: fixPolygon(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fixPolygon) };
  }
  return geometry;
}

/** The polygons of a Polygon or MultiPolygon, as arrays of rings. */
export function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

const MAX_LAT = 85;
const toMercatorY = (lat) => {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return (Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI;
};
const fromMercatorY = (y) => (Math.atan(Math.sinh((y * Math.PI) / 180)) * 180) / Math.PI;

/**
 * The label point: the pole of inaccessibility (polylabel) of the country's largest polygon by area
 * on the sphere, found in Web Mercator so that it sits where a reader sees the middle of the shape.
 */
export function labelPoint(geometry) {
  const polygons = polygonsOf(geometry);
  if (polygons.length === 0) return null;
  let best = polygons[0];
  let bestArea = -1;
  for (const rings of polygons) {
    const area = geoArea({ type: 'Polygon', coordinates: rewindForD3(rings) });
    if (area > bestArea) {
      bestArea = area;
      best = rings;
    }
  }
  const mercator = best.map((ring) => ring.map(([x, y]) => [x, toMercatorY(y)]));
  const [x, y] = polylabel(mercator, 0.01);
  return [round(x, 3), round(fromMercatorY(y), 3)];
}

// d3 wants the opposite winding to RFC 7946 (exterior clockwise) to measure a ring's inside.
function rewindForD3(rings) {
  return rings.map((ring, i) => orient(ring, i !== 0));
}

/** Square kilometres per steradian on a sphere of the Earth's mean radius. */
const KM2_PER_STERADIAN = 6371 ** 2;

/**
 * The zoom from which a country's label is shown: the world view names countries of at least
 * 25,000 km² (Israel, Lebanon's neighbours); smaller ones appear as the reader zooms in.
 */
export function labelMinZoom(steradians) {
  const km2 = steradians * KM2_PER_STERADIAN;
  if (km2 >= 25_000) return 0;
  if (km2 >= 2_000) return 3;
  return 4;
}

function rewindGeometryForD3(geometry) {
  return { type: 'MultiPolygon', coordinates: polygonsOf(geometry).map(rewindForD3) };
}

export function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Does any ring of the geometry jump more than 180° of longitude between two points? */
export function hasStripe(geometry) {
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) return true;
      }
    }
  }
  return false;
}

/** The other names a country is searched by: its official name and alternative spellings and codes. */
export function searchNames(entry) {
  if (!entry) return { official: '', alt: [] };
  const alt = new Set([...(entry.altSpellings ?? []), entry.cca2, entry.cioc].filter(Boolean));
  alt.delete(entry.name.common);
  alt.delete(entry.name.official);
  return { official: entry.name.official, alt: [...alt] };
}

/**
 * Build the served features: world-atlas features in, one Polygon/MultiPolygon feature per code and
 * one label point per code out. UN members with no polygon get a point marker at their
 * world-countries position so that they can still be clicked.
 */
export function buildCountryFeatures(atlasFeatures, worldCountries) {
  const index = indexCountries(worldCountries);
  const countries = [];
  const labels = [];
  for (const feature of atlasFeatures) {
    const { code, name } = codeAndName(feature, index);
    const geometry = cutAntimeridian(feature.geometry);
    if (!geometry) continue;
    countries.push({ type: 'Feature', id: code, properties: { code }, geometry });
    const point = labelPoint(geometry);
    if (point) {
      labels.push({
        type: 'Feature',
        id: code,
        properties: { code, name, kind: 'label', ...searchNames(index.byCode.get(code)) },
        geometry: { type: 'Point', coordinates: point },
      });
    }
  }
  // Rank labels by area, largest first: MapLibre places low symbol-sort-keys first, so when labels
  // collide the larger country keeps its name.
  const areaOf = new Map(countries.map((c) => [c.id, geoArea(rewindGeometryForD3(c.geometry))]));
  const ranked = [...labels].sort((x, y) => areaOf.get(y.id) - areaOf.get(x.id));
  ranked.forEach((label, i) => {
    label.properties.rank = i;
    label.properties.minzoom = labelMinZoom(areaOf.get(label.id));
  });
  const drawn = new Set(countries.map((c) => c.id));
  for (const c of index.byCode.values()) {
    if (!c.unMember || drawn.has(c.cca3)) continue;
    const [lat, lng] = c.latlng;
    labels.push({
      type: 'Feature',
      id: c.cca3,
      properties: { code: c.cca3, name: c.name.common, kind: 'marker', rank: labels.length, minzoom: 2, ...searchNames(c) },
      geometry: { type: 'Point', coordinates: [lng, lat] },
    });
  }
  return { countries, labels };
}
