// The workspace saved in the browser's IndexedDB, so that it survives a reload. A save replaces the
// stored copy only when the write transaction completes; a failed write (quota, a private window, a
// closed database) rejects, and the last good copy stays.
import { type WorkspaceData, workspaceDataSchema } from './workspaceData';

const DB_NAME = 'entente';
const STORE = 'workspace';
const KEY = 'current';

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

/** The saved workspace, or null when there is none (or it is not one this version reads). */
export async function loadWorkspace(): Promise<WorkspaceData | null> {
  const db = await open();
  try {
    const value = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('could not read the saved workspace'));
    });
    if (value === undefined) return null;
    const parsed = workspaceDataSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  } finally {
    db.close();
  }
}

export async function saveWorkspace(data: WorkspaceData): Promise<void> {
  const db = await open();
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(data, KEY);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('the workspace could not be saved'));
      tx.onabort = () => reject(tx.error ?? new Error('saving the workspace was aborted'));
    });
  } finally {
    db.close();
  }
}
