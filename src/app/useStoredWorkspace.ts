// The stored workspace: what is loaded, read from IndexedDB at start (workspaceStore.ts) and saved
// after each change over the version this tab knows. Saves run one at a time; a failed save and a
// save refused because another tab saved first are reported as `trouble`, and the user chooses.
import { useCallback, useEffect, useRef, useState } from 'react';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import { changeBetween, type History, NO_HISTORY, record, redo as redoIn, undo as undoIn } from '../state/history';
import type { WorkspaceData } from '../state/workspaceData';
import { CHANNEL, ConflictError, loadWorkspace, saveWorkspace } from './workspaceStore';

/** What a first visit shows: the seed article and its curated claims. */
export const SEED: WorkspaceData = { articles: [SEED_ARTICLE], claims: SEED_CLAIMS, review: {}, removed: [] };

/** This tab, in the messages tabs send each other about saves. */
const TAB = Math.random().toString(36).slice(2);

/** What went wrong with saving, and what the user can do about it. */
export type SaveTrouble = { kind: 'failed'; message: string } | { kind: 'conflict'; message: string };

/**
 * The workspace, loaded from IndexedDB when one was saved, and saved after each change over the
 * version this tab knows. A failed save says so at once (the last good copy stays); a save refused
 * because another tab saved first says so too, and the user chooses which copy to keep.
 */
export function useStoredWorkspace() {
  const [data, setShown] = useState<WorkspaceData>(SEED);
  /**
   * The latest data, changed synchronously: a change is made from it at once (not inside a React
   * state updater, which may run later), so whoever made the change can read the result.
   */
  const latest = useRef<WorkspaceData>(SEED);
  const setData = useCallback((next: WorkspaceData) => {
    latest.current = next;
    setShown(next);
  }, []);
  /** What can be undone and redone; saved with the data, so that it survives a reload. */
  const [history, setShownHistory] = useState<History>(NO_HISTORY);
  const historyNow = useRef<History>(NO_HISTORY);
  /** The history as last written (or read): unchanged, it is not written again. */
  const savedHistory = useRef<History | null>(null);
  const setHistory = useCallback((next: History) => {
    historyNow.current = next;
    setShownHistory(next);
  }, []);
  const [trouble, setTrouble] = useState<SaveTrouble | null>(null);
  /** 'saving' while a write is under way, 'saved' once the last change is written. */
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const version = useRef(0);
  const changed = useRef(false);
  const loadedFromStore = useRef(false);

  const reloadFromStore = useCallback(async () => {
    const stored = await loadWorkspace();
    version.current = stored?.version ?? 0;
    changed.current = false;
    if (stored) {
      setData(stored.data);
      setHistory(stored.history);
      savedHistory.current = stored.history;
    }
    setTrouble(null);
  }, [setData, setHistory]);

  useEffect(() => {
    let live = true;
    loadWorkspace()
      .then((stored) => {
        if (!live) return;
        version.current = stored?.version ?? 0;
        loadedFromStore.current = true;
        if (stored && !changed.current) {
          setData(stored.data);
          setHistory(stored.history);
          savedHistory.current = stored.history;
        }
      })
      .catch((e: unknown) => live && setTrouble({ kind: 'failed', message: `The saved workspace could not be read (${e instanceof Error ? e.message : String(e)}).` }));
    // Another tab saved: this tab's copy is behind.
    const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL) : null;
    if (channel) {
      channel.onmessage = (e: MessageEvent<{ version: number; tab: string }>) => {
        if (e.data.tab !== TAB && e.data.version !== version.current) {
          setTrouble({ kind: 'conflict', message: 'This workspace was changed in another tab.' });
        }
      };
    }
    return () => {
      live = false;
      channel?.close();
    };
  }, [setData, setHistory]);

  // One save at a time: changes that come while a save runs are saved after it, the latest only
  // (two saves at once would both start from the same version, and the second would look like
  // another tab's conflict).
  const inFlight = useRef(false);
  const queued = useRef<{ next: WorkspaceData; force: boolean } | null>(null);
  const save = useCallback(async (next: WorkspaceData, force: boolean) => {
    if (inFlight.current) {
      queued.current = { next, force: force || (queued.current?.force ?? false) };
      return;
    }
    inFlight.current = true;
    setSaveState('saving');
    let ok = false;
    try {
      // The history is written when it changed since the last save (or over another tab's copy), not again with every change.
      const history = historyNow.current;
      version.current = await saveWorkspace(next, version.current, force, TAB, history === savedHistory.current && !force ? undefined : history);
      savedHistory.current = history;
      setTrouble(null);
      ok = true;
    } catch (e) {
      setSaveState('failed');
      if (e instanceof ConflictError) {
        setTrouble({ kind: 'conflict', message: 'This workspace was changed in another tab since this one loaded it; your last change is not saved.' });
      } else {
        setTrouble({ kind: 'failed', message: `Your last change is not saved: ${e instanceof Error ? e.message : String(e)}. The last saved copy is kept.` });
      }
    } finally {
      inFlight.current = false;
    }
    const after = queued.current;
    queued.current = null;
    if (after) await save(after.next, after.force);
    else if (ok) setSaveState('saved');
  }, []);

  useEffect(() => {
    if (changed.current) void save(data, false);
  }, [data, save]);

  /** The data now, with every change made so far (the rendered `data` may be a render behind). */
  const current = useCallback(() => latest.current, []);
  /**
   * Replace the data (and save it); the same value again changes nothing. With a `label` ("remove
   * “…”") the change can be undone.
   */
  const replace = useCallback(
    (next: WorkspaceData, label?: string) => {
      if (next === latest.current) return;
      if (label !== undefined) setHistory(record(historyNow.current, changeBetween(latest.current, next, label)));
      changed.current = true;
      // Marked at once, with the change itself, so that nothing reads "saved" before this change is.
      setSaveState('saving');
      setData(next);
    },
    [setData, setHistory],
  );
  /** Undo (or redo) the latest change; what it was, or null when there was none. */
  const step = useCallback(
    (way: 'undo' | 'redo') => {
      const done = (way === 'undo' ? undoIn : redoIn)(historyNow.current, latest.current);
      if (!done) return null;
      setHistory(done.history);
      changed.current = true;
      setSaveState('saving');
      setData(done.data);
      return done.change.label;
    },
    [setData, setHistory],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);
  const keepMine = useCallback(() => void save(data, true), [data, save]);
  return { data, current, replace, history, undo, redo, trouble, keepMine, loadTheirs: reloadFromStore, saveState };
}

