// The small chooser a click opens where several actors lie within a few pixels of it (Israel, the
// Palestinian Authority and Hezbollah at world zoom), as map tools' "identify" does: one button per
// actor, the first focused; Escape or a click elsewhere closes it.
import { useEffect, useRef } from 'react';

interface PickChooserProps {
  choice: { ids: string[]; x: number; y: number };
  nameOf: (id: string) => string;
  onChoose: (id: string) => void;
  onClose: () => void;
}

export function PickChooser({ choice, nameOf, onChoose, onClose }: PickChooserProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [choice, onClose]);
  return (
    <div className="pick-chooser" role="dialog" aria-label="Which one?" style={{ left: choice.x + 8, top: choice.y + 8 }}>
      <p className="meta">Which one?</p>
      {choice.ids.map((id, i) => (
        <button key={id} ref={i === 0 ? first : undefined} type="button" className="link" onClick={() => onChoose(id)}>
          {nameOf(id)}
        </button>
      ))}
    </div>
  );
}
