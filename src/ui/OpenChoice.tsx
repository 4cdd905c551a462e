// Opening a file never changes the workspace without asking: add it (articles and claims by id, what
// is already here left as it is), replace the workspace with it (a snapshot's view too), or cancel.
// Whichever is chosen can be undone.
import { useEffect, useId, useRef } from 'react';
import { countOf } from './claimText';
import { Modal } from './Modal';

export interface OpenChoiceProps {
  name: string;
  /** What it holds, in words ("1 article and 27 claims, with its own view"). */
  holds: string;
  /** It brings a view of its own (a snapshot), which replacing restores. */
  withView: boolean;
  /** What the workspace holds now, which "replace" would take away. */
  current: { articles: number; claims: number };
  onChoose: (choice: 'add' | 'replace' | 'cancel') => void;
}

export function OpenChoice({ name, holds, withView, current, onChoose }: OpenChoiceProps) {
  const id = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <Modal titleId={`${id}-title`} className="open-choice" onEscape={() => onChoose('cancel')}>
      <h2 id={`${id}-title`}>Open {name}</h2>
      <p>
        It holds {holds}. Your workspace has {countOf(current.articles, 'article')} and {countOf(current.claims, 'claim')}. Either choice can be undone.
      </p>
      <div className="dialog-buttons">
        <button ref={first} type="button" className="primary" onClick={() => onChoose('add')}>
          Add to my workspace
        </button>
        <button type="button" onClick={() => onChoose('replace')}>
          {withView ? 'Replace my workspace (and view)' : 'Replace my workspace'}
        </button>
        <button type="button" onClick={() => onChoose('cancel')}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
