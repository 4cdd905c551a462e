import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import type { Stance } from '../claims/vocabulary';
import type { LngLat } from '../geo/greatCircleArc';
import { locationTotals, sameRings, TOTAL_RADIUS, totalRings } from './locationTotals';
import { relationsAsOf } from './relationsAsOf';

const claim = (subject: string, object: string, stance: Stance): Claim => ({
  id: `${subject}-${object}`,
  articleId: 'a',
  subject,
  object,
  stance,
  directed: false,
  when: { kind: 'point', at: '2019' },
  certainty: 'stated',
  attribution: 'x',
  evidence: { quote: 'q', start: 0, end: 1 },
});
const anchors: Record<string, LngLat> = { MAR: [-6.7, 31.8], ISR: [34.9, 31], USA: [-98, 39], IRN: [53, 32], LBN: [36, 34.2] };
const anchorOf = (id: string) => anchors[id === 'hezbollah' ? 'LBN' : id];
const relations = (claims: Claim[]) => relationsAsOf(claims, '2020-01-01', new Map()).values();

describe('locationTotals', () => {
  const seedLike = [claim('MAR', 'USA', 'cooperative'), claim('MAR', 'ISR', 'warming'), claim('MAR', 'IRN', 'severed'), claim('USA', 'IRN', 'tense'), claim('hezbollah', 'MAR', 'hostile')];

  it('counts each actor once per relation, by stance, the busiest first', () => {
    const totals = locationTotals(relations(seedLike));
    expect(totals[0]).toMatchObject({ id: 'MAR', total: 4, byStance: { cooperative: 1, warming: 1, tense: 0, severed: 1, hostile: 1 } });
    expect(totals.find((t) => t.id === 'IRN')).toMatchObject({ total: 2, byStance: { severed: 1, tense: 1 } });
    expect(totals.map((t) => t.id).sort()).toEqual(['IRN', 'ISR', 'MAR', 'USA', 'hezbollah']);
  });

  it('draws a circle per actor whose area grows with its relations, split into rings by stance', () => {
    const rings = totalRings(locationTotals(relations(seedLike)), anchorOf).features;
    const of = (id: string) => rings.filter((f) => f.properties.id === id).map((f) => f.properties);
    // Morocco: the most relations, the largest circle; four stances, four rings from the outside in.
    expect(of('MAR').map((r) => r.stance)).toEqual(['cooperative', 'warming', 'severed', 'hostile']);
    expect(of('MAR')[0]?.radius).toBe(TOTAL_RADIUS.max);
    // Each ring's area is its stance's share: four relations, one each, so the areas step by a quarter.
    const areas = of('MAR').map((r) => r.radius ** 2);
    expect((areas[1] ?? 0) / (areas[0] ?? 1)).toBeCloseTo(3 / 4, 2);
    expect((areas[3] ?? 0) / (areas[0] ?? 1)).toBeCloseTo(1 / 4, 2);
    // One relation: the smallest circle, still large enough to click; a non-state actor sits in its territory.
    expect(of('ISR')).toHaveLength(1);
    expect(of('ISR')[0]?.radius).toBe(TOTAL_RADIUS.min);
    expect(rings.find((f) => f.properties.id === 'hezbollah')?.geometry.coordinates).toEqual(anchors.LBN);
    // Two relations sit between one and four.
    const iran = of('IRN')[0]?.radius ?? 0;
    expect(iran).toBeGreaterThan(TOTAL_RADIUS.min);
    expect(iran).toBeLessThan(TOTAL_RADIUS.max);
  });

  it('knows rings that draw the same from rings that do not', () => {
    const rings = (claims: Claim[]) => totalRings(locationTotals(relations(claims)), anchorOf);
    expect(sameRings(rings(seedLike), rings(seedLike))).toBe(true);
    expect(sameRings(rings(seedLike), rings([...seedLike.slice(0, 4), claim('hezbollah', 'MAR', 'tense')]))).toBe(false);
    expect(sameRings(rings(seedLike), rings(seedLike.slice(1)))).toBe(false);
  });

  it('leaves out actors with no place on the map, and draws nothing for no relations', () => {
    const rings = totalRings(locationTotals(relations([claim('MAR', 'XXX', 'tense')])), anchorOf).features;
    expect(rings.map((f) => f.properties.id)).toEqual(['MAR']);
    expect(totalRings(locationTotals([]), anchorOf).features).toEqual([]);
  });
});
