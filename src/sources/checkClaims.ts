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

/** An article's publication day from a claim's date (a year or a month is taken at its first day). */
const dayOf = (date: string) => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);

/**
 * Claims whose article is not in the file (nor loaded) are kept under their source, not refused: each
 * such article id becomes an article whose text is its claims' quotes, a paragraph each, with every
 * claim's evidence at its quote there, so that each claim still leads back to its words.
 * `published`: a day for an article id, when the file gives one (the CSV's column).
 */
function adoptOrphans(orphans: Map<string, Claim[]>, file: string, published: ReadonlyMap<string, string>): { articles: Article[]; claims: Claim[] } {
  const articles: Article[] = [];
  const claims: Claim[] = [];
  for (const [id, group] of orphans) {
    const quotes = [...new Set(group.map((c) => c.evidence.quote))];
    const text = quotes.join('\n\n');
    const at = new Map<string, number>();
    let offset = 0;
    for (const q of quotes) {
      at.set(q, offset);
      offset += q.length + 2;
    }
    const latest = group.reduce((d, c) => {
      const start = c.when.kind === 'point' ? c.when.at : c.when.kind === 'range' ? c.when.from : '';
      return start > d ? start : d;
    }, '');
    articles.push({
      id,
      title: `Claims of “${id}”, from ${file}`,
      published: published.get(id) ?? dayOf(latest || '1970-01-01'),
      source: `${file}: the claims only (the article's text was not in the file); its text here is their quotes`,
      text,
    });
    for (const c of group) {
      const start = at.get(c.evidence.quote) ?? 0;
      claims.push({ ...c, evidence: { quote: c.evidence.quote, start, end: start + c.evidence.quote.length } });
    }
  }
  return { articles, claims };
}

/**
 * The valid claims of a list, checked against their articles and the actors Entente knows. Claims
 * whose article is in neither `articles` nor `loaded` (the workspace's) are kept under their source,
 * in `adopted` articles made from their quotes.
 */
export function checkClaims(
  rawClaims: unknown,
  articles: readonly Article[],
  known: (id: string) => boolean,
  file: string,
  loaded: readonly Article[] = [],
  published: ReadonlyMap<string, string> = new Map(),
): { claims: Claim[]; problems: DataProblem[]; adopted: Article[] } {
  const { valid, problems } = eachValid(rawClaims, claimSchema, file, 'claims');
  const claims: Claim[] = [];
  const withText = [...articles, ...loaded];
  // Articles by id, made once (not once per claim: a snapshot has tens of thousands of claims).
  const byId = new Map(withText.map((a) => [a.id, a]));
  const orphans = new Map<string, Claim[]>();
  for (const { item, index } of valid) {
    const where = `${file}: claims[${index}]`;
    const unknown = [item.subject, item.object].filter((id) => !known(id));
    if (unknown.length) {
      problems.push({ path: `${where}.${known(item.subject) ? 'object' : 'subject'}`, message: `unknown actor code "${unknown[0]}"` });
      continue;
    }
    const article = byId.get(item.articleId);
    if (!article) {
      const group = orphans.get(item.articleId);
      if (group) group.push(item);
      else orphans.set(item.articleId, [item]);
      continue;
    }
    const quoteProblems = article.text.slice(item.evidence.start, item.evidence.end) === item.evidence.quote ? [] : evidenceProblems([item], [article]);
    if (quoteProblems.length) {
      problems.push(...quoteProblems.map((p) => ({ path: `${where}${p.path.replace(/^claims\[0\]/, '')}`, message: p.message })));
      continue;
    }
    claims.push(item);
  }
  const adopted = adoptOrphans(orphans, file, published);
  return { claims: [...claims, ...adopted.claims], problems, adopted: adopted.articles };
}
