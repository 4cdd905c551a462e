// An Entente snapshot (export/snapshot.ts writes it): its frame (format, version, camera, state) must
// be right; its articles and claims are taken one by one, so that a partly broken file offers its
// valid part.
import { type DataProblem, evidenceProblems } from '../domain/claims/claim';
import { articleSchema, problemsOf } from '../domain/claims/claimSchema';
import { pairKey } from '../domain/relations/pairKey';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot } from '../export/snapshot';
import { snapshotSchema } from '../export/snapshotSchema';
import { checkClaims, eachValid, problemAt } from './checkClaims';
import type { ImportResult } from './inputFormats';
import { parseJson } from './json';

/** Is this parsed JSON meant as a snapshot (it says which format it is)? */
export function isSnapshotValue(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'format' in value;
}

/** A snapshot, whole or in part, from its parsed JSON. */
export function readSnapshot(name: string, object: Record<string, unknown>, known: (id: string) => boolean): ImportResult {
  if (object.format !== SNAPSHOT_FORMAT) return { kind: 'refused', problems: [problemAt(name, 'format', `"format" is ${JSON.stringify(object.format)}, not "${SNAPSHOT_FORMAT}"`)] };
  if (object.version !== SNAPSHOT_VERSION) {
    return {
      kind: 'refused',
      problems: [problemAt(name, 'version', `snapshot format version ${JSON.stringify(object.version)} is not one this Entente reads (it reads version ${SNAPSHOT_VERSION})`)],
    };
  }
  const frame = snapshotSchema.omit({ articles: true, claims: true }).safeParse(object);
  if (!frame.success) return { kind: 'refused', problems: problemsOf(frame.error, '').map((p) => ({ path: `${name}: ${p.path.replace(/^\./, '')}`, message: p.message })) };
  const articles = eachValid(object.articles, articleSchema, name, 'articles');
  const checked = checkClaims(object.claims, articles.valid.map((a) => a.item), known, name);
  const problems = [...articles.problems, ...checked.problems];
  const snapshot: Snapshot = { ...frame.data, articles: [...articles.valid.map((a) => a.item), ...checked.adopted], claims: checked.claims } as Snapshot;
  if (snapshot.articles.length === 0 && problems.length > 0) return { kind: 'refused', problems };
  return { kind: 'snapshot', snapshot, problems };
}

/** The snapshot in `text` taken whole (no part of it skipped), or the problems that keep it from being one. */
export function parseSnapshot(text: string, file: string): { snapshot: Snapshot; problems: [] } | { snapshot: null; problems: DataProblem[] } {
  const parsed = parseJson(text, file);
  if ('problems' in parsed) return { snapshot: null, problems: parsed.problems };
  const value = parsed.value as { format?: unknown; version?: unknown } | null;
  if (value === null || typeof value !== 'object' || value.format !== SNAPSHOT_FORMAT) {
    return { snapshot: null, problems: [{ path: `${file}: format`, message: `this is not an Entente snapshot (no "format": "${SNAPSHOT_FORMAT}")` }] };
  }
  if (value.version !== SNAPSHOT_VERSION) {
    return {
      snapshot: null,
      problems: [{ path: `${file}: version`, message: `snapshot format version ${JSON.stringify(value.version)} is not one this Entente reads (it reads version ${SNAPSHOT_VERSION})` }],
    };
  }
  const result = snapshotSchema.safeParse(value);
  if (!result.success) return { snapshot: null, problems: problemsOf(result.error, '').map((p) => ({ ...p, path: `${file}: ${p.path.replace(/^\./, '')}` })) };
  const snapshot = result.data;
  const evidence = evidenceProblems(snapshot.claims, snapshot.articles).map((p) => ({ ...p, path: `${file}: ${p.path}` }));
  if (evidence.length > 0) return { snapshot: null, problems: evidence };
  if (snapshot.state.selection?.kind === 'pair') {
    const [a = '', b = ''] = snapshot.state.selection.key.split('|');
    snapshot.state.selection = { kind: 'pair', key: pairKey(a, b) };
  }
  return { snapshot, problems: [] };
}

