// A snapshot: one JSON file with everything needed to restore a view exactly: the articles, the
// claims, the camera, the date, the selection and the filters, with a format version. Reading one
// never throws: it returns the snapshot, or problems that name the file, the place and the problem.
import { z } from 'zod';
import { articleSchema, type Article, type Claim, claimSchema, type DataProblem, evidenceProblems, problemsOf } from '../domain/claims/claim';
import { isPartialDate } from '../domain/claims/partialDate';
import { CERTAINTIES, STANCES } from '../domain/claims/vocabulary';
import { pairKey } from '../domain/relations/pairKey';
import type { AppState } from '../state/viewState';

export const SNAPSHOT_FORMAT = 'entente-snapshot';
export const SNAPSHOT_VERSION = 1;

/** The camera: what MapLibre needs to show the same view. */
export interface CameraView {
  center: [number, number];
  zoom: number;
}

const actorId = z.string().regex(/^([A-Z]{3}|[a-z][a-z0-9-]*)$/);
const selectionSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('country'), id: actorId }),
    z.object({ kind: z.literal('pair'), key: z.string().regex(/^[^|]+\|[^|]+$/) }),
  ])
  .nullable();

export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  articles: z.array(articleSchema),
  claims: z.array(claimSchema),
  /** Review status by claim id (a claim with none is accepted); optional, as in the first snapshots. */
  review: z.record(z.string(), z.enum(['accepted', 'pending', 'rejected'])).optional(),
  /** Articles removed from the map but kept. */
  removed: z.array(z.string()).optional(),
  view: z.object({
    center: z.tuple([z.number().min(-1080).max(1080), z.number().min(-90).max(90)]),
    zoom: z.number().min(0).max(24),
  }),
  state: z.object({
    asOf: z.string().refine((d) => d.length === 10 && isPartialDate(d), 'the date must be a real day, YYYY-MM-DD'),
    selection: selectionSchema,
    hiddenStances: z.array(z.enum(STANCES)),
    hiddenCertainties: z.array(z.enum(CERTAINTIES)),
    view: z.enum(['map', 'list']),
  }),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export function buildSnapshot(
  articles: readonly Article[],
  claims: readonly Claim[],
  state: AppState,
  camera: CameraView,
  workspace: { review?: Record<string, 'accepted' | 'pending' | 'rejected'>; removed?: string[] } = {},
): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    articles: [...articles],
    claims: [...claims],
    ...(workspace.review && Object.keys(workspace.review).length ? { review: { ...workspace.review } } : {}),
    ...(workspace.removed?.length ? { removed: [...workspace.removed] } : {}),
    // + 0 turns -0 into 0, which is what JSON writes anyway.
    view: { center: [camera.center[0] + 0, camera.center[1] + 0], zoom: camera.zoom + 0 },
    state: {
      asOf: state.asOf,
      selection: state.selection,
      hiddenStances: [...state.hiddenStances],
      hiddenCertainties: [...state.hiddenCertainties],
      view: state.view,
    },
  };
}

export function serializeSnapshot(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Where JSON text stops being JSON: the offset of the first character a JSON parser cannot accept
 * (JSON.parse's own messages do not always give a position).
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      } else if ((text.charCodeAt(i) ?? 0) < 32) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else fail();
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? Math.min(at, text.length) : 0;
  }
}

/** JSON.parse, with a syntax error turned into a problem that says where. */
export function parseJson(text: string, file: string): { value: unknown } | { problems: DataProblem[] } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    if (text.trim() === '') return { problems: [{ path: `${file}: the start`, message: 'the file is empty' }] };
    const at = jsonErrorOffset(text);
    const { line, column } = lineAndColumn(text, Math.max(0, at));
    const near = JSON.stringify(text.slice(Math.max(0, at), at + 12));
    const message = at >= text.length ? 'the JSON ends too soon' : `this is not valid JSON here (near ${near})`;
    return { problems: [{ path: `${file}: line ${line}, column ${column}`, message: e instanceof Error && at < 0 ? e.message : message }] };
  }
}

/** The snapshot in `text`, or the problems that keep it from being one. */
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

/** The app state a snapshot restores. */
export function stateOf(snapshot: Snapshot): AppState {
  const { selection, ...rest } = snapshot.state;
  return {
    ...rest,
    selection: selection === null ? null : selection.kind === 'country' ? selection : { kind: 'pair', key: pairKey(...(selection.key.split('|') as [string, string])) },
  };
}
