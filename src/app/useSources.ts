// The sources, as the workspace uses them: files, drops and pastes are routed to their format's
// reader (src/sources/inputFormats.ts), staged and checked, and only then become actions on the
// workspace. Problems are listed with their place; a partly valid file offers its valid part; GDELT
// exports are read in a worker with progress; an article goes to the Add article dialog and then to
// extraction, whose claims wait for review.
import { type RefObject, useCallback, useEffect, useState } from 'react';
import { NON_STATE_ACTORS, ORGANISATIONS } from '../domain/claims/actors';
import { type Article, type Claim, type DataProblem, isEventData } from '../domain/claims/claim';
import { dayToShow } from '../domain/claims/partialDate';
import { toClaim } from '../domain/extraction/extractedClaim';
import type { CountryIndex } from '../domain/geo/countryIndex';
import { slug } from '../export/fileName';
import { stateOf } from '../export/snapshot';
import type { MapController } from '../map/MapController';
import { prepareReading, readArticle } from '../sources/articleText';
import { loadReviewPanel } from './reviewPanelChunk';
import { readHead } from '../sources/gdeltExport';
import { importFile } from '../sources/fileImport';
import { formatOf } from '../sources/inputFormats';
import { checkSize, MAX_FILE_BYTES } from '../sources/sizeLimits';
import type { ImportResult } from '../sources/readImport';
import { anchorsOf } from './deriveMap';
import { useEventImport } from './useEventImport';
import { usePasteToOpen } from './usePasteToOpen';
import { addedArticleId, type WorkspaceAction, type WorkspaceState } from '../state/actions';
import type { WorkspaceData } from '../state/workspaceData';
import type { Snapshot } from '../export/snapshot';
import type { ArticleDraft, ExtractProblem, ReadingCallbacks } from '../ui/AddArticleDialog';
import { countOf } from '../ui/claimText';

export interface ProblemReport {
  title: string;
  problems: DataProblem[];
  /** What the user can do about it (take the valid part). */
  action?: { label: string; run: () => void };
}

interface SourcesInput {
  dispatch: (action: WorkspaceAction) => WorkspaceState;
  /** The workspace's data now (for what a merge would add). */
  current: () => WorkspaceData;
  countries: CountryIndex;
  controller: RefObject<MapController | null>;
  onNotice: (notice: string) => void;
  /** An article was added: show it, and open its review when it has claims to review. */
  onArticleAdded: (id: string, review: boolean) => void;
}

/** An import waiting for the user's choice. */
export type PendingOpen =
  | { kind: 'snapshot'; name: string; snapshot: Snapshot; notice?: undefined }
  | { kind: 'claims'; name: string; articles: Article[]; claims: Claim[]; notice?: string };

/** What an import waiting for the user's choice holds, in words. */
export function holdsText(open: PendingOpen): string {
  if (open.kind === 'snapshot') return `${countOf(open.snapshot.articles.length, 'article')} and ${countOf(open.snapshot.claims.length, 'claim')}, with its own view`;
  return isEventData(open.claims) ? `${countOf(open.claims.length, 'event')} between states` : `${countOf(open.articles.length, 'article')} and ${countOf(open.claims.length, 'claim')}`;
}

