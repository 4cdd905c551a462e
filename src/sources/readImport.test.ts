import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import { buildSnapshot, serializeSnapshot } from '../export/snapshot';
import { jsonErrorOffset } from './json';
import { initialState } from '../state/viewState';
import { MAX_IMPORT_BYTES, readImport } from './readImport';

const known = (id: string) => /^[A-Z]{3}$/.test(id) ? id !== 'XYZ' : ['hezbollah', 'polisario', 'pa'].includes(id);
const snapshotText = serializeSnapshot(buildSnapshot([SEED_ARTICLE], SEED_CLAIMS, initialState('2019-12-06'), { center: [0, 0], zoom: 1 }));
const claimsText = JSON.stringify({ articles: [SEED_ARTICLE], claims: SEED_CLAIMS });
// Test data is edited freely, whatever its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const edit = (text: string, change: (v: any) => void) => {
  const v = JSON.parse(text);
  change(v);
  return JSON.stringify(v, null, 2);
};
const refusal = (r: ReturnType<typeof readImport>) => (r.kind === 'refused' ? r.problems[0] : null);

describe('reading what the user brings', () => {
  it('reads a valid snapshot, a claims file and article text', () => {
    expect(readImport('s.json', snapshotText, known)).toMatchObject({ kind: 'snapshot', problems: [] });
    expect(readImport('c.json', claimsText, known)).toMatchObject({ kind: 'claims', problems: [] });
    expect(readImport('a.txt', 'Morocco cut ties with Iran.', known)).toEqual({ kind: 'article', text: 'Morocco cut ties with Iran.' });
  });

  it('malformed JSON: the line and column', () => {
    expect(refusal(readImport('bad.json', '{\n  "claims": [1,,2]\n}', known))).toMatchObject({ path: 'bad.json: line 2, column 16' });
    expect(refusal(readImport('cut.json', '{"claims": [', known))).toMatchObject({ path: 'cut.json: line 1, column 13', message: 'the JSON ends too soon' });
    // The locator agrees with JSON.parse on what is valid.
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, cut) => {
        const broken = json.slice(0, cut % (json.length + 1));
        let valid = true;
        try {
          JSON.parse(broken);
        } catch {
          valid = false;
        }
        expect(jsonErrorOffset(broken) === -1).toBe(valid);
      }),
      { numRuns: 1000 },
    );
  });

  it('a missing or wrongly typed field: its path', () => {
    const r = readImport('c.json', edit(claimsText, (v) => { delete v.claims[2].stance; v.claims[4].directed = 'yes'; }), known);
    expect(r.kind).toBe('claims');
    if (r.kind !== 'claims') return;
    expect(r.problems.map((p) => p.path)).toEqual(['c.json: claims[2].stance', 'c.json: claims[4].directed']);
    expect(r.claims).toHaveLength(SEED_CLAIMS.length - 2);
  });

  it('an unknown actor code, a quote not in its article, an impossible date', () => {
    const r = readImport('s.json', edit(snapshotText, (v) => {
      v.claims[0].object = 'XYZ';
      v.claims[1].evidence.quote = v.claims[1].evidence.quote.replace('Morocco', 'Moroccx');
      v.claims[2].when = { kind: 'point', at: '2019-02-30' };
    }), known);
    expect(r.kind).toBe('snapshot');
    if (r.kind !== 'snapshot') return;
    expect(r.problems.map((p) => [p.path, p.message.slice(0, 40)])).toEqual([
      ['s.json: claims[2].when.at', '"2019-02-30" has no day 30 in that month'],
      ['s.json: claims[0].object', 'unknown actor code "XYZ"'],
      ['s.json: claims[1].evidence', 'the quote "The United States and Moroccx'],
    ]);
    expect(r.snapshot.claims).toHaveLength(SEED_CLAIMS.length - 3);
  });

  it('an unknown format version, an empty file, a binary file, a file over the limit', () => {
    expect(refusal(readImport('s.json', snapshotText.replace('"version": 1', '"version": 2'), known))?.message).toContain('version 2 is not one this Entente reads');
    expect(refusal(readImport('e.json', '', known))?.message).toBe('the file is empty');
    expect(refusal(readImport('b.bin', 'PK\u0003\u0004\u0000\u0000binary', known))?.message).toContain('binary');
    expect(refusal(readImport('big.txt', 'x'.repeat(MAX_IMPORT_BYTES + 1), known))?.message).toContain('up to 5 MB');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), fc.constantFrom('x.json', 'x.txt', 'pasted text'), (text, name) => {
        const r = readImport(name, text, known);
        expect(['article', 'snapshot', 'claims', 'refused']).toContain(r.kind);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on snapshots with fields replaced by anything', () => {
    const base = JSON.parse(snapshotText);
    const paths = [['claims', 0, 'when'], ['claims', 3], ['articles', 0, 'text'], ['state', 'selection'], ['view'], ['claims', 1, 'evidence', 'start'], ['articles']];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const v = structuredClone(base);
        let at = v;
        for (const key of path.slice(0, -1)) at = at[key as string];
        at[path[path.length - 1] as string] = value;
        const r = readImport('s.json', JSON.stringify(v), known);
        expect(['snapshot', 'refused']).toContain(r.kind);
      }),
      { numRuns: 1500 },
    );
    // (1,500 runs take 1.5 s alone and over 5 s with the other test files on a busy 2-core machine.)
  }, 30_000);
});
