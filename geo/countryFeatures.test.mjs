import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { buildCountryFeatures, hasStripe, polygonsOf } from './countryFeatures.mjs';

const require = createRequire(import.meta.url);
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const worldCountries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8'));
const atlasFeatures = feature(atlas, atlas.objects.countries).features;
const { countries, labels } = buildCountryFeatures(atlasFeatures, worldCountries);
// d3 measures a ring's inside the other way round from RFC 7946 (exterior clockwise).
const forD3 = (geometry) => ({ type: 'MultiPolygon', coordinates: polygonsOf(geometry).map((rings) => rings.map((r) => [...r].reverse())) });
const byCode = new Map(countries.map((c) => [c.id, c]));

describe('the countries build step', () => {
  it('keys every country by a unique ISO alpha-3 code and names it', () => {
    expect(countries).toHaveLength(atlasFeatures.length);
    expect(new Set(countries.map((c) => c.id)).size).toBe(countries.length);
    for (const c of countries) expect(c.id).toMatch(/^[A-Z]{3}$/);
    const nameOf = (code) => labels.find((l) => l.id === code)?.properties.name;
    expect(byCode.has('MAR') && nameOf('MAR')).toBe('Morocco');
    expect(byCode.has('XKX') && nameOf('XKX')).toBe('Kosovo');
    expect(byCode.has('CYN') && nameOf('CYN')).toBe('N. Cyprus');
    expect(byCode.has('SOL') && nameOf('SOL')).toBe('Somaliland');
    expect(labels.find((l) => l.id === 'MAR')?.properties).toMatchObject({ official: 'Kingdom of Morocco', alt: expect.arrayContaining(['MA']) });
  });

  it('gives every UN member a polygon or a point marker', () => {
    const placed = new Set(labels.map((l) => l.id));
    const members = worldCountries.filter((c) => c.unMember).map((c) => c.cca3);
    expect(members.length).toBeGreaterThanOrEqual(193);
    for (const code of members) expect(placed.has(code)).toBe(true);
    expect(labels.find((l) => l.id === 'TUV')?.properties.kind).toBe('marker');
  });

  it('cuts the polygons that cross the antimeridian, so that nothing stripes across the map', () => {
    expect(atlasFeatures.filter((f) => hasStripe(f.geometry)).map((f) => f.properties.name)).toEqual(['Russia', 'Fiji', 'Antarctica']);
    expect(countries.filter((c) => hasStripe(c.geometry))).toEqual([]);
    for (const code of ['RUS', 'FJI']) {
      const xs = polygonsOf(byCode.get(code).geometry).flat(2).map((p) => p[0]);
      expect(Math.min(...xs)).toBe(-180);
      expect(Math.max(...xs)).toBe(180);
    }
  });

  it('places one label per country, inside its largest polygon', () => {
    expect(labels.filter((l) => l.properties.kind === 'label')).toHaveLength(countries.length);
    for (const code of ['RUS', 'USA', 'FRA', 'MAR', 'ISR', 'CHL', 'IDN', 'NOR']) {
      const point = labels.find((l) => l.id === code).geometry.coordinates;
      expect(geoContains(forD3(byCode.get(code).geometry), point)).toBe(true);
    }
    // France's label is in Europe, not French Guiana; the United States' is not in Alaska.
    expect(labels.find((l) => l.id === 'FRA').geometry.coordinates[0]).toBeGreaterThan(-5);
    expect(labels.find((l) => l.id === 'USA').geometry.coordinates[0]).toBeGreaterThan(-125);
  });
});
