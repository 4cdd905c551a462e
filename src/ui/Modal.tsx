// A modal dialog over the page: the backdrop, Escape to leave, and the dialog's role and title.
import type { ReactNode } from 'react';

export function Modal({ titleId, className, onEscape, children }: { titleId: string; className: string; onEscape: () => void; children: ReactNode }) {
  return (
    <div
      className="dialog-backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onEscape();
        }
      }}
    >
      <section className={`dialog ${className}`} role="dialog" aria-modal="true" aria-labelledby={titleId}>
        {children}
      </section>
    </div>
  );
}
