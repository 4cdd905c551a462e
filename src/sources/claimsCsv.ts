// Claims as CSV, as Entente's "CSV of the claims" export writes them (export/claimsTable.ts: a
// byte-order mark, one header row, quoted fields, ISO dates) and as a spreadsheet saves them again:
// the columns are found by their names in the header row, in any order. Each row becomes a claim,
// checked as a claims file's are; the CSV holds no article text, so claims whose article is not
// loaded are kept under their source (checkClaims.ts).
import type { Article } from '../domain/claims/claim';
import { CSV_COLUMNS, parseCsv, withoutCitation } from '../export/claimsTable';
import { checkClaims, problemAt } from './checkClaims';
import type { ImportResult } from './inputFormats';

/** The columns a claims CSV must have (the names and the quote columns are not needed). */
const REQUIRED = ['id', 'article', 'subject', 'object', 'stance', 'directed', 'when', 'certainty', 'attribution', 'quote', 'quote_start', 'quote_end'] as const;

/** The CSV's "when": a day (a point), "from/to" or "from/" (a range), or empty (unknown). */
function whenOf(text: string): unknown {
  const t = text.trim();
  if (t === '') return { kind: 'unknown' };
  const slash = t.indexOf('/');
  if (slash < 0) return { kind: 'point', at: t };
  const to = t.slice(slash + 1);
  return { kind: 'range', from: t.slice(0, slash), to: to === '' ? null : to };
}

/** A number from a cell, or the cell itself (so that the check names what was there). */
const numberOf = (text: string): unknown => (/^\s*\d+\s*$/.test(text) ? Number(text) : text);
const booleanOf = (text: string): unknown => (/^true$/i.test(text.trim()) ? true : /^false$/i.test(text.trim()) ? false : text);

export function readClaimsCsv(name: string, text: string, known: (id: string) => boolean, loaded: readonly Article[] = []): ImportResult {
  // (An export's first lines may cite it, "# …": the header row and the rows' line numbers come after them.)
  const body = text.replace(/^\uFEFF/, '');
  const cited = body.slice(0, body.length - withoutCitation(body).length).split('\n').length - 1;
  const rows = parseCsv(text).filter((r) => r.some((cell) => cell.trim() !== ''));
  const header = (rows[0] ?? []).map((c) => c.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) return { kind: 'refused', problems: [problemAt(name, `line ${1 + cited} (the header row)`, `the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing; a claims CSV has ${CSV_COLUMNS.join(', ')}`)] };
  const col = (row: string[], column: string) => row[header.indexOf(column)] ?? '';
  const published = new Map<string, string>();
  const raw = rows.slice(1).map((row) => {
    const articleId = col(row, 'article');
    const day = header.includes('published') ? col(row, 'published') : '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(day) && !published.has(articleId)) published.set(articleId, day);
    return {
      id: col(row, 'id'),
      articleId,
      subject: col(row, 'subject'),
      object: col(row, 'object'),
      stance: col(row, 'stance'),
      directed: booleanOf(col(row, 'directed')),
      when: whenOf(col(row, 'when')),
      certainty: col(row, 'certainty'),
      attribution: col(row, 'attribution'),
      evidence: { quote: col(row, 'quote'), start: numberOf(col(row, 'quote_start')), end: numberOf(col(row, 'quote_end')) },
    };
  });
  const checked = checkClaims(raw, [], known, name, loaded, published);
  // A problem's place is the row's line in the file (the header is line 1), not a list index.
  const problems = checked.problems.map((p) => ({ ...p, path: p.path.replace(/claims\[(\d+)\]/, (_, i: string) => `line ${Number(i) + 2 + cited}`) }));
  if (checked.claims.length === 0) return { kind: 'refused', problems: problems.length ? problems : [problemAt(name, `line ${2 + cited}`, 'there are no claims in it')] };
  return { kind: 'claims', articles: checked.adopted, claims: checked.claims, problems };
}
