// What Entente writes opens again, with nothing lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import { claimsCsv, claimsJson } from '../export/claimsTable';
import { readImport } from './readImport';

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
});
