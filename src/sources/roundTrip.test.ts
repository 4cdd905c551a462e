// What Entente writes opens again, with nothing lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import { claimsCsv, claimsJson } from '../export/claimsTable';
import { buildSnapshot, serializeSnapshot, stateOf } from '../export/snapshot';
import { initialState } from '../state/viewState';
import { generateWorkspace } from '../../bench/generateWorkspace';
import { MAX_FILE_BYTES, readImport } from './readImport';

const known = () => true;

describe('files Entente writes open again', () => {
  it('the JSON of the claims: any subset of them, with their articles, reads back as the same claims and articles', () => {
    fc.assert(
      fc.property(fc.subarray(SEED_CLAIMS, { minLength: 1 }), (claims) => {
        const result = readImport('entente-claims.json', claimsJson(claims, [SEED_ARTICLE]), known);
        expect(result.kind).toBe('claims');
        if (result.kind !== 'claims') return;
        expect(result.problems).toEqual([]);
        expect(result.claims).toEqual(claims);
        expect(result.articles).toEqual([SEED_ARTICLE]);
        // Written again, it is the same file.
        expect(claimsJson(result.claims, result.articles)).toBe(claimsJson(claims, [SEED_ARTICLE]));
      }),
      { numRuns: 50 },
    );
  });

  it('the CSV of the claims starts with a byte-order mark, so that Excel reads it as UTF-8', () => {
    expect(claimsCsv(SEED_CLAIMS, [SEED_ARTICLE], (id) => id).charCodeAt(0)).toBe(0xfeff);
  });

  it('the CSV of the claims: opened where its article is loaded, it reads back as the same claims, and written again is the same file', () => {
    const nameOf = (id: string) => `name of ${id}`;
    fc.assert(
      fc.property(fc.subarray(SEED_CLAIMS, { minLength: 1 }), (claims) => {
        const csv = claimsCsv(claims, [SEED_ARTICLE], nameOf);
        const result = readImport('entente-claims.csv', csv, known, [SEED_ARTICLE]);
        expect(result).toMatchObject({ kind: 'claims', problems: [], articles: [] });
        if (result.kind !== 'claims') return;
        // What the CSV carries is all there (it has no column for the extraction's code and trigger words).
        expect(result.claims).toEqual(claims.map(({ code: _code, trigger: _trigger, event: _event, ...rest }) => rest));
        expect(claimsCsv(result.claims, [SEED_ARTICLE], nameOf)).toBe(csv);
      }),
      { numRuns: 50 },
    );
  });

  it('an export that cites itself on its first line ("# …") opens as the same claims, and a wrong row is named by its line in the file', () => {
    const citation = 'Entente, relations as of 2019-12-06 (exported 2026-12-03). Sources: “Pompeo visits Morocco”. Filters: none.';
    const csv = claimsCsv(SEED_CLAIMS.slice(0, 3), [SEED_ARTICLE], (id) => id, citation);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF# ${citation}`);
    expect(readImport('cited.csv', csv, known, [SEED_ARTICLE])).toMatchObject({ kind: 'claims', problems: [], claims: SEED_CLAIMS.slice(0, 3).map((c) => ({ id: c.id })) });
    const wrong = readImport('cited.csv', csv.replace('"cooperative"', '"friendly"'), known, [SEED_ARTICLE]);
    const problems = wrong.kind === 'claims' || wrong.kind === 'refused' ? wrong.problems : [];
    // The citation is line 1, the header line 2: the first claim is line 3.
    expect(problems[0]?.path).toMatch(/^cited\.csv: line [3-5]\.stance$/);
    const json = JSON.parse(claimsJson(SEED_CLAIMS.slice(0, 2), [SEED_ARTICLE], citation)) as { citation: string };
    expect(json.citation).toBe(citation);
    expect(readImport('cited.json', JSON.stringify(json), known)).toMatchObject({ kind: 'claims', problems: [] });
  });

  it('claims whose article is not there (a CSV opened elsewhere, a JSON without its articles) are kept under their source, each still at its quote', () => {
    const csv = claimsCsv(SEED_CLAIMS, [SEED_ARTICLE], (id) => id);
    const result = readImport('colleague.csv', csv, known);
    expect(result).toMatchObject({ kind: 'claims', problems: [] });
    if (result.kind !== 'claims') return;
    expect(result.claims).toHaveLength(SEED_CLAIMS.length);
    expect(result.articles).toHaveLength(1);
    const [article] = result.articles;
    expect(article).toMatchObject({ id: SEED_ARTICLE.id, title: `Claims of “${SEED_ARTICLE.id}”, from colleague.csv`, published: SEED_ARTICLE.published });
    for (const c of result.claims) expect(article!.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
    // The same from JSON without its articles; and opened again where that article now is, nothing is new.
    const json = readImport('claims.json', JSON.stringify({ claims: SEED_CLAIMS }), known);
    expect(json).toMatchObject({ kind: 'claims', problems: [], articles: [{ id: SEED_ARTICLE.id }] });
  });

  it('a CSV that is not a claims CSV, or a row that is wrong, is named by line and column', () => {
    const csv = claimsCsv(SEED_CLAIMS.slice(0, 3), [SEED_ARTICLE], (id) => id).replace('"cooperative"', '"friendly"');
    const result = readImport('edited.csv', csv, known, [SEED_ARTICLE]);
    expect(result.kind === 'claims' || result.kind === 'refused').toBe(true);
    const problems = result.kind === 'claims' || result.kind === 'refused' ? result.problems : [];
    expect(problems[0]?.path).toMatch(/^edited\.csv: line \d\.stance$/);
    const headerless = readImport('cut.csv', '"subject","object","stance","quote"\r\n"USA","IRN","tense","x"\r\n', known);
    expect(headerless).toMatchObject({ kind: 'refused', problems: [{ path: 'cut.csv: line 1 (the header row)' }] });
  });

  it('a 50,000-claim snapshot (tens of MB, over the 5 MB of a pasted text) round-trips: written, opened, written again, the same file', () => {
    const { articles, claims } = generateWorkspace(50_000, 5_000, 7);
    const written = serializeSnapshot(buildSnapshot(articles, claims, initialState('2024-06-01'), { center: [10, 20], zoom: 1.5 }));
    expect(written.length).toBeGreaterThan(5_000_000);
    const result = readImport('big.json', written, known, [], MAX_FILE_BYTES);
    expect(result.kind).toBe('snapshot');
    if (result.kind !== 'snapshot') return;
    expect(result.problems).toEqual([]);
    expect(result.snapshot.claims).toHaveLength(50_000);
    // Written again as the app writes it (Export → Share as file), it is the same file.
    const { snapshot } = result;
    expect(serializeSnapshot(buildSnapshot(snapshot.articles, snapshot.claims, stateOf(snapshot), snapshot.view, snapshot))).toBe(written);
  }, 60_000);
});
