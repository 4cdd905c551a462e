// The seed article, shipped inside the app as the default data set, and its claims curated by hand
// in pompeoMoroccoClaims.json. Both are validated on load; a broken seed is a build bug, so this
// module throws rather than returning problems.
import { type Article, articleSchema, type Claim, evidenceProblems, parseClaims } from '../claim';
import rawClaims from './pompeoMoroccoClaims.json';
import text from './pompeo-morocco.txt?raw';

export const SEED_ARTICLE: Article = articleSchema.parse({
  id: 'pompeo-morocco',
  title: 'Pompeo visits Morocco, discusses Iran',
  published: '2019-12-06',
  source: 'Ben Ariel, citing AFP',
  text,
});

function loadSeedClaims(): Claim[] {
  const { claims, problems } = parseClaims(rawClaims, 'pompeoMoroccoClaims.json');
  const all = [...problems, ...evidenceProblems(claims, [SEED_ARTICLE])];
  if (all.length > 0) throw new Error(`seed claims: ${all.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return claims;
}

export const SEED_CLAIMS: Claim[] = loadSeedClaims();
