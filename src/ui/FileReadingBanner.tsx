// Over the map while an opened file is read and checked (in a worker): which file, how large, which
// step, and Cancel.
export interface FileReadingBannerProps {
  name: string;
  bytes: number;
  phase: 'reading' | 'checking';
  onCancel: () => void;
}

export function FileReadingBanner({ name, bytes, phase, onCancel }: FileReadingBannerProps) {
  const size = bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} KB`;
  return (
    <p className="notice" role="status" data-testid="file-reading">
      {phase === 'reading' ? 'Reading' : 'Checking every claim of'} {name} ({size})…{' '}
      <button type="button" className="link" onClick={onCancel}>
        cancel
      </button>
    </p>
  );
}
