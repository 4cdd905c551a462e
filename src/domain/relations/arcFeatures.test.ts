import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import type { LngLat } from '../geo/greatCircleArc';
import { arcFeatures, bendsFor } from './arcFeatures';
import { relationsAsOf } from './relationsAsOf';

const claim = (subject: string, object: string, overrides: Partial<Claim> = {}): Claim => ({
  id: `${subject}-${object}`,
  articleId: 'a',
  subject,
  object,
  stance: 'tense',
  directed: false,
  when: { kind: 'point', at: '2019' },
  certainty: 'stated',
  attribution: 'x',
  evidence: { quote: 'q', start: 0, end: 1 },
  ...overrides,
});
const anchors: Record<string, LngLat> = { MAR: [-6.7, 31.8], PSE: [35.2, 32.2], ISR: [34.9, 31], LBN: [36, 34.2], FJI: [178, -17.8], WSM: [-172, -13.7], DZA: [2.6, 28.2] };
const homes: Record<string, string> = { hezbollah: 'LBN', pa: 'PSE' };
const homeOf = (id: string) => homes[id] ?? id;
const draw = (claims: Claim[]) => arcFeatures(relationsAsOf(claims, '2020-01-01', new Map()).values(), (id) => anchors[homeOf(id)], homeOf);

describe('arcFeatures', () => {
  it('draws one arc per relation, styled by its properties', () => {
    const { arcs } = draw([claim('MAR', 'ISR', { stance: 'severed' })]);
    expect(arcs.features).toHaveLength(1);
    expect(arcs.features[0]?.properties).toMatchObject({ a: 'ISR', b: 'MAR', stance: 'severed', claimCount: 1 });
  });

  it('keeps two relations between the same two places apart', () => {
    const { arcs } = draw([claim('PSE', 'LBN'), claim('pa', 'hezbollah', { stance: 'cooperative' })]);
    expect(arcs.features).toHaveLength(2);
    const [x, y] = arcs.features.map((f) => f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)] as LngLat);
    expect(Math.hypot((x as LngLat)[0] - (y as LngLat)[0], (x as LngLat)[1] - (y as LngLat)[1])).toBeGreaterThan(0.2); // the two places are 2.2° apart
    expect(new Set(bendsFor(3)).size).toBe(3);
  });

  it('fans out arcs along one corridor: from Morocco to Israel, the Palestinian Authority and Lebanon', () => {
    const { arcs } = draw([claim('MAR', 'ISR'), claim('MAR', 'PSE', { stance: 'tense' }), claim('MAR', 'LBN', { stance: 'severed' })]);
    const middles = arcs.features.map((f) => f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)] as LngLat);
    // Their ends are a few degrees apart; their middles, over the Mediterranean, are spread wider than that.
    for (let i = 0; i < middles.length; i++)
      for (let j = i + 1; j < middles.length; j++) expect(Math.abs((middles[i] as LngLat)[1] - (middles[j] as LngLat)[1])).toBeGreaterThan(2);
  });

  it('bends a short arc enough to read as an arc', () => {
    const line = draw([claim('MAR', 'DZA')]).arcs.features[0]!.geometry.coordinates as LngLat[];
    const [from, to, middle] = [line[0]!, line.at(-1)!, line[Math.floor(line.length / 2)]!];
    // The middle lies off the straight line between the ends by most of a degree (half that before short arcs were bent more).
    const chord: LngLat = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
    expect(Math.hypot(middle[0] - chord[0], middle[1] - chord[1])).toBeGreaterThan(0.8);
  });

  it('puts a direction mark on directed relations only, pointing from subject to object', () => {
    const { marks } = draw([claim('MAR', 'ISR', { directed: true }), claim('MAR', 'PSE')]);
    expect(marks.features).toHaveLength(1);
    // Morocco is west of Israel: the mark points roughly east.
    expect(marks.features[0]?.properties.bearing).toBeGreaterThan(45);
    expect(marks.features[0]?.properties.bearing).toBeLessThan(135);
  });

  it('draws an arc across the antimeridian without a jump', () => {
    const { arcs } = draw([claim('FJI', 'WSM')]);
    const line = arcs.features[0]?.geometry.coordinates ?? [];
    for (let i = 1; i < line.length; i++) expect(Math.abs((line[i] as number[])[0]! - (line[i - 1] as number[])[0]!)).toBeLessThan(5);
  });
});
