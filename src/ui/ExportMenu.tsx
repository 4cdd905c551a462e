// The Export button and its menu (the WAI-ARIA menu button pattern): PNG at 1x, 2x, 4x; SVG;
// GeoJSON; CSV; JSON; snapshot; copy link; and opening a snapshot. A status line says what was
// saved, or what went wrong.
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';

/** What the menu can do: each returns the line the status shows ("Saved …"). */
export interface Exports {
  png(ratio: number, title: string): Promise<string>;
  svg(title: string): Promise<string>;
  geojson(): Promise<string>;
  csv(): Promise<string>;
  json(): Promise<string>;
  snapshot(): string;
  copyLink(): Promise<string>;
}

export interface ExportMenuProps {
  exports: Exports;
  defaultTitle: string;
}

export function ExportMenu({ exports, defaultTitle }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const run = async (action: () => string | Promise<string>) => {
    setOpen(false);
    setBusy(true);
    setStatus('Exporting…');
    try {
      setStatus(await action());
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
      button.current?.focus();
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
  };

  const item = (label: string, action: () => string | Promise<string>) => (
    <button type="button" role="menuitem" tabIndex={-1} onClick={() => void run(action)}>
      {label}
    </button>
  );

  return (
    <div className="export">
      <button
        ref={button}
        type="button"
        className="export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        disabled={busy}
        onClick={() => setOpen(!open)}
      >
        Export
      </button>
      {open && (
        <div className="export-menu" id={`${id}-menu`} ref={menu} role="menu" aria-label="Export" onKeyDown={onMenuKey}>
          <label className="export-title">
            Title on images
            <input value={title} placeholder={defaultTitle} onChange={(e) => setTitle(e.target.value)} />
          </label>
          {item('PNG image, 1×', () => exports.png(1, title))}
          {item('PNG image, 2×', () => exports.png(2, title))}
          {item('PNG image, 4×', () => exports.png(4, title))}
          {item('SVG vector image', () => exports.svg(title))}
          {item('GeoJSON of the arcs', () => exports.geojson())}
          {item('CSV of the claims', () => exports.csv())}
          {item('JSON of the claims', () => exports.json())}
          {item('Share as file: your data and this view (snapshot)', () => exports.snapshot())}
          {item('Copy link: this view, date and selection (not your data)', () => exports.copyLink())}
          <p className="export-note">
            A link opens this view over the data the other browser has (Entente’s own article, unless they loaded yours). To share your
            articles and claims, share the file.
          </p>
        </div>
      )}
      <p className="export-status" role="status" aria-live="polite" data-testid="export-status">
        {status}
      </p>
    </div>
  );
}
