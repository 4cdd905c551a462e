// Claims as JSON: a list of claims, or `{ articles, claims }` (the claims export). Claims are taken one
// by one; each must name actors Entente knows and quote its article at the offsets it gives. A claim
// whose article is neither in the file nor loaded is kept under its source (checkClaims.ts).
import type { Article } from '../domain/claims/claim';
import { articleSchema } from '../domain/claims/claimSchema';
import { checkClaims, eachValid, problemAt } from './checkClaims';
import type { ImportResult } from './inputFormats';

/** Claims (with their articles), whole or in part, from parsed JSON that is not a snapshot. */
export function readClaimsFile(name: string, value: unknown, known: (id: string) => boolean, loaded: readonly Article[] = []): ImportResult {
  const object = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  const rawClaims = Array.isArray(value) ? value : object?.claims;
  if (rawClaims === undefined) return { kind: 'refused', problems: [problemAt(name, 'the top level', 'this JSON is neither an Entente snapshot nor a list of claims')] };
  const articles = eachValid(object?.articles ?? [], articleSchema, name, 'articles');
  const checked = checkClaims(rawClaims, articles.valid.map((a) => a.item), known, name, loaded);
  const problems = [...articles.problems, ...checked.problems];
  if (checked.claims.length === 0) return { kind: 'refused', problems: problems.length ? problems : [problemAt(name, 'claims', 'there are no claims in it')] };
  return { kind: 'claims', articles: [...articles.valid.map((a) => a.item), ...checked.adopted], claims: checked.claims, problems };
}
