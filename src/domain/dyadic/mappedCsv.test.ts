import { describe, expect, it } from 'vitest';
import { dateOfCell, guessMapping, looksLikeTable, mappingProblem, parseMappedRow } from './mappedCsv';

const states = new Map([
  ['USA', 'USA'],
  ['RUS', 'RUS'],
  ['FRA', 'FRA'],
  ['united states', 'USA'],
  ['russia', 'RUS'],
  ['france', 'FRA'],
]);
const codeOf = (cell: string) => states.get(cell) ?? states.get(cell.toLowerCase());

describe('a dyadic CSV through a column mapping', () => {
  it('guesses the columns from common header names, in any order and separator', () => {
    const { header, mapping } = guessMapping('Event Date,Actor1CountryCode,Actor2CountryCode,EventCode,NumMentions,GoldsteinScale');
    expect(header).toHaveLength(6);
    expect(mapping).toMatchObject({ separator: ',', date: 0, source: 1, target: 2, code: 3, weight: 4, goldstein: 5, stance: null });
    expect(guessMapping('from;to;day;relation').mapping).toMatchObject({ separator: ';', source: 0, target: 1, date: 2, stance: 3, code: null });
    expect(guessMapping('a\tb\tc').mapping).toMatchObject({ separator: '\t', source: null, target: null });
  });

  it('says what keeps a mapping from being read', () => {
    const { mapping } = guessMapping('source,target,date,value');
    expect(mappingProblem(mapping)).toBe('Choose a column for the CAMEO code or for the stance.');
    expect(mappingProblem({ ...mapping, date: null })).toBe('Choose a column for date.');
    expect(mappingProblem({ ...mapping, stance: 3 })).toBeNull();
    expect(mappingProblem({ ...mapping, stance: 3, target: 0 })).toBe('Source and target must be different columns.');
  });

  it('reads dates in the usual spellings, and no impossible day', () => {
    expect(['2020-02-29', '2020/03/01', '20200301', '2020-03-01T10:00:00Z', '2019-02-29', '01/03/2020', ''].map(dateOfCell)).toEqual([
      '2020-02-29',
      '2020-03-01',
      '2020-03-01',
      '2020-03-01',
      null,
      null,
      null,
    ]);
  });

  it('reads a row by codes or names, with a CAMEO code (a dropped leading zero restored) or a stance, and counts the others by reason', () => {
    const { mapping } = guessMapping('source,target,date,cameo,stance,weight');
    const row = (line: string) => parseMappedRow(line, mapping, codeOf, 'csv-x-1');
    expect(row('USA,RUS,2020-01-02,42,,3')).toMatchObject({ event: { a: 'USA', b: 'RUS', date: '2020-01-02', eventCode: '042', stance: 'cooperative', mentions: 3, dataset: 'CSV', id: 'csv-x-1' } });
    expect(row('Russia,France,20200102,190,,')).toMatchObject({ event: { a: 'RUS', b: 'FRA', eventCode: '190', stance: 'hostile', mentions: 1 } });
    expect(row('USA,FRA,2020-01-02,,warming,2')).toMatchObject({ event: { eventCode: '', stance: 'warming', action: 'warming (as the file says)' } });
    expect(row('USA,FRA,soon,042,,')).toEqual({ skip: 'unreadable date' });
    expect(row(',FRA,2020-01-02,042,,')).toEqual({ skip: 'one side missing' });
    expect(row('USA,XYZ,2020-01-02,042,,')).toEqual({ skip: 'unknown country code' });
    expect(row('USA,Atlantis,2020-01-02,042,,')).toEqual({ skip: 'unknown country name' });
    expect(row('USA,USA,2020-01-02,042,,')).toEqual({ skip: 'same state on both sides' });
    expect(row('USA,FRA,2020-01-02,999,,')).toEqual({ skip: 'not a CAMEO code' });
    expect(row('USA,FRA,2020-01-02,,friendly,')).toEqual({ skip: 'unknown stance' });
    expect(row('USA')).toEqual({ skip: 'malformed row' });
  });

  it('tells a table from an article', () => {
    expect(looksLikeTable('source,target,date,cameo\nUSA,RUS,2020-01-02,042\nRUS,USA,2020-01-03,112\n')).toBe(true);
    expect(looksLikeTable('Pompeo visits Morocco, discusses Iran\n\nState Department official says Morocco-Israel relations, he said, did not come up.\nThe United States and Morocco discussed efforts.')).toBe(false);
    expect(looksLikeTable('a,b\n1,2\n3,4')).toBe(false);
  });
});
