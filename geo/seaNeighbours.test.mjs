import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { seaNeighbours } from './seaNeighbours.mjs';

const require = createRequire(import.meta.url);
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const worldCountries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8'));
const near = seaNeighbours(atlas, worldCountries);

describe('seaNeighbours', () => {
  it('finds states that face each other across a strait or a narrow sea, both ways', () => {
    for (const [a, b] of [['JPN', 'KOR'], ['GBR', 'FRA'], ['BHR', 'QAT'], ['CUB', 'USA'], ['LKA', 'IND'], ['TWN', 'CHN'], ['SGP', 'MYS'], ['GRC', 'CYP']]) {
      expect(near.get(a)).toContain(b);
      expect(near.get(b)).toContain(a);
    }
  });
  it('leaves out land neighbours, states an ocean apart and states without a coast', () => {
    expect(near.get('FRA')).not.toContain('ESP'); // (a land border: world-countries' borders)
    expect(near.get('KOR')).not.toContain('PRK');
    expect(near.get('USA')).not.toContain('GBR');
    expect(near.get('AUS')).not.toContain('NZL'); // (the Tasman Sea is some 1,500 km wide)
    expect(near.has('AUT')).toBe(false);
    expect(near.get('JPN')).not.toContain('PRK'); // (the Sea of Japan is wider than 400 km)
  });
});
