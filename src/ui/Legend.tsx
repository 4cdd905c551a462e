// The legend: every colour, line pattern, width, opacity and mark the arcs use, drawn from the same
// tables the arcs are styled with.
import { CERTAINTY_MEANING, STANCE_MEANING, STANCES } from '../domain/claims/vocabulary';
import { CERTAINTY_LEGEND, STANCE_DASH, stanceColour, supportWidth } from '../domain/relations/arcStyle';

const SAMPLE = 'M2 9 Q 22 3 42 9';

function LineSample({ colour, dash, width, opacity }: { colour: string; dash: number[]; width: number; opacity: number }) {
  return (
    <svg width="44" height="14" aria-hidden="true">
      <path
        d={SAMPLE}
        fill="none"
        stroke={colour}
        strokeWidth={width}
        strokeOpacity={opacity}
        strokeDasharray={dash.length ? dash.map((d) => d * width).join(' ') : undefined}
        strokeLinecap={dash.length ? 'butt' : 'round'}
      />
    </svg>
  );
}

export function Legend() {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul className="legend-list">
        {STANCES.map((stance) => (
          <li key={stance} data-stance={stance}>
            <LineSample colour={stanceColour(stance)} dash={STANCE_DASH[stance]} width={3} opacity={1} />
            <span>
              <strong>{stance}</strong>
              {STANCE_DASH[stance].length > 0 ? ' (broken line)' : ''} <small>{STANCE_MEANING[stance]}</small>
            </span>
          </li>
        ))}
      </ul>
      <h3>Certainty</h3>
      <ul className="legend-list">
        {CERTAINTY_LEGEND.map(({ certainty, opacity }) => (
          <li key={certainty}>
            <LineSample colour="#444" dash={[]} width={3} opacity={opacity} />
            <span>
              <strong>{certainty}</strong> <small>{CERTAINTY_MEANING[certainty]}</small>
            </span>
          </li>
        ))}
      </ul>
      <h3>Marks</h3>
      <ul className="legend-list">
        <li>
          <svg width="44" height="14" aria-hidden="true">
            <line x1="2" y1="7" x2="42" y2="7" stroke="#444" strokeWidth={supportWidth(1)} />
          </svg>
          <span>
            width: <small>one claim</small>
          </span>
        </li>
        <li>
          <svg width="44" height="14" aria-hidden="true">
            <line x1="2" y1="7" x2="42" y2="7" stroke="#444" strokeWidth={supportWidth(8)} />
          </svg>
          <span>
            width: <small>eight or more claims in support</small>
          </span>
        </li>
        <li>
          <svg width="44" height="14" aria-hidden="true">
            <line x1="2" y1="7" x2="42" y2="7" stroke="#444" strokeWidth={2} />
            <path d="M30 7 L20 2 L23 7 L20 12 Z" fill="#444" stroke="#fff" strokeWidth={0.8} />
          </svg>
          <span>
            direction: <small>who acts on whom (accuses, supports, arms, visits)</small>
          </span>
        </li>
        <li>
          <svg width="44" height="14" aria-hidden="true">
            <circle cx="22" cy="7" r="5" fill="#fff" stroke="#222" strokeWidth={2} />
          </svg>
          <span>
            non-state actor <small>drawn in the territory it is anchored to</small>
          </span>
        </li>
      </ul>
    </section>
  );
}
