// Every claim on one pair of actors in time order, with quotes, and the stance they add up to.
import type { Claim } from '../domain/claims/claim';
import { stanceColour } from '../domain/relations/arcStyle';
import type { Relation } from '../domain/relations/relationsAsOf';
import { whenText } from './claimText';

export interface PairPanelProps {
  a: string;
  b: string;
  /** The relation as of the date, or undefined when no claim on the pair holds by then. */
  relation: Relation | undefined;
  /** Every claim on the pair, oldest first. */
  claims: Claim[];
  /** Claims that start after the date (shown, but marked as later). */
  later: ReadonlySet<Claim>;
  asOf: string;
  nameOf: (id: string) => string;
  /** The title of a claim's article, when there are several; undefined with one. */
  articleOf?: (articleId: string) => string | undefined;
  onSelectActor: (id: string) => void;
  onClose: () => void;
}

export function PairPanel({ a, b, relation, claims, later, asOf, nameOf, articleOf, onSelectActor, onClose }: PairPanelProps) {
  const title = `${nameOf(a)} – ${nameOf(b)}`;
  return (
    <section className="panel" aria-label={title} data-testid="pair-panel">
      <header className="panel-header">
        <h2>
          <button type="button" className="link" onClick={() => onSelectActor(a)}>
            {nameOf(a)}
          </button>{' '}
          –{' '}
          <button type="button" className="link" onClick={() => onSelectActor(b)}>
            {nameOf(b)}
          </button>
        </h2>
        <button type="button" className="close" aria-label={`Close ${title}`} onClick={onClose}>
          ×
        </button>
      </header>
      <p className="summary" data-testid="pair-stance">
        {relation ? (
          <>
            <span className="swatch" style={{ background: stanceColour(relation.stance) }} aria-hidden="true" />{' '}
            <strong>{relation.stance}</strong> as of {asOf} ({relation.certainty}, {relation.support.length} claim
            {relation.support.length === 1 ? '' : 's'} in support)
          </>
        ) : (
          <>No claim on this pair holds by {asOf}.</>
        )}
      </p>
      <ol className="claims">
        {claims.map((c) => (
          <li key={c.id} className={later.has(c) ? 'claim later' : 'claim'} data-stance={c.stance}>
            <p className="claim-head">
              <span className="swatch" style={{ background: stanceColour(c.stance) }} aria-hidden="true" /> <strong>{c.stance}</strong>
              {c.directed ? ` · ${nameOf(c.subject)} → ${nameOf(c.object)}` : ''} · {whenText(c)}
              {later.has(c) ? ' · after this date' : ''}
            </p>
            <blockquote>“{c.evidence.quote}”</blockquote>
            <p className="attribution">
              {c.attribution} · {c.certainty}
              {articleOf?.(c.articleId) ? ` · in “${articleOf(c.articleId)}”` : ''}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
