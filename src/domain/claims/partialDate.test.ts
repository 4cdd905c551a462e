import { describe, expect, it } from 'vitest';
import { dayToShow } from './partialDate';

describe('the day an article is shown on', () => {
  it('is its publication day, or the latest day a claim names after it', () => {
    expect(dayToShow('2019-06-22', ['2019-06-21', '2008', null])).toBe('2019-06-22');
    expect(dayToShow('2019-06-22', ['2019-06-21', '2019-07-08', '2019-07-01'])).toBe('2019-07-08');
    // (Only a whole day: a month or a year after it names no day to show.)
    expect(dayToShow('2019-06-22', ['2019-07', '2020'])).toBe('2019-06-22');
    // (An article with no date keeps none.)
    expect(dayToShow('', ['2019-07-08'])).toBe('');
  });
});
