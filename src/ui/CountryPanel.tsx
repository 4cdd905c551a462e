// The summary of one actor's relations: grouped by stance, each with its counterpart and the quoted
// evidence behind it. Article text is rendered as React text nodes only, never as HTML.
import { STANCES } from '../domain/claims/vocabulary';
import type { Relation } from '../domain/relations/relationsAsOf';
import { stanceColour } from '../domain/relations/arcStyle';
import type { Claim } from '../domain/claims/claim';

export interface CountryPanelProps {
  actorId: string;
  name: string;
  relations: Relation[];
  nameOf: (id: string) => string;
  onSelect: (id: string | null) => void;
}

function whenText(claim: Claim): string {
  const w = claim.when;
  if (w.kind === 'point') return w.at;
  if (w.kind === 'range') return w.to ? `${w.from} to ${w.to}` : `since ${w.from}`;
  return 'undated';
}

export function CountryPanel({ actorId, name, relations, nameOf, onSelect }: CountryPanelProps) {
  const counts = STANCES.map((s) => [s, relations.filter((r) => r.stance === s).length] as const).filter(([, n]) => n > 0);
  const summary =
    relations.length === 0
      ? `${name} has no relations in the loaded articles.`
      : `${name}: ${counts.map(([s, n]) => `${n} ${s}`).join(', ')} relation${relations.length === 1 ? '' : 's'}.`;
  return (
    <section className="panel" aria-label={name} data-testid="country-panel">
      <header className="panel-header">
        <h2>{name}</h2>
        <button type="button" className="close" aria-label="Close summary" onClick={() => onSelect(null)}>
          ×
        </button>
      </header>
      <p className="summary">{summary}</p>
      {STANCES.map((stance) => {
        const group = relations.filter((r) => r.stance === stance);
        if (group.length === 0) return null;
        return (
          <div key={stance} className="stance-group">
            <h3>
              <span className="swatch" style={{ background: stanceColour(stance) }} /> {stance}
            </h3>
            <ul>
              {group.map((r) => {
                const other = r.a === actorId ? r.b : r.a;
                const latest = r.decidedBy;
                return (
                  <li key={r.key} className="relation">
                    <button type="button" className="link" onClick={() => onSelect(other)}>
                      {nameOf(other)}
                    </button>{' '}
                    <span className="meta">
                      {r.support.length} claim{r.support.length === 1 ? '' : 's'} · {r.certainty}
                    </span>
                    <blockquote>“{latest.evidence.quote}”</blockquote>
                    <p className="attribution">
                      {latest.attribution} · {latest.certainty} · {whenText(latest)}
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
