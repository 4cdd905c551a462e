import { describe, expect, it } from 'vitest';
import type { Claim, When } from '../claims/claim';
import { SEED_ARTICLE, SEED_CLAIMS } from '../claims/seed/seedArticle';
import type { Certainty, Stance } from '../claims/vocabulary';
import { pairKey } from './pairKey';
import fc from 'fast-check';
import { generateWorkspace } from '../../../bench/generateWorkspace';
import { changesStance, foldPairs, indexBuilder, indexClaims, publishedDates, type Relation, relationsAsOf, relationsFromIndex, windowStart } from './relationsAsOf';

let n = 0;
/** A claim with sensible defaults, overridden field by field. */
function makeClaim(overrides: Partial<Claim> & { stance: Stance; when?: When; certainty?: Certainty }): Claim {
  n += 1;
  return Object.freeze({
    id: `c${n}`,
    articleId: 'a1',
    subject: 'MAR',
    object: 'IRN',
    directed: false,
    when: { kind: 'point', at: '2019-12-06' },
    certainty: 'stated',
    attribution: 'the article',
    evidence: { quote: 'q', start: 0, end: 1 },
    ...overrides,
  }) as Claim;
}
const at = (date: string): When => ({ kind: 'point', at: date });
const published = new Map([['a1', '2019-12-06']]);
const only = (claims: Claim[], asOf: string): Relation | undefined => [...relationsAsOf(claims, asOf, published).values()][0];

