// The seed article, shipped inside the app as the default data set, and its claims curated by hand
// in pompeoMoroccoClaims.json. Their shape is checked with the zod schemas by seedArticle.test.ts
// (so that zod stays out of the start-up bundle); on load, each quote is checked at its offsets. A
// broken seed is a build bug, so this module throws rather than returning problems.
import { type Article, type Claim, evidenceProblems } from '../claim';
import rawClaims from './pompeoMoroccoClaims.json';
import text from './pompeo-morocco.txt?raw';

export const SEED_ARTICLE: Article = {
  id: 'pompeo-morocco',
  title: 'Pompeo visits Morocco, discusses Iran',
  published: '2019-12-06',
  source: 'Ben Ariel, citing AFP',
  text,
};

/** The seed's claims as the JSON file holds them (their shape is tested, not parsed at start-up). */
export const RAW_SEED_CLAIMS: unknown = rawClaims;

function loadSeedClaims(): Claim[] {
  const claims = rawClaims as unknown as Claim[];
  const problems = evidenceProblems(claims, [SEED_ARTICLE]);
  if (problems.length > 0) throw new Error(`seed claims: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return claims;
}

export const SEED_CLAIMS: Claim[] = loadSeedClaims();
