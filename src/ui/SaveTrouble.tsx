// What went wrong with saving the workspace, and, when another tab saved first, the user's choice
// of which copy to keep.
export interface SaveTroubleProps {
  trouble: { kind: 'failed' | 'conflict'; message: string };
  onLoadTheirs: () => void;
  onKeepMine: () => void;
}

export function SaveTrouble({ trouble, onLoadTheirs, onKeepMine }: SaveTroubleProps) {
  return (
    <p className="problems" role="alert" data-testid="save-trouble">
      {trouble.message}{' '}
      {trouble.kind === 'conflict' && (
        <>
          <button type="button" className="primary small" onClick={onLoadTheirs}>
            Load the other tab's copy
          </button>{' '}
          <button type="button" className="small" onClick={onKeepMine}>
            Keep this tab's copy
          </button>
        </>
      )}
    </p>
  );
}
