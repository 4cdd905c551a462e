// Opening a snapshot never destroys work without asking: add it to the workspace (articles and claims
// by id, what is already here left as it is), replace the workspace with it (its view too), or cancel.
import { useEffect, useId, useRef } from 'react';
import { countOf } from './claimText';

export interface OpenChoiceProps {
  name: string;
  articles: number;
  claims: number;
  /** What the workspace holds now, which "replace" would take away. */
  current: { articles: number; claims: number };
  onChoose: (choice: 'add' | 'replace' | 'cancel') => void;
}

export function OpenChoice({ name, articles, claims, current, onChoose }: OpenChoiceProps) {
  const id = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className="dialog-backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onChoose('cancel');
        }
      }}
    >
      <section className="dialog open-choice" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Open {name}</h2>
        <p>
          It holds {countOf(articles, 'article')} and {countOf(claims, 'claim')}, with its own view. Your workspace has {countOf(current.articles, 'article')} and{' '}
          {countOf(current.claims, 'claim')}.
        </p>
        <div className="dialog-buttons">
          <button ref={first} type="button" className="primary" onClick={() => onChoose('add')}>
            Add to my workspace
          </button>
          <button type="button" onClick={() => onChoose('replace')}>
            Replace my workspace (and view)
          </button>
          <button type="button" onClick={() => onChoose('cancel')}>
            Cancel
          </button>
        </div>
      </section>
    </div>
  );
}
