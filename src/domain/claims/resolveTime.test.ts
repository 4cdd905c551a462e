import { describe, expect, it } from 'vitest';
import { findTimes, resolveTime } from './resolveTime';
import { SEED_ARTICLE, SEED_CLAIMS } from './seed/seedArticle';

const published = '2019-12-06'; // a Friday
const at = (date: string) => ({ kind: 'point', at: date });
const r = (text: string, previous?: string) => resolveTime(text, { published, ...(previous ? { previous } : {}) });

describe('resolveTime', () => {
  it('reads weekdays as the latest such day on or before publication', () => {
    expect(r('on Thursday')).toEqual(at('2019-12-05'));
    expect(r('on Wednesday')).toEqual(at('2019-12-04'));
    expect(r('on Friday')).toEqual(at('2019-12-06'));
    expect(r('last Friday')).toEqual(at('2019-11-29'));
    expect(r('on Saturday')).toEqual(at('2019-11-30'));
  });

  it('reads a day with no year, after a day or a month of another year, in that year (or the next, when its month comes earlier)', () => {
    const text = 'On 3 March 2001, the ship ran aground. On 4 March, the dispute began; on 9 January the crisis peaked.';
    expect(findTimes(text, { published }).map((f) => f.when)).toEqual([at('2001-03-03'), at('2001-03-04'), at('2002-01-09')]);
  });

  it('reads a weekday with no "on", as wire reports write it ("recalled its envoy Tuesday"), but not a feast named after one, nor a day ahead', () => {
    expect(findTimes('The ministry said Tuesday it had recalled its envoy.', { published }).map((f) => f.when)).toEqual([at('2019-12-03')]);
    expect(findTimes('the Good Friday Agreement', { published })).toEqual([]);
    expect(findTimes('a truce starting Saturday, ahead of Sunday’s vote', { published })).toEqual([]);
  });

  it('reads "until" a day with no year as from publication to the next such day, not the month before', () => {
    expect(resolveTime('until December 13', { published: '2023-11-28' })).toEqual({ kind: 'range', from: '2023-11-28', to: '2023-12-13' });
    expect(findTimes('closed the border until December 13, 2023.', { published: '2023-11-28' }).map((t) => t.when)).toEqual([{ kind: 'point', at: '2023-12-13' }]);
    expect(resolveTime('until December', { published: '2023-11-28' })).toEqual({ kind: 'point', at: '2022-12' });
  });

  it('reads last week as the Monday that starts the week before the publication week', () => {
    expect(r('last week')).toEqual(at('2019-11-25'));
    expect(r('this week')).toEqual(at('2019-12-02'));
  });

  it('reads years and months relative to publication', () => {
    expect(r('Last year')).toEqual(at('2018'));
    expect(r('earlier this year')).toEqual(at('2019'));
    expect(r('last month')).toEqual(at('2019-11'));
    expect(r('two years ago')).toEqual(at('2017'));
    expect(r('yesterday')).toEqual(at('2019-12-05'));
  });

  it('reads a day or a month with "this year", "last year" or "next year" after it in the year that names, from publication', () => {
    expect(r('On March 3 this year')).toEqual(at('2019-03-03'));
    expect(r('on 9 October last year')).toEqual(at('2018-10-09'));
    expect(r('in May last year')).toEqual(at('2018-05'));
    expect(r('by April next year')).toEqual(at('2020-04'));
  });

  it('reads a decade ("in the 1990s") as the range of its years', () => {
    expect(r('in the 1990s')).toEqual({ kind: 'range', from: '1990', to: '1999' });
    expect(r('during the 2010s')).toEqual({ kind: 'range', from: '2010', to: '2019' });
  });

  it('reads a month without a year as the latest such month on or before publication', () => {
    expect(r('In February')).toEqual(at('2019-02'));
    expect(r('in December')).toEqual(at('2019-12'));
    expect(resolveTime('in December', { published: '2020-01-10' })).toEqual(at('2019-12'));
    expect(r('in February 2012')).toEqual(at('2012-02'));
  });

  it('reads "a month earlier" against the date given before it', () => {
    expect(r('A month earlier', '2019-02')).toEqual(at('2019-01'));
    expect(r('a month earlier', '2019-01')).toEqual(at('2018-12'));
    expect(r('a week later', '2019-12-04')).toEqual(at('2019-12-11'));
    expect(r('two years earlier', '2000')).toEqual(at('1998'));
    expect(r('a month earlier')).toEqual(at('2019-11')); // against publication when nothing came before
    // A year before what it dates: "its 2020 war", "the 2018 peace deal".
    expect(findTimes('Azerbaijan won its 2020 war with Armenia.', { published }).map((t) => t.when)).toEqual([at('2020')]);
    expect(findTimes('The 2018 peace deal held.', { published }).map((t) => t.when)).toEqual([at('2018')]);
    // A duration is no date: "suspended visas for two months after the remarks".
    expect(findTimes('It suspended visas for two months after the remarks.', { published })).toEqual([]);
    expect(findTimes('It suspended visas two months after the remarks.', { published }).map((t) => t.when)).toEqual([at('2019-10')]);
  });

  it('reads ranges: since, between and from–to', () => {
    expect(r('since the 1979 Islamic revolution')).toEqual({ kind: 'range', from: '1979', to: null });
    expect(r('since March 2011')).toEqual({ kind: 'range', from: '2011-03', to: null });
    expect(r('between 1994 and 2000')).toEqual({ kind: 'range', from: '1994', to: '2000' });
  });

  it('reads absolute dates, with or without the year', () => {
    expect(r('in 1994')).toEqual(at('1994'));
    expect(r('on 5 December 2019')).toEqual(at('2019-12-05'));
    expect(r('December 5, 2019')).toEqual(at('2019-12-05'));
    // With no year: the latest such day before publication (2019-12-06), or one set ahead within two months.
    expect(r('on 10 March')).toEqual(at('2019-03-10'));
    expect(r('on 10 December')).toEqual(at('2019-12-10'));
    // (Further ahead, the year before: "on 10 December" in June.)
    expect(findTimes('on 10 December', { published: '2019-06-22' })[0]?.when).toEqual(at('2018-12-10'));
    expect(findTimes('from July 8', { published: '2019-06-22' })[0]?.when).toEqual(at('2019-07-08'));
    // (Not into the next year: "on 10 January" is this year's.)
    expect(r('on 10 January')).toEqual(at('2019-01-10'));
    expect(r('on 31 April')).toBeNull();
  });

  it('finds nothing in text without time, and never a year inside another number', () => {
    expect(findTimes('Morocco has warming if quiet relations with Israel.', { published })).toEqual([]);
    expect(findTimes('about 3,000 people of the once 250,000-strong community', { published })).toEqual([]);
  });

  it('finds the times in a sentence in order, each with its place', () => {
    const text = 'offices opened in 1994, but those offices were closed in 2000 due to violence';
    expect(findTimes(text, { published }).map((f) => [f.text, f.when])).toEqual([
      ['in 1994', at('1994')],
      ['in 2000', at('2000')],
    ]);
  });
});

describe('the seed article’s curated dates', () => {
  const times = findTimes(SEED_ARTICLE.text, { published: SEED_ARTICLE.published });

  it('are what the resolver reads in each claim’s quote; where the quote gives none, a date the article gives, or its publication date', () => {
    for (const claim of SEED_CLAIMS) {
      const inQuote = times.filter((t) => t.start >= claim.evidence.start && t.end <= claim.evidence.end).map((t) => t.when);
      if (inQuote.length > 0) expect(inQuote, claim.id).toContainEqual(claim.when);
      else expect([{ kind: 'unknown' }, at(SEED_ARTICLE.published), ...times.map((t) => t.when)], claim.id).toContainEqual(claim.when);
    }
  });
});

describe('findTimes with no publication date', () => {
  it('reads absolute dates and leaves relative ones unresolved', () => {
    expect(findTimes('On Thursday, in 2018, on 5 December 2019, last year and in March.', { published: null }).map((f) => f.text)).toEqual([
      'in 2018',
      'on 5 December 2019',
    ]);
  });
});
