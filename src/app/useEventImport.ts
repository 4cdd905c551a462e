// Event files (GDELT exports, ICEWS files, and any other table of events between states once its
// columns are mapped) are read in a worker, with progress, and can be cancelled; what was read waits
// for the user's choice like any other import. A table of unknown layout first asks for its columns.
import { useCallback, useState } from 'react';
import type { ColumnMapping } from '../domain/dyadic/mappedCsv';
import { cellsOf } from '../domain/dyadic/tableShape';
import type { GdeltProgress } from '../domain/gdelt/gdeltEvents';
import { stateNames } from '../domain/geo/actorSearch';
import type { CountryIndex } from '../domain/geo/countryIndex';
import { importGdelt, readHead } from '../sources/gdeltExport';
import type { ImportResult } from '../sources/readImport';

/** A table waiting for its columns to be mapped: its name, header, first rows and the guessed mapping. */
export interface PendingMapping {
  name: string;
  file: File;
  header: string[];
  sample: string[][];
  guess: ColumnMapping;
}

interface EventImportInput {
  countries: CountryIndex;
  /** Put what was read before the user (add, replace or cancel), with what to say once it is added. */
  applyImport: (result: ImportResult, name: string, notice?: string) => void;
  onFailure: (title: string, file: string, message: string) => void;
  onNotice: (notice: string) => void;
}

export function useEventImport({ countries, applyImport, onFailure, onNotice }: EventImportInput) {
  const [gdelt, setGdelt] = useState<{ cancel: () => void; files: number; progress: GdeltProgress | null } | null>(null);
  const startEvents = useCallback(
    (files: File[], mapping?: ColumnMapping) => {
      const job = importGdelt(
        files,
        countries.codes,
        {
          onProgress: (progress) => setGdelt((g) => (g && g.cancel === job.cancel ? { ...g, progress } : g)),
          onError: (message) => {
            setGdelt(null);
            onFailure('The event import failed; nothing was added.', files.map((f) => f.name).join(', '), message);
          },
          onDone: ({ articles, claims, rows, kept, skipped }) => {
            setGdelt(null);
            const skippedText = Object.entries(skipped)
              .filter(([, n]) => (n ?? 0) > 0)
              .map(([why, n]) => `${why} ${n}`)
              .join(', ');
            const dataset = claims[0]?.event?.dataset?.replace(/ 2\.0$/, '') ?? (mapping ? 'CSV' : 'GDELT');
            const notice = `${dataset}: ${rows} rows read, ${kept} events between states added${skippedText ? `; skipped: ${skippedText}` : ''}.`;
            applyImport({ kind: 'claims', articles, claims, problems: [] }, articles[0]?.title ?? `${dataset} events`, notice);
          },
        },
        stateNames(countries),
        mapping,
      );
      setGdelt({ cancel: job.cancel, files: files.length, progress: null });
    },
    [applyImport, countries, onFailure],
  );
  const cancelEvents = useCallback(() => {
    setGdelt((g) => {
      g?.cancel();
      return null;
    });
    onNotice('The event import was cancelled; nothing was added.');
  }, [onNotice]);

  const [pendingMapping, setPendingMapping] = useState<PendingMapping | null>(null);
  /** Ask for a table's columns: its header and first rows, with a mapping guessed from the header's names. */
  const askMapping = useCallback(async (file: File) => {
    const head = await readHead(file);
    const lines = head.split('\n').filter((l) => l.trim() !== '');
    // (The guesses and the row reader load the CAMEO tables: only when a table is opened.)
    const { guessMapping } = await import('../domain/dyadic/mappedCsv');
    const { header, mapping } = guessMapping(lines[0] ?? '');
    const sample = lines.slice(1, 4).map((l) => cellsOf(l, mapping.separator));
    setPendingMapping({ name: file.name, file, header, sample, guess: mapping });
  }, []);
  const chooseMapping = useCallback(
    (mapping: ColumnMapping | null) => {
      const pending = pendingMapping;
      setPendingMapping(null);
      if (!pending) return;
      if (mapping) startEvents([pending.file], mapping);
      else onNotice(`${pending.name} was not opened; nothing was changed.`);
    },
    [pendingMapping, startEvents, onNotice],
  );
  return { gdelt, startEvents, cancelEvents, pendingMapping, askMapping, chooseMapping };
}
