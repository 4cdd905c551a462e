// Checking what a file holds, item by item: the valid items are kept, each invalid one becomes
// problems with its path; nothing throws. Shared by the snapshot and the claims-file readers.
import type { z } from 'zod';
import { type Article, type Claim, type DataProblem, evidenceProblems } from '../domain/claims/claim';
import { claimSchema, problemsOf } from '../domain/claims/claimSchema';

/** A problem at one place of one file. */
export const problemAt = (file: string, place: string, message: string): DataProblem => ({ path: `${file}: ${place}`, message });

/** Validate items one by one: the valid ones are kept with their index, each invalid one becomes problems. */
export function eachValid<T>(items: unknown, schema: z.ZodType<T>, file: string, field: string): { valid: { item: T; index: number }[]; problems: DataProblem[] } {
  if (!Array.isArray(items)) return { valid: [], problems: [problemAt(file, field, `"${field}" must be a list`)] };
  const valid: { item: T; index: number }[] = [];
  const problems: DataProblem[] = [];
  items.forEach((raw, index) => {
    const r = schema.safeParse(raw);
    if (r.success) valid.push({ item: r.data, index });
    else problems.push(...problemsOf(r.error, '').map((p) => ({ path: `${file}: ${field}[${index}]${p.path}`, message: p.message })));
  });
  return { valid, problems };
}

/** The valid claims of a list, checked against their articles and the actors Entente knows. */
export function checkClaims(rawClaims: unknown, articles: readonly Article[], known: (id: string) => boolean, file: string): { claims: Claim[]; problems: DataProblem[] } {
  const { valid, problems } = eachValid(rawClaims, claimSchema, file, 'claims');
  const claims: Claim[] = [];
  for (const { item, index } of valid) {
    const where = `${file}: claims[${index}]`;
    const unknown = [item.subject, item.object].filter((id) => !known(id));
    if (unknown.length) {
      problems.push({ path: `${where}.${known(item.subject) ? 'object' : 'subject'}`, message: `unknown actor code "${unknown[0]}"` });
      continue;
    }
    const quoteProblems = evidenceProblems([item], articles);
    if (quoteProblems.length) {
      problems.push(...quoteProblems.map((p) => ({ path: `${where}${p.path.replace(/^claims\[0\]/, '')}`, message: p.message })));
      continue;
    }
    claims.push(item);
  }
  return { claims, problems };
}
