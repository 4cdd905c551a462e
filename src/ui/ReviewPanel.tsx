// Reviewing an article's extracted claims: each with its sentence, accepted, rejected or edited
// (actors, stance, date, certainty). Only accepted claims draw arcs.
import { useState } from 'react';
import type { Article, Claim, When } from '../domain/claims/claim';
import { isPartialDate } from '../domain/claims/partialDate';
import { CERTAINTIES, type Certainty, STANCES, type Stance } from '../domain/claims/vocabulary';
import { stanceColour } from '../domain/relations/arcStyle';
import type { ReviewStatus } from '../state/workspaceData';
import { countOf, eventLabelOf, whenText } from './claimText';
import { Quote } from './Quote';

export interface ReviewPanelProps {
  article: Article;
  claims: Claim[];
  statusOf: (claimId: string) => ReviewStatus;
  /** Actors to choose from, id and name. */
  actors: { id: string; name: string }[];
  nameOf: (id: string) => string;
  onReview: (claimIds: string[], status: ReviewStatus) => void;
  onEdit: (claim: Claim) => void;
  onClose: () => void;
}

export function parseWhen(text: string): When | null {
  const t = text.trim();
  if (t === '') return { kind: 'unknown' };
  if (isPartialDate(t)) return { kind: 'point', at: t };
  const since = /^since (\d{4}(?:-\d{2}){0,2})$/.exec(t);
  if (since && isPartialDate(since[1] as string)) return { kind: 'range', from: since[1] as string, to: null };
  return null;
}

export function ClaimEditor({ claim, actors, onSave, onCancel }: { claim: Claim; actors: { id: string; name: string }[]; onSave: (c: Claim) => void; onCancel: () => void }) {
  const [subject, setSubject] = useState(claim.subject);
  const [object, setObject] = useState(claim.object);
  const [stance, setStance] = useState<Stance>(claim.stance);
  const [certainty, setCertainty] = useState<Certainty>(claim.certainty);
  const [directed, setDirected] = useState(claim.directed);
  const [when, setWhen] = useState(claim.when.kind === 'unknown' ? '' : whenText(claim));
  const parsed = parseWhen(when);
  const problem =
    subject === '' || object === '' || subject === object
      ? 'Choose two different actors.'
      : parsed === null
        ? 'A date is YYYY, YYYY-MM, YYYY-MM-DD, "since YYYY", or empty.'
        : null;
  const options = [
    <option key="" value="" disabled>
      choose…
    </option>,
    ...actors.map((a) => (
      <option key={a.id} value={a.id}>
        {a.name}
      </option>
    )),
  ];
  return (
    <div className="claim-editor">
      <label>
        Who{' '}
        <select aria-label="Subject" value={subject} onChange={(e) => setSubject(e.target.value)}>
          {options}
        </select>
      </label>
      <label>
        Stance{' '}
        <select aria-label="Stance" value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
          {STANCES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Whom{' '}
        <select aria-label="Object" value={object} onChange={(e) => setObject(e.target.value)}>
          {options}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={directed} onChange={(e) => setDirected(e.target.checked)} /> one-sided (who acts on whom)
      </label>
      <label>
        When <input aria-label="Date" value={when} placeholder="YYYY-MM-DD" onChange={(e) => setWhen(e.target.value)} size={12} />
      </label>
      <label>
        Certainty{' '}
        <select aria-label="Certainty" value={certainty} onChange={(e) => setCertainty(e.target.value as Certainty)}>
          {CERTAINTIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      {problem && <p className="dialog-message">{problem}</p>}
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={problem !== null}
          onClick={() => parsed && onSave({ ...claim, subject, object, stance, certainty, directed, when: parsed })}
        >
          Save and accept
        </button>
      </div>
    </div>
  );
}

export function ReviewPanel({ article, claims, statusOf, actors, nameOf, onReview, onEdit, onClose }: ReviewPanelProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const pending = claims.filter((c) => statusOf(c.id) === 'pending');
  const accepted = claims.filter((c) => statusOf(c.id) === 'accepted').length;
  return (
    <section className="review" aria-label={`Review: ${article.title}`}>
      <header className="panel-header">
        <h2>Review: {article.title}</h2>
        <button type="button" className="close" aria-label="Close the review" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="meta">
        {countOf(claims.length, 'claim')} read from the article: {accepted} accepted, {pending.length} waiting, {claims.length - accepted - pending.length} rejected.
        Only accepted claims draw arcs.
      </p>
      {pending.length > 0 && (
        <button type="button" onClick={() => onReview(pending.map((c) => c.id), 'accepted')}>
          Accept all {pending.length} waiting
        </button>
      )}
      <ol className="claims review-list">
        {claims.map((c) => {
          const status = statusOf(c.id);
          const event = eventLabelOf(c);
          return (
            <li key={c.id} className={`claim review-${status}`} data-claim={c.id}>
              <p className="claim-head">
                <span className="swatch" style={{ background: stanceColour(c.stance) }} aria-hidden="true" /> {nameOf(c.subject)} {c.directed ? '→' : '–'}{' '}
                {nameOf(c.object)}: <strong>{c.stance}</strong> · {whenText(c)} · {c.certainty} <span className={`badge badge-${status}`}>{status === 'pending' ? 'unreviewed' : status}</span>
              </p>
              {event && <p className="event-name">{event}</p>}
              <Quote claim={c} />
              {editing === c.id ? (
                <ClaimEditor
                  claim={c}
                  actors={actors}
                  onCancel={() => setEditing(null)}
                  onSave={(edited) => {
                    onEdit(edited);
                    setEditing(null);
                  }}
                />
              ) : (
                <div className="review-buttons">
                  <button type="button" disabled={status === 'accepted'} onClick={() => onReview([c.id], 'accepted')}>
                    Accept
                  </button>
                  <button type="button" disabled={status === 'rejected'} onClick={() => onReview([c.id], 'rejected')}>
                    Reject
                  </button>
                  <button type="button" onClick={() => setEditing(c.id)}>
                    Edit
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
