// The country panel's list of every partner its coded events name by the date, grouped by the stance
// most of their mentions take and sorted by mentions, with events out and in (partners.ts). The
// relations above it are those drawn (the event window's); this list is the whole record.
import { useState } from 'react';
import { STANCES } from '../domain/claims/vocabulary';
import { countOf, groupThousands } from '../domain/text/countOf';
import { stanceColour } from '../domain/relations/arcStyle';
import { pairKey } from '../domain/relations/pairKey';
import type { PartnerTotals } from '../domain/relations/partners';

/** Partners shown before "show all". */
const FIRST = 12;

export function EveryPartner({ actorId, name, totals, nameOf, onSelectPair }: { actorId: string; name: string; totals: PartnerTotals; nameOf: (id: string) => string; onSelectPair: (key: string) => void }) {
  const [all, setAll] = useState(false);
  const { partners } = totals;
  if (partners.length === 0) return null;
  const shown = new Set((all ? partners : partners.slice(0, FIRST)).map((p) => p.id));
  const events = totals.out + totals.in;
  return (
    <section className="every-partner" aria-label={`Every partner of ${name} in the event data`} data-testid="every-partner">
      <h3>Every partner in the event data ({partners.length})</h3>
      <p className="meta">
        {countOf(events, 'event')} by this date: {groupThousands(totals.out)} from {name}, {groupThousands(totals.in)} to it. Grouped by the
        stance most of a pair’s mentions take, the most mentioned first.
      </p>
      {STANCES.map((stance) => {
        const group = partners.filter((p) => p.stance === stance && shown.has(p.id));
        if (group.length === 0) return null;
        return (
          <div key={stance} className="partner-group" data-stance={stance}>
            <h4>
              <span className="swatch" style={{ background: stanceColour(stance) }} aria-hidden="true" /> {stance} ({partners.filter((p) => p.stance === stance).length})
            </h4>
            <ul>
              {group.map((p) => (
                <li key={p.id} className="partner">
                  <button type="button" className="link" onClick={() => onSelectPair(pairKey(actorId, p.id))}>
                    {nameOf(p.id)}
                  </button>{' '}
                  <span className="meta">
                    · {countOf(p.events, 'event')} ({p.out} out, {p.in} in), {groupThousands(p.mentions)} mentions
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {partners.length > FIRST && (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? `show the first ${FIRST}` : `show all ${partners.length}`}
        </button>
      )}
    </section>
  );
}
