// The event import's progress (GDELT, ICEWS or a mapped CSV): rows read, events kept, rows skipped and why; the map stays usable,
// and the import can be cancelled.
import type { GdeltProgress } from '../domain/gdelt/gdeltEvents';
import { groupThousands } from '../domain/text/countOf';

export function GdeltProgressPanel({ progress, files, onCancel }: { progress: GdeltProgress | null; files: number; onCancel: () => void }) {
  const skipped = progress ? Object.entries(progress.skipped).filter(([, n]) => (n ?? 0) > 0) : [];
  const skippedTotal = skipped.reduce((n, [, k]) => n + (k ?? 0), 0);
  return (
    <section className="gdelt-progress" aria-label="Event import" data-testid="gdelt-progress">
      <p role="status">
        <strong>Importing {files} event file{files === 1 ? '' : 's'}</strong>
        {progress ? (
          <>
            {' '}
            · file {progress.fileIndex + 1} of {progress.files} ({progress.file}) · <span data-testid="gdelt-rows">{groupThousands(progress.rows)}</span> rows read ·{' '}
            {groupThousands(progress.kept)} events kept · {groupThousands(skippedTotal)} skipped
            {skipped.length > 0 && ` (${skipped.map(([why, n]) => `${why}: ${n}`).join(', ')})`}
          </>
        ) : (
          ' · starting…'
        )}
      </p>
      <progress max={progress?.bytesTotal ?? 1} value={progress?.bytesRead ?? 0} aria-label="Bytes read" />
      <button type="button" className="small" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
