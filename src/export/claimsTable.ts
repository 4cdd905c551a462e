// The claims as data files: CSV (RFC 4180: every field quoted, quotes doubled, CRLF line ends) and
// JSON, with their quotes, so that they open in a spreadsheet or another tool.
import { csvRows } from '../domain/text/csv';
import type { Article, Claim } from '../domain/claims/claim';

export const CSV_COLUMNS = [
  'id',
  'article',
  'published',
  'subject',
  'subject_name',
  'object',
  'object_name',
  'stance',
  'directed',
  'when',
  'certainty',
  'attribution',
  'quote',
  'quote_start',
  'quote_end',
] as const;

function whenField(claim: Claim): string {
  const w = claim.when;
  if (w.kind === 'point') return w.at;
  if (w.kind === 'range') return `${w.from}/${w.to ?? ''}`;
  return '';
}

function csvField(value: string | number | boolean): string {
  return `"${String(value).replace(/"/g, '""')}"`;
}

/** The claims as CSV; with a citation, after a first line "# " and the citation (what the file holds, from which sources, with which filters). */
export function claimsCsv(claims: readonly Claim[], articles: readonly Article[], nameOf: (id: string) => string, citation?: string): string {
  const published = new Map(articles.map((a) => [a.id, a.published]));
  const rows = claims.map((c) =>
    [
      c.id,
      c.articleId,
      published.get(c.articleId) ?? '',
      c.subject,
      nameOf(c.subject),
      c.object,
      nameOf(c.object),
      c.stance,
      c.directed,
      whenField(c),
      c.certainty,
      c.attribution,
      c.evidence.quote,
      c.evidence.start,
      c.evidence.end,
    ]
      .map(csvField)
      .join(','),
  );
  // A byte-order mark first: Excel reads the file as UTF-8 only with one (else "’" comes out garbled).
  const cite = citation ? `# ${citation.replace(/[\r\n]+/g, ' ')}\r\n` : '';
  return `\uFEFF${cite}${[CSV_COLUMNS.map(csvField).join(','), ...rows].join('\r\n')}\r\n`;
}

/** Parse CSV text of the kind `claimsCsv` writes (a byte-order mark, a citation line, quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(input: string): string[][] {
  return csvRows(withoutCitation(input.startsWith('\uFEFF') ? input.slice(1) : input));
}

/** The text without the leading "# " lines an export cites itself in. */
export function withoutCitation(text: string): string {
  let at = 0;
  while (text.startsWith('#', at)) {
    const end = text.indexOf('\n', at);
    if (end < 0) return '';
    at = end + 1;
  }
  return text.slice(at);
}

export function claimsJson(claims: readonly Claim[], articles: readonly Article[], citation?: string): string {
  return `${JSON.stringify(
    {
      ...(citation ? { citation } : {}),
      // Whole articles, text included: the quotes are checked against it when the file is opened again.
      articles: articles.filter((a) => claims.some((c) => c.articleId === a.id)),
      claims,
    },
    null,
    2,
  )}\n`;
}
