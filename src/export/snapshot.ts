// A snapshot: one JSON file with everything needed to restore a view exactly: the articles, the
// claims, the camera, the date, the selection and the filters, with a format version. Reading one
// is the sources' work (sources/snapshotFile.ts), against its schema (snapshotSchema.ts, which loads
// zod: it is not in the start-up bundle).
import type { z } from 'zod';
import type { Article, Claim } from '../domain/claims/claim';
import { pairKey } from '../domain/relations/pairKey';
import type { snapshotSchema } from './snapshotSchema';
import { EVERY_EVENT, selectsEvery } from '../domain/relations/eventSelection';
import { type AppState, cleanSelection } from '../state/viewState';

export const SNAPSHOT_FORMAT = 'entente-snapshot';
export const SNAPSHOT_VERSION = 1;

/** The camera: what MapLibre needs to show the same view. */
export interface CameraView {
  center: [number, number];
  zoom: number;
}

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
      projection: state.projection,
      ...(state.eventWindow !== 365 ? { eventWindow: state.eventWindow } : {}),
      ...(state.minEvents > 1 ? { minEvents: state.minEvents } : {}),
      ...(state.basis !== 'both' ? { basis: state.basis } : {}),
      ...(state.topPartners > 0 ? { topPartners: state.topPartners } : {}),
      ...(selectsEvery(state.eventSelection) ? {} : { eventSelection: { ...state.eventSelection, roots: [...state.eventSelection.roots], quads: [...state.eventSelection.quads] } }),
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
    projection: rest.projection ?? 'mercator',
    eventWindow: rest.eventWindow ?? 365,
    minEvents: rest.minEvents ?? 1,
    basis: rest.basis ?? 'both',
    topPartners: rest.topPartners ?? 0,
    eventSelection: rest.eventSelection ? cleanSelection(rest.eventSelection) : EVERY_EVENT,
    selection: selection === null ? null : selection.kind === 'country' ? selection : { kind: 'pair', key: pairKey(...(selection.key.split('|') as [string, string])) },
  };
}
