import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CountriesTopology, countryIndex } from './countryIndex';

// The countries asset the app loads (built by `npm install`, geo/buildCountries.mjs).
const index = countryIndex(JSON.parse(readFileSync(join(process.cwd(), 'public/countries.topo.json'), 'utf8')) as CountriesTopology);

describe('the countries index', () => {
  it('gives the box of a country, across the antimeridian when that is narrower', () => {
    const [[west, south], [east, north]] = index.extentOf('QAT')!;
    expect(west).toBeGreaterThan(50);
    expect(east).toBeLessThan(52);
    expect(south).toBeGreaterThan(24);
    expect(north).toBeLessThan(27);
    // Fiji lies on both sides of 180°: its box is a few degrees wide, not the whole world.
    const [[fw], [fe]] = index.extentOf('FJI')!;
    expect(fe - fw).toBeLessThan(10);
    expect(index.extentOf('XYZ')).toBeUndefined();
  });
  it('says whether a country holds a point', () => {
    expect(index.contains('QAT', [51.2, 25.3])).toBe(true);
    expect(index.contains('QAT', [45, 24])).toBe(false);
    expect(index.contains('ISR', [34.9, 31.0])).toBe(true);
    expect(index.contains('SGP', [103.82, 1.35])).toBe(true);
  });
});
