// The workspace saved in the browser's IndexedDB, so that it survives a reload.
//
// - It is stored in parts: the version, the articles with the review statuses, and the claims in
//   chunks of 2,000. A workspace of a day of GDELT events holds tens of thousands of claims, and
//   writing or reading them as one value would block the page for a long task.
// - A save is one transaction: it replaces the stored copy only when it completes, so a failed write
//   (quota, a private window, a closed database) or a tab closed mid-write leaves the last good copy.
// - Each stored copy has a version. A tab saves only over the version it last loaded or saved; if
//   another tab saved in between, the save is refused as a conflict and the user chooses, so two tabs
//   never overwrite each other's work silently. Saves are announced on a BroadcastChannel, so the
//   other tabs know at once.
import { type History, NO_HISTORY, storable } from '../state/history';
import type { WorkspaceData } from '../state/workspaceData';

const DB_NAME = 'entente';
const STORE = 'workspace';
/** The first layout: one record holding the version and the whole workspace. Still read; replaced on the next save. */
const LEGACY_KEY = 'current';
/** The version alone, so that a save checks it without reading the workspace. */
const VERSION_KEY = 'version';
/** Articles, review statuses and removals. */
const META_KEY = 'meta';
/** What can be undone and redone (state/history.ts), written with the data in the same transaction. */
const HISTORY_KEY = 'history';
/** The claims, in chunks, so that no single write or read serialises them all in one task. */
const CHUNK = 2000;
const chunkKey = (i: number) => `claims-${String(i).padStart(6, '0')}`;
const CHUNKS_FROM = (i: number) => IDBKeyRange.bound(chunkKey(i), 'claims-\uffff');
export const CHANNEL = 'entente-workspace';

export interface StoredWorkspace {
  version: number;
  data: WorkspaceData;
  history: History;
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

type Schemas = typeof import('../state/workspaceSchema');

function readLegacy(value: unknown, { workspaceDataSchema }: Schemas): StoredWorkspace | null {
  if (value === undefined || value === null || typeof value !== 'object') return null;
  const v = value as { version?: unknown; data?: unknown };
  const parsed = workspaceDataSchema.safeParse(v.data);
  if (!parsed.success || typeof v.version !== 'number') return null;
  return { version: v.version, data: parsed.data, history: NO_HISTORY };
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/** Whether a workspace is stored at all in `db` (its version, or the first layout's record): keys only. */
async function anythingStored(db: IDBDatabase): Promise<boolean> {
  const store = db.transaction(STORE, 'readonly').objectStore(STORE);
  const [version, legacy] = await Promise.all([request(store.getKey(VERSION_KEY)), request(store.getKey(LEGACY_KEY))]);
  return version !== undefined || legacy !== undefined;
}

/**
 * The saved workspace and its version, or null when there is none (or it is not one this version
 * reads). Chunks are read and checked one at a time, each in its own task.
 */
export async function loadWorkspace(): Promise<StoredWorkspace | null> {
  const db = await open();
  try {
    // A first visit has nothing stored: that is seen without the schemas (zod and the claim schemas are
    // a chunk of their own, and building them is start-up work a first visit does not need).
    if (!(await anythingStored(db))) return null;
    // The schemas load here, between that look and the reading transaction: an await inside one would end it.
    const schemas = await import('../state/workspaceSchema');
    const { metaSchema, chunkSchema } = schemas;
    // One transaction, so that a save from another tab cannot land between the parts read.
    const store = db.transaction(STORE, 'readonly').objectStore(STORE);
    const version = await request(store.get(VERSION_KEY));
    if (typeof version !== 'number') return readLegacy(await request(store.get(LEGACY_KEY)), schemas);
    const meta = metaSchema.safeParse(await request(store.get(META_KEY)));
    if (!meta.success) return null;
    const claims: WorkspaceData['claims'] = [];
    for (let i = 0; i < meta.data.chunks; i++) {
      const chunk = chunkSchema.safeParse(await request(store.get(chunkKey(i))));
      if (!chunk.success) return null;
      for (const c of chunk.data) claims.push(c);
    }
    const { articles, review, removed } = meta.data;
    // A history this version cannot read is dropped: the workspace itself is what matters.
    const history = schemas.historySchema.safeParse((await request(store.get(HISTORY_KEY))) ?? NO_HISTORY);
    return { version, data: { articles, review, removed, claims }, history: history.success ? history.data : NO_HISTORY };
  } finally {
    db.close();
  }
}

/**
 * Save `data` over version `base` (0 when nothing was stored); resolves with the new version.
 * `force` saves over whatever is stored (the user chose to keep this tab's copy). `history`, what
 * can be undone, is written when given (it is left as stored when it has not changed).
 */
export async function saveWorkspace(data: WorkspaceData, base: number, force = false, tab = '', history?: History): Promise<number> {
  const db = await open();
  try {
    const version = await new Promise<number>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      let next = base + 1;
      let failure: unknown = null;
      const fail = (e: unknown) => {
        // Quota and similar errors can be thrown at once: the transaction is aborted, nothing is written.
        failure = e;
        tx.abort();
      };
      const chunks = Math.ceil(data.claims.length / CHUNK);
      // Each chunk is written from the previous write's success, so that each serialisation is a task of
      // its own and the transaction stays open until the last one; it commits all or nothing.
      const writeChunk = (i: number) => {
        if (i >= chunks) return;
        try {
          store.put(data.claims.slice(i * CHUNK, (i + 1) * CHUNK), chunkKey(i)).onsuccess = () => writeChunk(i + 1);
        } catch (e) {
          fail(e);
        }
      };
      const current = store.get(VERSION_KEY);
      current.onsuccess = () => {
        const stored = current.result;
        const legacy = stored === undefined ? store.get(LEGACY_KEY) : null;
        const decide = (theirs: number) => {
          if (!force && theirs !== base) {
            failure = new ConflictError(theirs);
            tx.abort();
            return;
          }
          next = Math.max(theirs, base) + 1;
          try {
            store.put(next, VERSION_KEY);
            store.delete(CHUNKS_FROM(chunks));
            store.delete(LEGACY_KEY);
            if (history) store.put(storable(history), HISTORY_KEY);
            store.put({ articles: data.articles, review: data.review, removed: data.removed, chunks }, META_KEY).onsuccess = () => writeChunk(0);
          } catch (e) {
            fail(e);
          }
        };
        if (legacy) legacy.onsuccess = () => decide((legacy.result as { version?: number } | undefined)?.version ?? 0);
        else decide(typeof stored === 'number' ? stored : 0);
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
