// The page's header: the name, what is loaded, the Map / List view switch, the globe switch, and the tools it is given
// (Open…, Export, search); and the hint shown over the page while files are dragged onto it.
import type { ReactNode } from 'react';

export interface HeaderProps {
  /** The article's title, or how many articles are loaded. */
  title: string;
  /** The article's publication date, when one article is loaded. */
  published: string | null;
  view: 'map' | 'list';
  onView: (view: 'map' | 'list') => void;
  /** The map flat or as a globe. */
  projection: 'mercator' | 'globe';
  onProjection: (projection: 'mercator' | 'globe') => void;
  children?: ReactNode;
}

export function Header({ title, published, view, onView, projection, onProjection, children }: HeaderProps) {
  return (
    <header className="top">
      <h1>Entente</h1>
      <p className="article-title">
        {title} {published && <span className="date">· published {published}</span>}
      </p>
      <div className="view-switch" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'map'} onClick={() => onView('map')}>
          Map
        </button>
        <button type="button" aria-pressed={view === 'list'} onClick={() => onView('list')}>
          List view
        </button>
      </div>
      <button
        type="button"
        className="globe-switch"
        aria-pressed={projection === 'globe'}
        title={projection === 'globe' ? 'Draw the map flat (Mercator)' : 'Draw the map as a globe'}
        onClick={() => onProjection(projection === 'globe' ? 'mercator' : 'globe')}
      >
        Globe
      </button>
      {children}
    </header>
  );
}

/** Over the whole page while files are dragged onto it: every format Entente opens. */
export function DropHint({ formats }: { formats: readonly string[] }) {
  return (
    <div className="drop-hint">
      <p>
        Drop to open (or paste, Ctrl+V): {formats.join('; ')}.
        <br />
        Opening a snapshot asks first whether to add it or replace your workspace; whatever is opened can be undone.
      </p>
    </div>
  );
}
