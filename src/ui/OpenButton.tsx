// The one "Open…" of the app, in the header: a file picker for everything Entente reads (the formats
// of sources/inputFormats.ts, named in its title); drops anywhere on the page, pastes on the page
// (app/useSources.ts) and pastes in the Add article dialog go the same way.
import { useRef } from 'react';

export interface OpenButtonProps {
  /** What can be opened, for the button's description ("Entente snapshots (.json); claims (.json); …"). */
  formats: string;
  onOpenFiles: (files: File[]) => void;
}

export function OpenButton({ formats, onOpenFiles }: OpenButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="open-button" title={`Open ${formats}. Or drop files anywhere on the page, or paste them (Ctrl+V).`} onClick={() => input.current?.click()}>
        Open…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".json,.geojson,.txt,.md,.html,.htm,.csv,.tsv,.gz,.zip,.CSV,application/json,application/geo+json,text/plain,text/html"
        className="visually-hidden"
        aria-label={`Open ${formats}`}
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          if (files.length) onOpenFiles(files);
          e.target.value = '';
        }}
      />
    </>
  );
}
