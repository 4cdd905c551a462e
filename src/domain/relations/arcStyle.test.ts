import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import { CERTAINTIES, STANCES } from '../claims/vocabulary';
import { arcStyle, CERTAINTY_OPACITY, STANCE_COLOURS, STANCE_DASH, stanceColour, supportWidth } from './arcStyle';

const claims = (k: number) => Array.from({ length: k }, () => ({}) as Claim);

describe('arcStyle', () => {
  it('gives every stance its own colour from one scale', () => {
    const colours = STANCES.map((s) => stanceColour(s));
    expect(new Set(colours).size).toBe(STANCES.length);
    expect(colours).toEqual(STANCES.map((s) => STANCE_COLOURS[s]));
  });

  it('draws severed relations as a broken line, and tells stances apart by pattern where colours could be confused', () => {
    expect(arcStyle({ stance: 'severed', support: claims(1), certainty: 'stated' }).dash.length).toBeGreaterThan(0);
    // Stances that share a pattern must be a colour pair that stays apart for colour-blind readers:
    // only blue (cooperative) and orange (tense) share the solid line.
    const solid = STANCES.filter((s) => STANCE_DASH[s].length === 0);
    expect(solid).toEqual(['cooperative', 'tense']);
    const patterns = STANCES.filter((s) => STANCE_DASH[s].length > 0).map((s) => STANCE_DASH[s].join(','));
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('widens an arc as more claims support it, up to a limit', () => {
    const widths = [1, 2, 4, 8, 20].map((k) => arcStyle({ stance: 'tense', support: claims(k), certainty: 'stated' }).width);
    for (let i = 1; i < widths.length - 1; i++) expect(widths[i]).toBeGreaterThan(widths[i - 1] as number);
    expect(widths[4]).toBe(supportWidth(8));
  });

  it('draws reported, alleged and unconfirmed relations fainter than stated ones, in that order', () => {
    const opacities = CERTAINTIES.map((c) => arcStyle({ stance: 'tense', support: claims(1), certainty: c }).opacity);
    for (let i = 1; i < opacities.length; i++) expect(opacities[i]).toBeLessThan(opacities[i - 1] as number);
    expect(opacities[0]).toBe(CERTAINTY_OPACITY.stated);
  });
});
