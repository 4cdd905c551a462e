// The legend: every colour, line pattern, width, opacity and mark the arcs use, drawn from the same
// tables the arcs are styled with. It doubles as the filter: each stance and certainty is a toggle
// button that hides or shows its arcs.
import { lazy, Suspense } from 'react';
import { CERTAINTY_MEANING, type Certainty, STANCE_MEANING, STANCES, type Stance } from '../domain/claims/vocabulary';
import type { ViewAction } from '../state/viewState';
import type { EventFilterValues } from './EventFilters';

// (The event-data filters load with the first event data, not at start-up.)
const EventFilters = lazy(() => import('./EventFilters').then((m) => ({ default: m.EventFilters })));
import { CERTAINTY_LEGEND, STANCE_COLOURS, STANCE_DASH, STANCE_PATTERN_NAME, stanceColour, supportWidth } from '../domain/relations/arcStyle';

const SAMPLE = 'M2 9 Q 22 3 42 9';

function LineSample({ colour, dash, width, opacity }: { colour: string; dash: number[]; width: number; opacity: number }) {
  return (
    <svg width="44" height="14" aria-hidden="true" className="sample">
      <path
        d={SAMPLE}
        fill="none"
        stroke={colour}
        strokeWidth={width}
        strokeOpacity={opacity}
        strokeDasharray={dash.length ? dash.map((d) => Math.max(d, 0.01) * width).join(' ') : undefined}
        strokeLinecap={dash.length && (dash[0] ?? 0) >= 1 ? 'butt' : 'round'}
      />
    </svg>
  );
}

export interface LegendProps {
  hiddenStances: readonly Stance[];
  hiddenCertainties: readonly Certainty[];
  onToggleStance: (stance: Stance) => void;
  onToggleCertainty: (certainty: Certainty) => void;
  /** With coded event data loaded: the event-data filters' values, and where their changes go. */
  eventFilter?: { values: EventFilterValues; onChange: (action: ViewAction) => void };
}

export function Legend({ hiddenStances, hiddenCertainties, onToggleStance, onToggleCertainty, eventFilter }: LegendProps) {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <div className="legend-group">
        <h3 id="legend-stances">Stance</h3>
        <ul className="legend-list" aria-labelledby="legend-stances">
          {STANCES.map((stance) => {
            const shown = !hiddenStances.includes(stance);
            return (
              <li key={stance} data-stance={stance}>
                <button
                  type="button"
                  className="toggle"
                  aria-pressed={shown}
                  onClick={() => onToggleStance(stance)}
                  title={`${STANCE_MEANING[stance]} (${STANCE_PATTERN_NAME[stance]}). Click to ${shown ? 'hide' : 'show'} these arcs.`}
                >
                  <LineSample colour={stanceColour(stance)} dash={STANCE_DASH[stance]} width={3} opacity={shown ? 1 : 0.25} />
                  <span className={shown ? '' : 'off'}>
                    <strong>{stance}</strong>
                    <span className="visually-hidden"> ({STANCE_PATTERN_NAME[stance]})</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <div className="legend-group">
        <h3 id="legend-certainties">Certainty (fainter = less sure)</h3>
        <ul className="legend-list" aria-labelledby="legend-certainties">
          {CERTAINTY_LEGEND.map(({ certainty, opacity }) => {
            const shown = !hiddenCertainties.includes(certainty);
            return (
              <li key={certainty}>
                <button
                  type="button"
                  className="toggle"
                  aria-pressed={shown}
                  onClick={() => onToggleCertainty(certainty)}
                  title={`${CERTAINTY_MEANING[certainty]}. Click to ${shown ? 'hide' : 'show'} these arcs.`}
                >
                  <LineSample colour="#444" dash={[]} width={3} opacity={shown ? opacity : 0.1} />
                  <span className={shown ? '' : 'off'}>{certainty}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      {eventFilter && (
        <Suspense fallback={null}>
          <EventFilters values={eventFilter.values} onChange={eventFilter.onChange} />
        </Suspense>
      )}
      <div className="legend-group">
        <h3>Marks</h3>
        <ul className="legend-list marks">
          <li>
            <svg width="34" height="14" aria-hidden="true">
              <line x1="2" y1="4" x2="32" y2="4" stroke="#444" strokeWidth={supportWidth(1)} />
              <line x1="2" y1="11" x2="32" y2="11" stroke="#444" strokeWidth={supportWidth(8)} />
            </svg>
            <span>width: claims in support (1 to 8+)</span>
          </li>
          <li>
            <svg width="34" height="14" aria-hidden="true">
              <line x1="2" y1="7" x2="32" y2="7" stroke="#444" strokeWidth={2} />
              <path d="M24 7 L14 2 L17 7 L14 12 Z" fill="#444" stroke="#fff" strokeWidth={0.8} />
            </svg>
            <span>direction: who acts on whom</span>
          </li>
          <li>
            <svg width="16" height="14" aria-hidden="true">
              <circle cx="8" cy="7" r="6.5" fill={STANCE_COLOURS.cooperative} stroke="#fff" strokeWidth={0.8} />
              <circle cx="8" cy="7" r="4.6" fill={STANCE_COLOURS.tense} />
              <circle cx="8" cy="7" r="2.6" fill={STANCE_COLOURS.hostile} />
            </svg>
            <span>circle: a place's relations, by stance</span>
          </li>
          <li>
            <svg width="16" height="14" aria-hidden="true">
              <circle cx="8" cy="7" r="5" fill="none" stroke="#222" strokeWidth={2} />
            </svg>
            <span>non-state actor, in its territory</span>
          </li>
        </ul>
      </div>
    </section>
  );
}