export function useSources({ dispatch, current, countries, controller, onNotice, onArticleAdded }: SourcesInput) {
  const [problems, setProblems] = useState<ProblemReport | null>(null);
  const [adding, setAdding] = useState<{ file: File | null } | null>(null);
  // The dialog for a new article opens: the extraction worker and the review start loading while the reader pastes.
  useEffect(() => {
    if (!adding) return;
    prepareReading();
    void loadReviewPanel();
  }, [adding]);

  const known = useCallback(
    (id: string) => countries.nameOf(id) !== undefined || id in NON_STATE_ACTORS || id in ORGANISATIONS,
    [countries],
  );

  /**
   * What was opened, waiting for the user's choice (nothing changes the workspace without asking):
   * add it (by id; what is already here stays), replace the workspace with it (a snapshot's view
   * too), or cancel. `notice`: what to say once it is added (an event import's counts).
   */
  const [pendingOpen, setPendingOpen] = useState<PendingOpen | null>(null);
  /** What was opened, added to the workspace or put in its place (the user's choice). */
  const open = useCallback(
    (pending: PendingOpen, choice: 'add' | 'replace') => {
      const { name } = pending;
      const data =
        pending.kind === 'snapshot'
          ? (() => {
              const { snapshot } = pending;
              // Reviews of claims the snapshot holds (a set of its ids only when it has reviews at all).
              const reviews = Object.entries(snapshot.review ?? {});
              const ids = reviews.length ? new Set(snapshot.claims.map((c) => c.id)) : null;
              const review = Object.fromEntries(reviews.filter(([id]) => ids?.has(id)));
              return { articles: snapshot.articles, claims: snapshot.claims, review, removed: snapshot.removed ?? [] };
            })()
          : { articles: pending.articles, claims: pending.claims, review: {}, removed: [] };
      if (choice === 'replace') {
        dispatch({ type: 'openSnapshot', data, view: pending.kind === 'snapshot' ? stateOf(pending.snapshot) : {}, from: name });
        if (pending.kind === 'snapshot') controller.current?.jumpTo(pending.snapshot.view);
        if (pending.notice) onNotice(pending.notice);
        return;
      }
      // What the merge added, read from the workspace before and after it (the merge runs once, in the action).
      const before = current();
      const after = dispatch(pending.kind === 'snapshot' ? { type: 'mergeSnapshot', data, from: name } : { type: 'importClaims', articles: data.articles, claims: data.claims, from: name }).data;
      const added = { articles: after.articles.length - before.articles.length, claims: after.claims.length - before.claims.length };
      const left = { articles: data.articles.length - added.articles, claims: data.claims.length - added.claims };
      // "1 article and 27 claims", "27 claims", or nothing at all.
      const both = (n: { articles: number; claims: number }) =>
        [n.articles ? countOf(n.articles, 'article') : '', n.claims ? countOf(n.claims, 'claim') : ''].filter(Boolean).join(' and ');
      const already = both(left);
      onNotice(
        pending.notice ??
          `Added ${both(added) || 'nothing'} from ${name}${already ? `; ${already} already here ${left.articles + left.claims === 1 ? 'was' : 'were'} left as ${left.articles + left.claims === 1 ? 'it is' : 'they are'}.` : '.'}`,
      );
    },
    [dispatch, controller, current, onNotice],
  );
  const chooseOpen = useCallback(
    (choice: 'add' | 'replace' | 'cancel') => {
      const pending = pendingOpen;
      setPendingOpen(null);
      if (!pending) return;
      const { name } = pending;
      if (choice === 'cancel') {
        onNotice(`${name} was not opened; nothing was changed.`);
        return;
      }
      // The click only closes the question; the workspace changes a task later, so that adding tens
      // of thousands of claims (the merge, the change kept for undo) is not the click's own work.
      setTimeout(() => open(pending, choice), 0);
    },
    [pendingOpen, onNotice, open],
  );

  /** Put an import before the user: snapshots, claims and event data sets alike ask first (add, replace or cancel). */
  const applyImport = useCallback((result: ImportResult, name: string, notice?: string) => {
    if (result.kind === 'snapshot') setPendingOpen({ kind: 'snapshot', name, snapshot: result.snapshot });
    else if (result.kind === 'claims') setPendingOpen({ kind: 'claims', name, articles: result.articles, claims: result.claims, notice });
  }, []);

  /** Event files are read in a worker, with progress; a table of unknown layout asks for its columns first. */
  const onFailure = useCallback((title: string, path: string, message: string) => setProblems({ title, problems: [{ path, message }] }), []);
  const { gdelt, startEvents, cancelEvents: cancelGdelt, pendingMapping, askMapping, chooseMapping } = useEventImport({ countries, applyImport, onFailure, onNotice });
  /**
   * What was read goes on: only a valid import replaces or joins what is loaded; a partly valid one
   * waits for the user to take its valid part after seeing what would be skipped; an article goes to
   * the Add article dialog.
   */
  const takeResult = useCallback(
    (name: string, result: ImportResult) => {
      if (result.kind === 'article') return;
      if (result.kind === 'events') {
        // Event data pasted (or in a file whose name said nothing) goes to the event import like a dropped file.
        startEvents([new File([result.text], name)]);
        return;
      }
      if (result.kind === 'table') {
        void askMapping(new File([result.text], name));
        return;
      }
      if (result.kind === 'refused') {
        setProblems({ title: `Could not open ${name}; nothing was changed.`, problems: result.problems });
      } else if (result.problems.length > 0) {
        const count = result.kind === 'snapshot' ? result.snapshot.claims.length : result.claims.length;
        setProblems({
          title: `${name} is partly valid: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} below. Nothing was changed yet.`,
          problems: result.problems,
          action: { label: `Import the valid part (${count} claims) and skip the rest`, run: () => applyImport(result, name) },
        });
      } else {
        setProblems(null);
        applyImport(result, name);
      }
    },
    [applyImport, startEvents, askMapping],
  );
  /** Open pasted text: everything is read into a staging copy and checked first. */
  const openText = useCallback(
    async (name: string, text: string) => {
      // The readers (and zod, which checks what they read) load with the first text pasted.
      const { readImport } = await import('../sources/readImport');
      const result = readImport(name, text, known, current().articles);
      takeResult(name, result);
      return result;
    },
    [known, takeResult, current],
  );
  /** A file being read (in a worker), with how to cancel it. */
  const [reading, setReading] = useState<{ name: string; bytes: number; phase: 'reading' | 'checking'; cancel: () => void } | null>(null);

  const openFile = useCallback(
    async (file: File) => {
      const sized = checkSize(file.name, file.size, MAX_FILE_BYTES);
      if (sized?.kind === 'refused') {
        setProblems({ title: `Could not open ${file.name}; nothing was changed.`, problems: sized.problems });
        return;
      }
      // Read and checked in a worker: a large snapshot does not stall the page, and can be cancelled.
      const knownIds = [...countries.codes, ...Object.keys(NON_STATE_ACTORS), ...Object.keys(ORGANISATIONS)];
      const job = importFile(file, knownIds, current().articles, (phase) => setReading((r) => (r && r.cancel === job.cancel ? { ...r, phase } : r)));
      setReading({ name: file.name, bytes: file.size, phase: 'reading', cancel: job.cancel });
      const result = await job.result;
      setReading((r) => (r && r.cancel === job.cancel ? null : r));
      if (result.kind === 'cancelled') {
        onNotice(`Opening ${file.name} was cancelled; nothing was changed.`);
        return;
      }
      takeResult(file.name, result);
      if (result.kind === 'article') setAdding({ file });
    },
    [countries, current, takeResult, onNotice],
  );

  const openFiles = useCallback(
    async (files: File[]) => {
      // Each file's format is found from its first bytes (decompressed): event files dropped together are one import.
      const heads = await Promise.all(files.map((f) => readHead(f)));
      const formats = files.map((f, i) => formatOf(f.name, heads[i] ?? '').id);
      const events = files.filter((_, i) => formats[i] === 'gdelt' || formats[i] === 'icews');
      if (events.length) startEvents(events);
      files.forEach((f, i) => {
        if (formats[i] === 'csv') void askMapping(f);
        else if (!events.includes(f)) void openFile(f);
      });
    },
    [startEvents, askMapping, openFile],
  );

  usePasteToOpen(openFiles, openText, setAdding);

  /** Read a new article: extraction (in a worker) proposes claims, all waiting for review. */
  const extractArticle = useCallback(
    async (draft: ArticleDraft, reading: ReadingCallbacks): Promise<ExtractProblem | null> => {
      const id = slug(draft.title) || 'article';
      const handle = readArticle({ id, text: draft.text, published: draft.published, bodyStart: draft.bodyStart }, reading.onProgress);
      reading.onStart(handle.cancel);
      const result = await handle.result;
      if (result.type === 'cancelled') return 'Reading was cancelled; nothing was added.';
      if (result.type === 'error') return `The article could not be read (${result.message}). Nothing was added.`;
      const newArticle: Article = { id, title: draft.title, published: draft.published, source: draft.source, text: draft.text };
      /** Adds the article with no claims, to make claims by hand; shows it. */
      const keep = (notice: string) => {
        const keptId = addedArticleId(dispatch({ type: 'addArticle', article: newArticle, claims: [] })) ?? id;
        setAdding(null);
        onArticleAdded(keptId, false);
        onNotice(notice);
      };
      if (result.type === 'language') {
        // Kept for claims made by hand; no claims are proposed for a language Entente does not read.
        keep(result.notice);
        return null;
      }
      const { extraction, actorsNamed } = result;
      if (actorsNamed === 0)
        return {
          message: `No relations between states found in “${draft.title}”: it names no country or other actor. Nothing was added yet.`,
          keep: () => keep(`“${draft.title}” is kept with no claims: select words in its text to add one by hand.`),
        };
      const added = dispatch({ type: 'addArticle', article: newArticle, claims: extraction.claims.map((c, i) => toClaim(c, id, i)) });
      const addedId = addedArticleId(added) ?? id;
      setAdding(null);
      // The map moves to the article: its date (or a day set ahead that a claim names), and its actors in view.
      dispatch({ type: 'setDate', asOf: dayToShow(draft.published, extraction.claims.map((c) => c.when)) });
      controller.current?.fitTo(anchorsOf(new Set(extraction.claims.flatMap((c) => [c.a, c.b])), countries));
      onArticleAdded(addedId, true);
      onNotice(
        extraction.claims.length
          ? `${countOf(extraction.claims.length, 'claim')} read from “${draft.title}”. Review them: only accepted claims draw arcs.`
          : `No relations between states found in “${draft.title}”. Select words in its text to add a claim by hand.`,
      );
      return null;
    },
    [dispatch, countries, controller, onNotice, onArticleAdded],
  );

  const dismissProblems = useCallback(() => setProblems(null), []);
  return { openFiles, openText, extractArticle, problems, dismissProblems, gdelt, cancelGdelt, reading, adding, setAdding, pendingOpen, chooseOpen, pendingMapping, chooseMapping };
}
