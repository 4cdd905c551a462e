import { describe, expect, it } from 'vitest';
import { addDetails, NO_DETAILS, scoreDetails } from './scoreDetails';

const gold = [
  { a: 'PER', b: 'MEX', stance: 'tense', directed: true, when: '2022-12-20', certainty: 'stated', evidence: 'Peru expelled the Mexican ambassador.' },
  { a: 'MEX', b: 'PER', stance: 'cooperative', directed: false, when: null, certainty: 'stated', evidence: 'They talked.' },
  { a: 'PER', b: 'eu', stance: 'tense', directed: true, when: null, certainty: 'stated', evidence: 'x' },
];

describe('the figures reported beside F1', () => {
  it('counts direction, year, certainty and evidence on the matched keys, pairs found whatever the stance, and actors', () => {
    const predicted = [
      { a: 'MEX', b: 'PER', stance: 'tense', directed: true, when: '2022', certainty: 'alleged', evidence: ' Peru expelled  the Mexican ambassador.' },
      { a: 'PER', b: 'MEX', stance: 'warming', directed: false, when: null, certainty: 'stated', evidence: 'y' },
    ];
    expect(scoreDetails(predicted, gold, ['PER', 'MEX', 'eu', 'CHL'])).toEqual({
      matched: 1, directed: 1, directionRight: 0, yearRight: 1, certaintyRight: 0, evidenceRight: 1, goldPairs: 1, pairsFound: 1, goldActors: 3, actorsFound: 2,
    });
  });
  it('sums counts over articles', () => {
    const one = scoreDetails(gold, gold, ['PER', 'MEX']);
    expect(addDetails(addDetails(NO_DETAILS, one), one)).toEqual({ ...one, matched: 4, directed: 2, directionRight: 2, yearRight: 4, certaintyRight: 4, evidenceRight: 4, goldPairs: 2, pairsFound: 2, goldActors: 4, actorsFound: 4 });
  });
});
