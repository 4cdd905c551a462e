import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import { indexClaims } from './claimIndex';
import { claimPasses, describeSelection, EVERY_EVENT, quadOfRoot, rootOfCode, selectIndexedClaims } from './eventSelection';
import { eventClaim } from './eventTestKit';
import { pairKey } from './pairKey';
import { relationsAsOf } from './relationsAsOf';

const IRN_USA = pairKey('IRN', 'USA');

const article: Claim = { ...eventClaim('USA', 'IRN', 'tense', '2019-12-01'), id: 'a1', articleId: 'art', event: undefined };

describe('event selection', () => {
  it('knows a code’s root and a root’s QuadClass as CAMEO groups them', () => {
    expect([rootOfCode('112'), rootOfCode('0231'), rootOfCode('20'), rootOfCode('21'), rootOfCode('x')]).toEqual([11, 2, 20, 0, 0]);
    expect([1, 5, 6, 8, 9, 13, 14, 20, 0].map(quadOfRoot)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 0]);
  });

  it('passes events by root code, QuadClass, root flag and sources; article claims always', () => {
    const attack = eventClaim('USA', 'IRN', 'hostile', '2020-01-03', { code: '190', root: true, sourceCount: 8 });
    const accuse = eventClaim('IRN', 'USA', 'tense', '2020-01-04', { code: '112', root: false, sourceCount: 1 });
    const icews = eventClaim('IRN', 'USA', 'tense', '2020-01-04', { code: '111' }); // no root flag, no count
    const only = (s: Partial<typeof EVERY_EVENT>) => [attack, accuse, icews, article].filter((c) => claimPasses(c, { ...EVERY_EVENT, ...s })).map((c) => c.id);
    expect(only({})).toHaveLength(4);
    expect(only({ roots: [19] })).toEqual([attack.id, article.id]);
    expect(only({ quads: [3] })).toEqual([accuse.id, icews.id, article.id]);
    expect(only({ rootOnly: true })).toEqual([attack.id, icews.id, article.id]);
    expect(only({ minSources: 2 })).toEqual([attack.id, article.id]);
  });

  it('events left out are not in the fold: a pair with none left has no event relation, and counts follow', () => {
    const claims = [
      eventClaim('USA', 'IRN', 'hostile', '2020-01-03', { code: '190', weight: 5 }),
      eventClaim('IRN', 'USA', 'tense', '2020-01-04', { code: '112', weight: 2 }),
      eventClaim('FRA', 'DEU', 'cooperative', '2020-01-04', { code: '042' }),
    ];
    const all = relationsAsOf(claims, '2020-02-01', new Map());
    expect(all.get(IRN_USA)?.stance).toBe('hostile');
    const verbal = relationsAsOf(claims, '2020-02-01', new Map(), { events: { ...EVERY_EVENT, quads: [3] } });
    expect(verbal.get(IRN_USA)?.stance).toBe('tense');
    expect(verbal.get(IRN_USA)?.events?.inWindow).toBe(1);
    expect(verbal.get(IRN_USA)?.history).toHaveLength(1);
    expect(verbal.has(pairKey('DEU', 'FRA'))).toBe(false);
  });

  it('the index’s mask leaves out exactly the claims claimPasses refuses, for every kind of selection', () => {
    const codes = ['010', '042', '0871', '112', '138', '145', '163', '173', '190', '204'];
    const claims = [
      article,
      ...codes.flatMap((code, k) => [
        eventClaim('USA', 'IRN', 'tense', '2020-01-03', { code, root: k % 3 === 0 ? false : k % 3 === 1 ? true : undefined, sourceCount: k % 4 === 0 ? undefined : k }),
        eventClaim('FRA', 'DEU', 'cooperative', '2020-01-04', { code, sourceCount: 1 + k }),
      ]),
    ];
    const index = indexClaims(claims, new Map([['art', '2020-01-01']]));
    const selections = [
      { ...EVERY_EVENT, roots: [1, 14, 19] },
      { ...EVERY_EVENT, quads: [2, 4] },
      { ...EVERY_EVENT, rootOnly: true },
      { ...EVERY_EVENT, minSources: 4 },
      { roots: [11, 13, 17], quads: [3], rootOnly: true, minSources: 2 },
    ];
    for (const s of selections) expect(selectIndexedClaims(claims, index, s)).toEqual(claims.filter((c) => claimPasses(c, s)));
    expect(selectIndexedClaims(claims, index, EVERY_EVENT)).toBe(claims);
  });

  it('says itself in words', () => {
    expect(describeSelection(EVERY_EVENT)).toBe('');
    expect(describeSelection({ roots: [14, 18], quads: [4], rootOnly: true, minSources: 3 })).toBe('CAMEO roots 14, 18; material conflict; root events only; at least 3 sources');
  });
});
