// Undo and Redo in the header, with what each would undo or redo in its tooltip, and the keyboard's
// Ctrl+Z (⌘Z), Ctrl+Shift+Z and Ctrl+Y anywhere on the page except in a text field (where they
// belong to the text).
import { useEffect, useRef } from 'react';

export interface UndoButtonsProps {
  /** What Undo would undo ("remove “…”"), or null when there is nothing to undo. */
  undoLabel: string | null;
  redoLabel: string | null;
  onUndo: () => void;
  onRedo: () => void;
}

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox');
}

export function UndoButtons({ undoLabel, redoLabel, onUndo, onRedo }: UndoButtonsProps) {
  const latest = useRef({ onUndo, onRedo });
  useEffect(() => {
    latest.current = { onUndo, onRedo };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented || inTextField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) latest.current.onUndo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') latest.current.onRedo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="undo-buttons" role="group" aria-label="Undo and redo">
      <button type="button" className="small" disabled={!undoLabel} title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'} onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="small" disabled={!redoLabel} title={redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'} onClick={onRedo}>
        Redo
      </button>
    </div>
  );
}
