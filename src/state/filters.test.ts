import { describe, expect, it } from 'vitest';
import { applyFilters, passesFilters } from './filters';

describe('the legend’s filters', () => {
  const none = { hiddenStances: [], hiddenCertainties: [] };
  const article = { stance: 'tense', certainty: 'stated' };
  const fewEvents = { stance: 'cooperative', certainty: 'reported', events: { inWindow: 2 } };
  const manyEvents = { stance: 'tense', certainty: 'reported', events: { inWindow: 12 } };

  it('hide relations by stance and by certainty', () => {
    expect(passesFilters(article, { ...none, hiddenStances: ['tense'] })).toBe(false);
    expect(passesFilters(article, { ...none, hiddenCertainties: ['stated'] })).toBe(false);
    expect(passesFilters(article, none)).toBe(true);
  });

  it('keep pairs decided by events only with at least the fewest events asked for in the window; article relations are not counted so', () => {
    expect(applyFilters([article, fewEvents, manyEvents], { ...none, minEvents: 5 })).toEqual([article, manyEvents]);
    expect(applyFilters([article, fewEvents, manyEvents], { ...none, minEvents: 1 })).toEqual([article, fewEvents, manyEvents]);
    expect(applyFilters([article, fewEvents, manyEvents], none)).toEqual([article, fewEvents, manyEvents]);
  });
});
