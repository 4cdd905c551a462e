// Everything a user brings in (by paste, file picker or drop) goes through here first, into a
// staging copy: nothing replaces what is loaded until it is valid, and every problem names the file,
// the place (line and column, or the field path) and what is wrong. A partly valid file offers its
// valid part, with a list of exactly what would be skipped.
import { z } from 'zod';
import { type Article, articleSchema, type Claim, claimSchema, type DataProblem, evidenceProblems, problemsOf } from '../domain/claims/claim';
import { parseJson, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot, snapshotSchema } from '../export/snapshot';

/** The largest file read, checked before reading it: bigger ones would stall the page. */
export const MAX_IMPORT_BYTES = 5_000_000;

export type ImportResult =
  /** Text to read as an article. */
  | { kind: 'article'; text: string }
  /** A snapshot, whole or in part; `problems` lists what its valid part leaves out. */
  | { kind: 'snapshot'; snapshot: Snapshot; problems: DataProblem[] }
  /** Claims (with their articles), whole or in part. */
  | { kind: 'claims'; articles: Article[]; claims: Claim[]; problems: DataProblem[] }
  /** Nothing can be taken from it. */
  | { kind: 'refused'; problems: DataProblem[] };

const refuse = (file: string, place: string, message: string): ImportResult => ({ kind: 'refused', problems: [{ path: `${file}: ${place}`, message }] });

/** Refusals that need only the size: called before the file is read. */
export function checkSize(file: string, bytes: number): ImportResult | null {
  if (bytes > MAX_IMPORT_BYTES) {
    return refuse(file, 'size', `the file is ${(bytes / 1e6).toFixed(1)} MB; Entente reads files up to ${MAX_IMPORT_BYTES / 1e6} MB`);
  }
  if (bytes === 0) return refuse(file, 'the start', 'the file is empty');
  return null;
}

function isBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) control++;
  }
  return head.length > 0 && control / head.length > 0.05;
}

/**
 * Validate items one by one: the valid ones are kept, each invalid one becomes problems with its
 * path; nothing throws.
 */
function eachValid<T>(items: unknown, schema: z.ZodType<T>, file: string, field: string): { valid: { item: T; index: number }[]; problems: DataProblem[] } {
  if (!Array.isArray(items)) return { valid: [], problems: [{ path: `${file}: ${field}`, message: `"${field}" must be a list` }] };
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
function checkClaims(rawClaims: unknown, articles: readonly Article[], known: (id: string) => boolean, file: string): { claims: Claim[]; problems: DataProblem[] } {
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

/** Read what the user brought: `name` is the file name (or "pasted text"). */
export function readImport(name: string, text: string, known: (id: string) => boolean): ImportResult {
  const sized = checkSize(name, new Blob([text]).size);
  if (sized) return sized;
  if (text.trim() === '') return refuse(name, 'the start', 'there is nothing in it but blank space');
  if (isBinary(text)) return refuse(name, 'the start', 'this is a binary file, not text, JSON or HTML');
  const looksJson = /\.json$/i.test(name) || /^\s*[{[]/.test(text);
  if (!looksJson) return { kind: 'article', text };

  const parsed = parseJson(text, name);
  if ('problems' in parsed) return { kind: 'refused', problems: parsed.problems };
  const value = parsed.value as Record<string, unknown> | unknown[] | null;
  const object = value && typeof value === 'object' && !Array.isArray(value) ? value : null;

  if (object && 'format' in object) {
    if (object.format !== SNAPSHOT_FORMAT) return refuse(name, 'format', `"format" is ${JSON.stringify(object.format)}, not "${SNAPSHOT_FORMAT}"`);
    if (object.version !== SNAPSHOT_VERSION) {
      return refuse(name, 'version', `snapshot format version ${JSON.stringify(object.version)} is not one this Entente reads (it reads version ${SNAPSHOT_VERSION})`);
    }
    // The frame (view, state) must be right; articles and claims are taken one by one.
    const frame = snapshotSchema.omit({ articles: true, claims: true }).safeParse(object);
    if (!frame.success) return { kind: 'refused', problems: problemsOf(frame.error, '').map((p) => ({ path: `${name}: ${p.path.replace(/^\./, '')}`, message: p.message })) };
    const articles = eachValid(object.articles, articleSchema, name, 'articles');
    const checked = checkClaims(object.claims, articles.valid.map((a) => a.item), known, name);
    const problems = [...articles.problems, ...checked.problems];
    const snapshot: Snapshot = { ...frame.data, articles: articles.valid.map((a) => a.item), claims: checked.claims } as Snapshot;
    if (snapshot.articles.length === 0 && problems.length > 0) return { kind: 'refused', problems };
    return { kind: 'snapshot', snapshot, problems };
  }

  const rawClaims = Array.isArray(value) ? value : object?.claims;
  if (rawClaims === undefined) return refuse(name, 'the top level', 'this JSON is neither an Entente snapshot nor a list of claims');
  const articles = eachValid(object?.articles ?? [], articleSchema, name, 'articles');
  const checked = checkClaims(rawClaims, articles.valid.map((a) => a.item), known, name);
  const problems = [...articles.problems, ...checked.problems];
  if (checked.claims.length === 0) return { kind: 'refused', problems: problems.length ? problems : [{ path: `${name}: claims`, message: 'there are no claims in it' }] };
  return { kind: 'claims', articles: articles.valid.map((a) => a.item), claims: checked.claims, problems };
}