describe('relationsAsOf', () => {
  it('R1: claims A→B and B→A fold into one relation of the unordered pair', () => {
    const rels = relationsAsOf(
      [makeClaim({ stance: 'tense', subject: 'MAR', object: 'IRN' }), makeClaim({ stance: 'tense', subject: 'IRN', object: 'MAR' })],
      '2020-01-01',
      published,
    );
    expect([...rels.keys()]).toEqual([pairKey('IRN', 'MAR')]);
    expect(rels.get(pairKey('MAR', 'IRN'))?.support).toHaveLength(2);
  });

  it('R2: claims that start after the date do not count', () => {
    const claims = [makeClaim({ stance: 'warming', when: at('1994') }), makeClaim({ stance: 'severed', when: at('2000') })];
    expect(only(claims, '1999-12-31')?.stance).toBe('warming');
    expect(only(claims, '2000-01-01')?.stance).toBe('severed');
  });

  it('R2: a claim of unknown time holds from its article’s publication date', () => {
    const claims = [makeClaim({ stance: 'tense', when: { kind: 'unknown' } })];
    expect(only(claims, '2019-12-05')).toBeUndefined();
    expect(only(claims, '2019-12-06')?.stance).toBe('tense');
  });

  it('R2: a range holds over its range, and one that has ended no longer decides', () => {
    const claims = [makeClaim({ stance: 'tense', when: { kind: 'range', from: '1990', to: '1995' } })];
    expect(only(claims, '1992-06-01')?.stance).toBe('tense');
    expect(only(claims, '1996-01-01')).toBeUndefined();
    const open = [makeClaim({ stance: 'tense', when: { kind: 'range', from: '1979', to: null } })];
    expect(only(open, '2050-01-01')?.stance).toBe('tense');
  });

  it('R3: a denied claim never sets the stance but stays in the history', () => {
    const claims = [makeClaim({ stance: 'tense', when: at('2019-01') }), makeClaim({ stance: 'warming', when: at('2019-06'), certainty: 'denied' })];
    const r = only(claims, '2019-12-31');
    expect(r?.stance).toBe('tense');
    expect(r?.history.map((c) => c.certainty)).toEqual(['stated', 'denied']);
    expect(only([claims[1] as Claim], '2019-12-31')).toBeUndefined();
  });

  it('R4: the latest claim decides, whatever the input order', () => {
    const claims = [makeClaim({ stance: 'cooperative', when: at('2019-05') }), makeClaim({ stance: 'tense', when: at('2018') })];
    expect(only(claims, '2019-12-31')?.stance).toBe('cooperative');
    expect(only([...claims].reverse(), '2019-12-31')?.stance).toBe('cooperative');
  });

  it('R4: on the same start the more certain claim wins', () => {
    const stated = makeClaim({ stance: 'cooperative', when: at('2019-05-01') });
    const rumour = makeClaim({ stance: 'tense', when: at('2019-05-01'), certainty: 'unconfirmed' });
    expect(only([stated, rumour], '2019-12-31')?.stance).toBe('cooperative');
    expect(only([rumour, stated], '2019-12-31')?.stance).toBe('cooperative');
  });

  it('R5: a severance holds through later tense claims, and a warming claim lifts it', () => {
    const cut = makeClaim({ stance: 'severed', when: at('2018') });
    const tense = makeClaim({ stance: 'tense', when: at('2019-12-06') });
    expect(only([cut, tense], '2019-12-31')?.stance).toBe('severed');
    const restored = makeClaim({ stance: 'warming', when: at('2020-03') });
    expect(only([cut, tense, restored], '2020-12-31')?.stance).toBe('warming');
    expect(changesStance('severed', 'hostile')).toBe(true);
    expect(changesStance('severed', 'tense')).toBe(false);
    expect(changesStance('tense', 'tense')).toBe(true);
  });

  it('R6: support counts the claims with the stance since it last changed', () => {
    const claims = [
      makeClaim({ stance: 'warming', when: at('1994') }),
      makeClaim({ stance: 'severed', when: at('2000') }),
      makeClaim({ stance: 'warming', when: at('2019-01') }),
      makeClaim({ stance: 'warming', when: at('2019-02') }),
    ];
    const r = only(claims, '2019-12-31');
    expect(r?.stance).toBe('warming');
    expect(r?.support.map((c) => c.when.kind === 'point' && c.when.at)).toEqual(['2019-01', '2019-02']);
  });

  it('R7: a relation is as certain as its most certain supporting claim', () => {
    const claims = [
      makeClaim({ stance: 'warming', when: at('2019-01'), certainty: 'unconfirmed' }),
      makeClaim({ stance: 'warming', when: at('2019-02'), certainty: 'reported' }),
    ];
    expect(only(claims, '2019-12-31')?.certainty).toBe('reported');
    expect(only([claims[0] as Claim], '2019-12-31')?.certainty).toBe('unconfirmed');
  });

  it('R8: direction follows the directed supporting claims, both ways when they disagree', () => {
    const aToB = makeClaim({ stance: 'tense', subject: 'IRN', object: 'MAR', directed: true });
    const r1 = only([aToB], '2019-12-31');
    expect(r1 && [r1.a, r1.towardB, r1.towardA]).toEqual(['IRN', true, false]);
    const bToA = makeClaim({ stance: 'tense', subject: 'MAR', object: 'IRN', directed: true });
    const r2 = only([aToB, bToA], '2019-12-31');
    expect(r2 && [r2.towardB, r2.towardA]).toEqual([true, true]);
    const mutual = only([makeClaim({ stance: 'tense' })], '2019-12-31');
    expect(mutual && [mutual.towardB, mutual.towardA]).toEqual([false, false]);
  });

  it('R9: a pair with no claim in force is not a relation', () => {
    expect(relationsAsOf([], '2019-12-31', published).size).toBe(0);
    expect(only([makeClaim({ stance: 'tense', when: at('2021') })], '2019-12-31')).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const claims = Object.freeze([makeClaim({ stance: 'tense', when: at('2019') }), makeClaim({ stance: 'warming', when: at('2018') })]);
    expect(() => relationsAsOf(claims, '2019-12-31', published)).not.toThrow();
    expect(claims.map((c) => c.stance)).toEqual(['tense', 'warming']);
  });
});

