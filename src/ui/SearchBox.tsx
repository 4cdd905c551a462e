// A combobox (the WAI-ARIA 1.2 pattern) that finds countries and actors by common name, official
// name, alternative spellings and ISO codes, with the keyboard alone: type, arrows, Enter.
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { type SearchEntry, searchActors, searchIndex } from '../domain/geo/actorSearch';

export interface SearchBoxProps {
  entries: SearchEntry[];
  onChoose: (id: string) => void;
}

export function SearchBox({ entries, onChoose }: SearchBoxProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The index of names is built when a query first needs it (not in the page's first render).
  const index = useRef<{ of: SearchEntry[]; names: ReturnType<typeof searchIndex> } | null>(null);
  const hits = useMemo(() => {
    if (!query.trim()) return [];
    if (index.current?.of !== entries) index.current = { of: entries, names: searchIndex(entries) };
    return searchActors(index.current.names, query);
  }, [entries, query]);
  const id = useId();
  const listId = `${id}-list`;
  const expanded = open && query.trim().length > 0;

  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    onChoose(hit.entry.id);
    setQuery(hit.entry.name);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (hits.length ? (a + 1) % hits.length : 0));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (hits.length ? (a - 1 + hits.length) % hits.length : 0));
    } else if (e.key === 'Enter') {
      if (expanded) {
        e.preventDefault();
        choose(active);
      }
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.stopPropagation();
        setOpen(false);
      } else setQuery('');
    }
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Find a country or actor
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${id}-opt-${active}` : undefined}
        placeholder="Find a country or actor (name, code)…"
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <ul id={listId} role="listbox" aria-label="Matching countries and actors" className="search-list" hidden={!expanded}>
        {expanded && hits.length === 0 && (
          <li className="search-empty" role="option" aria-selected={false} aria-disabled="true">
            No country or actor matches “{query}”.
          </li>
        )}
        {expanded &&
          hits.map((hit, i) => (
            <li
              key={hit.entry.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
              onMouseMove={() => setActive(i)}
            >
              {hit.entry.name}
              {hit.matched !== hit.entry.name && <span className="meta"> · {hit.matched}</span>}
              <span className="meta code"> {hit.entry.id}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
