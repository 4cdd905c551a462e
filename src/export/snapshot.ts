// A snapshot: one JSON file with everything needed to restore a view exactly: the articles, the
// claims, the camera, the date, the selection and the filters, with a format version. Reading one
// is the sources' work (sources/snapshotFile.ts).
import { z } from 'zod';
import { articleSchema, type Article, type Claim, claimSchema } from '../domain/claims/claim';
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

/** The app state a snapshot restores. */
export function stateOf(snapshot: Snapshot): AppState {
  const { selection, ...rest } = snapshot.state;
  return {
    ...rest,
    selection: selection === null ? null : selection.kind === 'country' ? selection : { kind: 'pair', key: pairKey(...(selection.key.split('|') as [string, string])) },
  };
}