describe('the seed article at its publication date', () => {
  const rels = relationsAsOf(SEED_CLAIMS, SEED_ARTICLE.published, new Map([[SEED_ARTICLE.id, SEED_ARTICLE.published]]));
  const rel = (x: string, y: string) => rels.get(pairKey(x, y));

  it.each([
    ['MAR', 'IRN', 'severed'],
    ['USA', 'IRN', 'tense'],
    ['MAR', 'ISR', 'warming'],
    ['USA', 'MAR', 'cooperative'],
    ['IRN', 'hezbollah', 'cooperative'],
    ['IRN', 'polisario', 'cooperative'],
    ['hezbollah', 'polisario', 'cooperative'],
    ['MAR', 'pa', 'cooperative'],
  ])('%s - %s is %s', (x, y, stance) => {
    expect(rel(x, y)?.stance).toBe(stance);
  });

  it('draws the weapons deliveries to the Polisario Front as Morocco’s allegation, directed at the Front', () => {
    for (const from of ['IRN', 'hezbollah']) {
      const r = rel(from, 'polisario');
      expect(r?.certainty).toBe('alleged');
      expect(r?.a === from ? r.towardB : r?.towardA).toBe(true);
    }
  });

  it('has Morocco - Israel warming in 1995, severed in 2001 and nothing before 1994', () => {
    const asOf = (d: string) => relationsAsOf(SEED_CLAIMS, d, new Map([[SEED_ARTICLE.id, SEED_ARTICLE.published]])).get(pairKey('MAR', 'ISR'));
    expect(asOf('1995-06-01')?.stance).toBe('warming');
    expect(asOf('2001-06-01')?.stance).toBe('severed');
    expect(asOf('1993-12-31')).toBeUndefined();
    expect(relationsAsOf(SEED_CLAIMS, '2000-06-01', new Map([[SEED_ARTICLE.id, SEED_ARTICLE.published]])).get(pairKey('MAR', 'IRN'))?.stance).toBe('tense');
  });
});

describe('a range in time', () => {
  it('holds through its last year and not the day after', () => {
    const claims = [makeClaim({ stance: 'tense', when: { kind: 'range', from: '1990', to: '1995' } })];
    expect(relationsAsOf(claims, '1995-12-31', new Map()).size).toBe(1);
    expect(relationsAsOf(claims, '1996-01-01', new Map()).size).toBe(0);
  });
});

