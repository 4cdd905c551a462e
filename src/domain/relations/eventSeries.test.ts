import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import type { Stance } from '../claims/vocabulary';
import { eventSeries, monthRange } from './eventSeries';
import { eventClaim } from './eventTestKit';

const event = (stance: Stance, at: string, goldstein: number): Claim => eventClaim('RUS', 'USA', stance, at, { goldstein });

describe('eventSeries', () => {
  it('counts events per month by stance with the mean Goldstein score, every month from the first to the last', () => {
    const series = eventSeries([event('tense', '2016-01-05', -2), event('tense', '2016-01-20', -4), event('cooperative', '2016-01-21', 3), event('hostile', '2016-03-02', -10)]);
    expect(series.map((m) => m.month)).toEqual(['2016-01', '2016-02', '2016-03']);
    expect(series[0]).toEqual({ month: '2016-01', byStance: [1, 0, 2, 0, 0], total: 3, goldstein: -1 });
    expect(series[1]).toEqual({ month: '2016-02', byStance: [0, 0, 0, 0, 0], total: 0, goldstein: null });
    expect(series[2]?.byStance).toEqual([0, 0, 0, 0, 1]);
  });

  it('passes over claims that are not coded events, and is empty with none', () => {
    expect(eventSeries([{ ...event('tense', '2016-01-05', 0), event: undefined }])).toEqual([]);
  });

  it('turns a brushed run of months into its first and last day and its length in days', () => {
    expect(monthRange('2016-08', '2016-10')).toEqual({ first: '2016-08-01', last: '2016-10-31', days: 92 });
    expect(monthRange('2016-10', '2016-08')).toEqual({ first: '2016-08-01', last: '2016-10-31', days: 92 });
    expect(monthRange('2020-02', '2020-02')).toEqual({ first: '2020-02-01', last: '2020-02-29', days: 29 });
  });
});
