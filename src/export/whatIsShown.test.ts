import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import { initialState } from '../state/viewState';
import { charsThatFit, citationLine, shownSources } from './whatIsShown';

const article = (i: number) => ({ ...SEED_ARTICLE, id: `a${i}`, title: `Article number ${i} about relations between two states`, source: `Wire ${i}` });
const events = { ...SEED_ARTICLE, id: 'gdelt-1', title: 'GDELT events: 20161013', source: 'GDELT 2.0 event export' };
const eventClaim = { ...SEED_CLAIMS[0]!, id: 'e1', articleId: 'gdelt-1', event: { system: 'CAMEO' as const, code: '042', weight: 1, sources: [], dataset: 'GDELT 2.0' } };

describe('what an export says it shows', () => {
  it('one article: its title, its id in the file name, its source in full when it fits', () => {
    const s = shownSources([SEED_ARTICLE], SEED_CLAIMS);
    expect(s.title).toBe(SEED_ARTICLE.title);
    expect(s.fileSubject).toBe(SEED_ARTICLE.id);
    expect(s.sourceLine(200)).toBe(`Source: “${SEED_ARTICLE.title}”, ${SEED_ARTICLE.source}, published 2019-12-06 · Map: Natural Earth · Entente`);
  });

  it('several: counts articles and event data sets apart, and names as many sources as fit, then how many more', () => {
    const s = shownSources([article(1), article(2), article(3), events], [eventClaim]);
    expect(s.title).toBe('3 articles, 1 event data set');
    expect(s.fileSubject).toBe('3 articles, 1 event data set');
    // The header and the summary say the same.
    expect(s.counted).toBe('3 articles, 1 event data set');
    expect(shownSources([SEED_ARTICLE], SEED_CLAIMS).counted).toBe('1 article');
    const line = s.sourceLine(charsThatFit(1280));
    expect(line).toMatch(/^Sources \(3 articles, 1 event data set\): “Article number 1 .*and \d more · Map: Natural Earth · Entente$/);
  });

  it('never writes a source line longer than the room it is given, and always credits the map', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 300, max: 4000 }), (n, width) => {
        const line = shownSources(Array.from({ length: n }, (_, i) => article(i)), []).sourceLine(charsThatFit(width));
        expect(line.length).toBeLessThanOrEqual(charsThatFit(width));
        expect(line.endsWith('Map: Natural Earth · Entente')).toBe(true);
      }),
    );
  });

  it('cites what an export shows: the date, every source (an event data set by its own summary) and the filters', () => {
    const plain = citationLine([SEED_ARTICLE], SEED_CLAIMS, '2019-12-06', initialState('2019-12-06'), '2026-12-03');
    expect(plain).toBe(`Entente, relations as of 2019-12-06 (exported 2026-12-03). Sources: “${SEED_ARTICLE.title}”, ${SEED_ARTICLE.source}, published ${SEED_ARTICLE.published}. Filters: none.`);
    const filters = { ...initialState('2016-10-13'), hiddenStances: ['tense' as const], eventWindow: 90, minEvents: 5, topPartners: 3, eventSelection: { roots: [], quads: [4], rootOnly: true, minSources: 1 } };
    const withEvents = citationLine([SEED_ARTICLE, events], [...SEED_CLAIMS, eventClaim], '2016-10-13', filters, '2026-12-03');
    expect(withEvents).toContain('Sources: “Pompeo visits Morocco, discusses Iran”');
    expect(withEvents).toContain('; GDELT 2.0 event export.');
    expect(withEvents).toContain(
      "Filters: tense hidden; events counted over the 90 days before the date; pairs with at least 5 events; each actor's 3 strongest partners; events: material conflict; root events only.",
    );
    // Without event data, the event filters are not named.
    expect(citationLine([SEED_ARTICLE], SEED_CLAIMS, '2019-12-06', filters, '2026-12-03')).toContain('Filters: tense hidden.');
  });
});
