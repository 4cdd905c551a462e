// The claim format: one thing an article says about two actors, with the exact words that say it.
// The shapes are zod schemas (claimSchema.ts), checked where data comes in; this module has their
// types and the helpers the whole app uses, and loads no zod (the start-up bundle stays small).
import type { z } from 'zod';
import type { PartialDate } from './partialDate';
import type { actorSchema, articleSchema, claimSchema, evidenceSchema, whenSchema } from './claimSchema';

export type When = z.infer<typeof whenSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Article = z.infer<typeof articleSchema>;
export type ActorId = string;

/** A problem found while reading data, with where it is. */
export interface DataProblem {
  /** Path to the offending field, for example `claims[3].when.at`. */
  path: string;
  message: string;
}

/** Problems with claims that are well formed but do not fit their article: quotes not at their offsets. */
export function evidenceProblems(claims: readonly Claim[], articles: readonly Article[]): DataProblem[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const problems: DataProblem[] = [];
  claims.forEach((claim, i) => {
    const article = byId.get(claim.articleId);
    if (!article) {
      problems.push({ path: `claims[${i}].articleId`, message: `no article "${claim.articleId}"` });
      return;
    }
    const { quote, start, end } = claim.evidence;
    if (article.text.slice(start, end) !== quote) {
      const found = article.text.indexOf(quote);
      problems.push({
        path: `claims[${i}].evidence`,
        message:
          found < 0
            ? `the quote "${quote.slice(0, 60)}" is not in article "${article.id}"`
            : `the quote is at ${found}-${found + quote.length} in "${article.id}", not at ${start}-${end}`,
      });
    }
  });
  return problems;
}

/** Are these the claims of an event data set: some, each a machine-coded event? */
export function isEventData(claims: readonly Claim[]): boolean {
  return claims.length > 0 && claims.every((c) => c.event !== undefined);
}

/** The day a claim starts to hold; an unknown time counts as the article's publication date. */
export function claimStart(when: When, published: PartialDate): PartialDate {
  if (when.kind === 'point') return when.at;
  if (when.kind === 'range') return when.from;
  return published;
}