describe('R10: events', () => {
  const event = (stance: 'cooperative' | 'tense' | 'hostile', at: string, mentions: number) =>
    makeClaim({ stance, when: { kind: 'point', at }, certainty: 'reported', directed: true, event: { system: 'CAMEO', code: '010', goldstein: 0, weight: mentions, sources: [], dataset: 'GDELT 2.0' } });

  it('R10: events decide by mentions in the year up to the date, and say how contested that is', () => {
    const claims = [event('cooperative', '2019-03-01', 5), event('tense', '2019-06-01', 2), event('tense', '2019-07-01', 2)];
    const r = only(claims, '2019-12-31');
    expect(r?.stance).toBe('cooperative');
    expect(r?.events?.mentions).toMatchObject({ cooperative: 5, tense: 4 });
    expect(r?.events?.contested).toBeCloseTo(4 / 9, 6);
    expect(r?.support).toHaveLength(1);
    // A year after March 2019 the cooperative event has left the window.
    expect(only(claims, '2020-03-15')?.stance).toBe('tense');
    expect(only(claims, '2020-08-01')).toBeUndefined();
  });

  it('R10: the window can be the 90 or 30 days before the date; the relation counts its events in the window and by the date', () => {
    const claims = [event('cooperative', '2019-03-01', 5), event('tense', '2019-10-15', 2), event('tense', '2019-12-20', 1)];
    const year = only(claims, '2019-12-31');
    expect(year?.stance).toBe('cooperative');
    expect(year?.events).toMatchObject({ windowDays: 365, inWindow: 3, byDate: 3 });
    // In the 90 days before, March has left the window: the two tense events decide.
    const ninety = [...relationsAsOf(claims, '2019-12-31', published, { windowDays: 90 }).values()][0];
    expect(ninety?.stance).toBe('tense');
    expect(ninety?.events).toMatchObject({ windowDays: 90, inWindow: 2, byDate: 3, mentions: { cooperative: 0, tense: 3 } });
    expect(ninety?.support).toHaveLength(2);
    // In the 30 days before, one event is left.
    expect([...relationsAsOf(claims, '2019-12-31', published, { windowDays: 30 }).values()][0]?.events).toMatchObject({ inWindow: 1, byDate: 3 });
    // With nothing in the window the pair has no relation (R9), however many events came before.
    expect([...relationsAsOf(claims, '2019-09-01', published, { windowDays: 30 }).values()]).toEqual([]);
  });

  it('R10: a window starts that many calendar days before, across months, years and leap days; the year before is the same day a year before', () => {
    expect(windowStart(20191231, 90)).toBe(20191002);
    expect(windowStart(20200301, 30)).toBe(20200131);
    expect(windowStart(20200115, 30)).toBe(20191216);
    expect(windowStart(20200301, 1)).toBe(20200229);
    expect(windowStart(20200301, 365)).toBe(20190301);
  });

  it('R11: relations from articles only, from events only, or both; an article relation says what its events say', () => {
    const claims = [event('cooperative', '2019-03-01', 50), event('cooperative', '2019-04-01', 5), makeClaim({ stance: 'severed', when: at('2019-01') })];
    const both = only(claims, '2019-12-31');
    expect(both?.stance).toBe('severed');
    expect(both?.eventsSay).toEqual({ stance: 'cooperative', inWindow: 2, windowDays: 365 });
    const fromEvents = [...relationsAsOf(claims, '2019-12-31', published, { basis: 'events' }).values()][0];
    expect(fromEvents?.stance).toBe('cooperative');
    expect(fromEvents?.events?.inWindow).toBe(2);
    const fromArticles = [...relationsAsOf(claims, '2019-12-31', published, { basis: 'articles' }).values()][0];
    expect(fromArticles?.stance).toBe('severed');
    expect(fromArticles?.eventsSay).toBeUndefined();
    // Events only, and a pair with article claims only: no relation.
    expect([...relationsAsOf([makeClaim({ stance: 'severed', when: at('2019-01') })], '2019-12-31', published, { basis: 'events' }).values()]).toEqual([]);
  });

  it('R10: an article claim in force decides over events', () => {
    const claims = [event('cooperative', '2019-03-01', 50), makeClaim({ stance: 'severed', when: at('2019-01') })];
    expect(only(claims, '2019-12-31')?.stance).toBe('severed');
  });
});

describe('an index built in slices', () => {
  it('is the index built at once, however the claims are sliced, and folds to the same relations', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 }), (seed, steps) => {
        const { claims, articles } = generateWorkspace(600, 80, seed);
        const published = publishedDates(articles);
        const builder = indexBuilder(claims, published);
        let read = 0;
        for (const step of steps) read = builder.readUpTo(read + step);
        const sliced = builder.done();
        const whole = indexClaims(claims, published);
        expect(sliced).toEqual(whole);
        expect([...relationsFromIndex(sliced, '2010-06-01').values()]).toEqual([...relationsFromIndex(whole, '2010-06-01').values()]);
      }),
      { numRuns: 40 },
    );
  });
  it('folds, a slice of pairs at a time, to the same relations as at once, in the same order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 300 }), fc.constantFrom('1995-01-01', '2010-06-01', '2030-01-01'), (seed, step, asOf) => {
        const { claims, articles } = generateWorkspace(600, 80, seed);
        const index = indexClaims(claims, publishedDates(articles));
        const sliced = new Map();
        for (let from = 0; from < index.pairs.length; from += step) foldPairs(index, asOf, from, from + step, sliced);
        expect([...sliced.entries()]).toEqual([...relationsFromIndex(index, asOf).entries()]);
      }),
      { numRuns: 30 },
    );
  });
});
