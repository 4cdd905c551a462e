// The workspace saved in the browser's IndexedDB, so that it survives a reload.
//
// - A save is one transaction: it replaces the stored copy only when it completes, so a failed write
//   (quota, a private window, a closed database) or a tab closed mid-write leaves the last good copy.
// - Each stored copy has a version. A tab saves only over the version it last loaded or saved; if
//   another tab saved in between, the save is refused as a conflict and the user chooses, so two tabs
//   never overwrite each other's work silently. Saves are announced on a BroadcastChannel, so the
//   other tabs know at once.
import { type WorkspaceData, workspaceDataSchema } from './workspaceData';

const DB_NAME = 'entente';
const STORE = 'workspace';
const KEY = 'current';
export const CHANNEL = 'entente-workspace';

export interface StoredWorkspace {
  version: number;
  data: WorkspaceData;
}

/** Another tab saved the workspace since this one loaded or saved it. */
export class ConflictError extends Error {
  constructor(readonly theirs: number) {
    super('the workspace was changed in another tab');
  }
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('this browser has no IndexedDB'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function readStored(value: unknown): StoredWorkspace | null {
  if (value === undefined || value === null || typeof value !== 'object') return null;
  const v = value as { version?: unknown; data?: unknown };
  const parsed = workspaceDataSchema.safeParse(v.data);
  if (!parsed.success || typeof v.version !== 'number') return null;
  return { version: v.version, data: parsed.data };
}

/** The saved workspace and its version, or null when there is none (or it is not one this version reads). */
export async function loadWorkspace(): Promise<StoredWorkspace | null> {
  const db = await open();
  try {
    const value = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('could not read the saved workspace'));
    });
    return readStored(value);
  } finally {
    db.close();
  }
}

/**
 * Save `data` over version `base` (0 when nothing was stored); resolves with the new version.
 * `force` saves over whatever is stored (the user chose to keep this tab's copy).
 */
export async function saveWorkspace(data: WorkspaceData, base: number, force = false, tab = ''): Promise<number> {
  const db = await open();
  try {
    const version = await new Promise<number>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      let next = base + 1;
      let failure: unknown = null;
      const current = store.get(KEY);
      current.onsuccess = () => {
        const stored = readStored(current.result);
        const theirs = stored?.version ?? 0;
        if (!force && theirs !== base) {
          failure = new ConflictError(theirs);
          tx.abort();
          return;
        }
        next = Math.max(theirs, base) + 1;
        try {
          store.put({ version: next, data }, KEY);
        } catch (e) {
          // Quota and similar errors can be thrown at once: the transaction is aborted, nothing is written.
          failure = e;
          tx.abort();
        }
      };
      const why = () => failure ?? tx.error ?? new Error('the workspace could not be saved');
      tx.oncomplete = () => resolve(next);
      tx.onerror = () => reject(why());
      tx.onabort = () => reject(why());
    });
    if (typeof BroadcastChannel !== 'undefined') {
      const channel = new BroadcastChannel(CHANNEL);
      channel.postMessage({ version, tab });
      channel.close();
    }
    return version;
  } finally {
    db.close();
  }
}
