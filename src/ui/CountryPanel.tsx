// The summary of one actor's relations: grouped by stance, each with its counterpart, the latest
// claim, how many claims support it and the quoted evidence. Article text is rendered as React text
// nodes only, never as HTML.
import type { Actor } from '../domain/claims/claim';
import { STANCES } from '../domain/claims/vocabulary';
import { stanceColour } from '../domain/relations/arcStyle';
import type { Relation } from '../domain/relations/relationsAsOf';
import { whenText } from './claimText';
import { windowLabel } from './EventWindowPicker';

export interface CountryPanelProps {
  actorId: string;
  name: string;
  relations: Relation[];
  /** Non-state actors anchored in this country's territory. */
  anchored: Actor[];
  asOf: string;
  articleCount: number;
  nameOf: (id: string) => string;
  /** The title of a claim's article, when there are several; undefined with one. */
  articleOf?: (articleId: string) => string | undefined;
  onSelectActor: (id: string) => void;
  onSelectPair: (key: string) => void;
  /** A relation is focused (Tab) or pointed at in the list, or none: the map marks its arc. */
  onHighlightPair?: (key: string | null) => void;
  onClose: () => void;
}

/** "Morocco: 2 cooperative, 1 warming, 1 severed relation in this article" */
export function countrySummary(name: string, relations: readonly Relation[], articleCount: number): string {
  const where = articleCount === 1 ? 'in this article' : 'in the loaded articles';
  if (relations.length === 0) return `${name} has no relations ${where} as of this date.`;
  const counts = STANCES.map((s) => [s, relations.filter((r) => r.stance === s).length] as const).filter(([, n]) => n > 0);
  return `${name}: ${counts.map(([s, n]) => `${n} ${s}`).join(', ')} relation${relations.length === 1 ? '' : 's'} ${where}.`;
}

export function CountryPanel(props: CountryPanelProps) {
  const { actorId, name, relations, anchored, asOf, articleCount, nameOf, articleOf, onSelectActor, onSelectPair, onHighlightPair, onClose } = props;
  return (
    <section className="panel" aria-label={name} data-testid="country-panel">
      <header className="panel-header">
        <h2>{name}</h2>
        <button type="button" className="close" aria-label={`Close ${name}`} onClick={onClose}>
          ×
        </button>
      </header>
      <p className="summary">{countrySummary(name, relations, articleCount)}</p>
      <p className="meta">As of {asOf}.</p>
      {anchored.length > 0 && (
        <p className="meta">
          Anchored here:{' '}
          {anchored.map((a, i) => (
            <span key={a.id}>
              {i > 0 && ', '}
              <button type="button" className="link" onClick={() => onSelectActor(a.id)}>
                {a.name}
              </button>
            </span>
          ))}
        </p>
      )}
      {STANCES.map((stance) => {
        const group = relations.filter((r) => r.stance === stance);
        if (group.length === 0) return null;
        return (
          <div key={stance} className="stance-group" data-stance={stance}>
            <h3>
              <span className="swatch" style={{ background: stanceColour(stance) }} aria-hidden="true" /> {stance}
            </h3>
            <ul>
              {group.map((r) => {
                const other = r.a === actorId ? r.b : r.a;
                const latest = r.decidedBy;
                return (
                  <li
                    key={r.key}
                    className="relation"
                    data-pair={r.key}
                    onFocus={() => onHighlightPair?.(r.key)}
                    onBlur={() => onHighlightPair?.(null)}
                    onMouseEnter={() => onHighlightPair?.(r.key)}
                    onMouseLeave={() => onHighlightPair?.(null)}
                  >
                    <button type="button" className="link counterpart" onClick={() => onSelectActor(other)}>
                      {nameOf(other)}
                    </button>{' '}
                    <span className="meta">
                      · {r.support.length} {r.events ? 'event' : 'claim'}
                      {r.support.length === 1 ? '' : 's'} in support
                      {r.events ? `, ${r.events.inWindow} in ${windowLabel(r.events.windowDays)} (${r.events.byDate} by this date), contested ${Math.round(r.events.contested * 100)}%` : ''} ·{' '}
                      <button type="button" className="link" onClick={() => onSelectPair(r.key)}>
                        all claims
                      </button>
                    </span>
                    <blockquote>“{latest.evidence.quote}”</blockquote>
                    <p className="attribution">
                      {latest.attribution} · {latest.certainty} · {whenText(latest)}
                      {articleOf?.(latest.articleId) ? ` · in “${articleOf(latest.articleId)}”` : ''}
                    </p>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
