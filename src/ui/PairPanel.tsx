// Every claim on one pair of actors in time order, with quotes, and the stance they add up to.
import type { ReactNode } from 'react';
import type { Claim } from '../domain/claims/claim';
import { stanceColour } from '../domain/relations/arcStyle';
import type { Relation } from '../domain/relations/relationsAsOf';
import { eventLabelOf, whenText } from './claimText';
import { Quote } from './Quote';
import { windowLabel } from './EventWindowPicker';
import { safeHttpUrl } from './safeLink';

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
  /** The pair's events over time, drawn under their summary. */
  chart?: ReactNode;
}

/** The data sets events come from, for the summary's heading ("GDELT 2.0"). */
function datasetsOf(claims: readonly Claim[]): string {
  return [...new Set(claims.map((c) => c.event?.dataset).filter(Boolean))].join(' and ') || 'coded';
}

/** For machine-coded events: mentions by stance, how contested, the Goldstein trend by year, the most-mentioned events with their sources. */
function EventSummary({ relation, claims, asOf }: { relation: Relation | undefined; claims: Claim[]; asOf: string }) {
  const byYear = new Map<string, { sum: number; n: number }>();
  for (const c of claims) {
    const year = c.when.kind === 'point' ? c.when.at.slice(0, 4) : '?';
    const y = byYear.get(year) ?? { sum: 0, n: 0 };
    if (c.event?.goldstein === undefined) continue;
    y.sum += c.event.goldstein;
    y.n += 1;
    byYear.set(year, y);
  }
  const top = [...claims].sort((x, y) => (y.event?.weight ?? 0) - (x.event?.weight ?? 0)).slice(0, 5);
  const counts = relation?.events ? Object.entries(relation.events.mentions).filter(([, n]) => n > 0) : [];
  return (
    <div className="event-summary" data-testid="event-summary">
      <p>
        <strong>
          {claims.length} {datasetsOf(claims)} event{claims.length === 1 ? '' : 's'}
        </strong>{' '}
        by this date
        {relation?.events && (
          <>
            , <strong>{relation.events.inWindow}</strong> in {windowLabel(relation.events.windowDays)} {asOf}{' '}
            (the window the stance is taken over; change it beside the date); mentions in the window: {counts.map(([s, n]) => `${s} ${n}`).join(', ')} · contested{' '}
            {Math.round(relation.events.contested * 100)}%
          </>
        )}
      </p>
      <p>
        Goldstein (−10 conflict … +10 cooperation), mean by year:{' '}
        {[...byYear.entries()]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([year, { sum, n }]) => `${year}: ${(sum / n).toFixed(1)} (${n})`)
          .join(' · ')}
      </p>
      <p>Most mentioned:</p>
      <ul>
        {top.map((c) => {
          const url = safeHttpUrl(c.event?.sources[0] ?? '');
          return (
            <li key={c.id}>
              {c.evidence.quote.replace(/ Source: .*$/, '')}{' '}
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  source
                </a>
              ) : (
                <span className="meta">(no web source)</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function PairPanel({ a, b, relation, claims, later, asOf, nameOf, articleOf, onSelectActor, onClose, chart }: PairPanelProps) {
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
            <strong>{relation.stance}</strong> as of {asOf} ({relation.certainty}, {relation.support.length} {relation.events ? 'event' : 'claim'}
            {relation.support.length === 1 ? '' : 's'} in support), from {relation.events ? 'coded events' : 'articles'}
            {relation.eventsSay && (
              <span className="events-say" data-testid="events-say">
                . The pair’s {relation.eventsSay.inWindow} coded event{relation.eventsSay.inWindow === 1 ? '' : 's'} in{' '}
                {windowLabel(relation.eventsSay.windowDays)} say{relation.eventsSay.inWindow === 1 ? 's' : ''}{' '}
                <strong>{relation.eventsSay.stance}</strong>
                {relation.eventsSay.stance === relation.stance ? ': they agree.' : ': they disagree (choose “events only” in the legend to draw them).'}
              </span>
            )}
          </>
        ) : (
          <>No claim on this pair holds by {asOf}.</>
        )}
      </p>
      {claims.some((c) => c.event) && <EventSummary relation={relation} asOf={asOf} claims={claims.filter((c) => c.event && !later.has(c))} />}
      {chart}
      <ol className="claims">
        {claims.map((c) => (
          <li key={c.id} className={later.has(c) ? 'claim later' : 'claim'} data-stance={c.stance}>
            <p className="claim-head">
              <span className="swatch" style={{ background: stanceColour(c.stance) }} aria-hidden="true" /> <strong>{c.stance}</strong>
              {c.directed ? ` · ${nameOf(c.subject)} → ${nameOf(c.object)}` : ''} · {whenText(c)}
              {later.has(c) ? ' · after this date' : ''}
              {c.code && <span className="event-name"> · {eventLabelOf(c)}</span>}
            </p>
            <Quote claim={c} />
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
