import { describe, expect, it } from 'vitest';
import { articleSchema, parseClaims } from '../claimSchema';
import { RAW_SEED_CLAIMS, SEED_ARTICLE, SEED_CLAIMS } from './seedArticle';

describe('the seed shipped in the app', () => {
  it('is a valid article with valid claims, exactly as the app loads them', () => {
    expect(articleSchema.safeParse(SEED_ARTICLE).success).toBe(true);
    const { claims, problems } = parseClaims(RAW_SEED_CLAIMS, 'pompeoMoroccoClaims.json');
    expect(problems).toEqual([]);
    expect(claims).toEqual(SEED_CLAIMS);
    expect(SEED_CLAIMS.length).toBeGreaterThan(20);
  });
});
