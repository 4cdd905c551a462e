// The timeline under the map: it spans the earliest to the latest claim date with a mark for each
// day a claim starts (hover a mark to read its claims, click it to go there). The handle is a
// slider: drag it, or use the keys (arrows: a month; Page Up/Down: a year; Shift+arrows: the next or
// previous claim; Home/End). Play animates through the years and holds at each mark.
import { scaleLinear } from 'd3-scale';
import { type KeyboardEvent, type PointerEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import type { Claim } from '../domain/claims/claim';
import { dateOfDay, dayNumber } from '../domain/claims/partialDate';
import { stanceColour } from '../domain/relations/arcStyle';
import { whenText } from './claimText';
import { mergeMarks, nextMarkDay, previousMarkDay, type TimelineMark } from './timelineMarks';
import { usePlayback } from './usePlayback';

export interface TimelineProps {
  marks: TimelineMark[];
  /** The date shown, YYYY-MM-DD. */
  asOf: string;
  /** The publication date of the article(s), to go back to. */
  published: string;
  nameOf: (id: string) => string;
  onChange: (asOf: string) => void;
  /** Shown beside the date (the event window, when event data is loaded). */
  children?: ReactNode;
}

const PAD = 16;
const MERGE_PX = 6;
export const SPEEDS = [
  { label: '1 year/s', yearsPerSecond: 1 },
  { label: '3 years/s', yearsPerSecond: 3 },
  { label: '8 years/s', yearsPerSecond: 8 },
];

/** The first day of every n-th year between two days, n chosen so that there are at most `most` ticks. */
function yearTicks(min: number, max: number, most: number): number[] {
  const first = Number(dateOfDay(min).slice(0, 4));
  const last = Number(dateOfDay(max).slice(0, 4));
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => (last - first) / s <= most) ?? 100;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(dayNumber(`${y}-01-01`));
  return ticks;
}

function addMonths(day: number, months: number): number {
  const d = new Date(day * 86_400_000);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), last)) / 86_400_000);
}

export function Timeline({ marks, asOf, published, nameOf, onChange, children }: TimelineProps) {
  const track = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const [hovered, setHovered] = useState<TimelineMark | null>(null);
  const [speed, setSpeed] = useState(1);
  useEffect(() => {
    const el = track.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth || 800));
    observer.observe(el);
    setWidth(el.clientWidth || 800);
    return () => observer.disconnect();
  }, []);

  const first = marks[0]?.day ?? dayNumber(published);
  const last = Math.max(marks[marks.length - 1]?.day ?? first, dayNumber(published));
  // Start on the first of January of the first claim's year, so that "since 1979" sits at the start.
  const min = dayNumber(`${dateOfDay(first).slice(0, 4)}-01-01`);
  const max = last;
  const x = useMemo(() => scaleLinear().domain([min, max]).range([PAD, Math.max(PAD + 1, width - PAD)]).clamp(true), [min, max, width]);
  const shown = useMemo(() => mergeMarks(marks, x, MERGE_PX), [marks, x]);
  const years = useMemo(() => yearTicks(min, max, Math.max(2, Math.floor(width / 60))), [min, max, width]);
  const value = Math.min(max, Math.max(min, dayNumber(asOf)));
  const set = (day: number) => onChange(dateOfDay(Math.min(max, Math.max(min, Math.round(day)))));

  const playback = usePlayback({ value, min, max, marks, yearsPerSecond: SPEEDS[speed]!.yearsPerSecond, onStep: set });

  const onKeyDown = (e: KeyboardEvent) => {
    const steps: Record<string, () => number | null> = {
      ArrowRight: () => (e.shiftKey ? nextMarkDay(marks, value) : addMonths(value, 1)),
      ArrowUp: () => (e.shiftKey ? nextMarkDay(marks, value) : addMonths(value, 1)),
      ArrowLeft: () => (e.shiftKey ? previousMarkDay(marks, value) : addMonths(value, -1)),
      ArrowDown: () => (e.shiftKey ? previousMarkDay(marks, value) : addMonths(value, -1)),
      PageUp: () => addMonths(value, 12),
      PageDown: () => addMonths(value, -12),
      Home: () => min,
      End: () => max,
    };
    const step = steps[e.key];
    if (!step) return;
    e.preventDefault();
    playback.stop();
    const next = step();
    if (next !== null) set(next);
  };

  const dayAt = (clientX: number) => {
    const box = track.current?.getBoundingClientRect();
    return box ? x.invert(clientX - box.left) : value;
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).closest('.timeline-mark')) return;
    playback.stop();
    e.currentTarget.setPointerCapture(e.pointerId);
    set(dayAt(e.clientX));
    (e.currentTarget.querySelector('[role="slider"]') as HTMLElement | null)?.focus();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) set(dayAt(e.clientX));
  };

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-controls">
        <button type="button" className="play" onClick={playback.playing ? playback.stop : playback.play} aria-label={playback.playing ? 'Pause' : 'Play'}>
          {playback.playing ? '❚❚' : '▶'}
        </button>
        <label>
          <span className="visually-hidden">Playback speed</span>
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} aria-label="Playback speed">
            {SPEEDS.map((s, i) => (
              <option key={s.label} value={i}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <output className="timeline-date" aria-live="off" data-testid="timeline-date">
          {asOf}
        </output>
        {children}
        {asOf !== published && (
          <button type="button" className="link" onClick={() => set(dayNumber(published))}>
            back to {published}
          </button>
        )}
      </div>
      <div className="timeline-track" ref={track} onPointerDown={onPointerDown} onPointerMove={onPointerMove}>
        <svg width={width} height={44} aria-hidden="true">
          <line x1={PAD} x2={width - PAD} y1={16} y2={16} className="timeline-axis" />
          <rect x={PAD} y={13} width={Math.max(0, x(value) - PAD)} height={6} className="timeline-elapsed" rx={3} />
          {years.map((d) => (
            <g key={d} transform={`translate(${x(d)},0)`}>
              <line y1={22} y2={27} className="timeline-tick" />
              <text y={39} textAnchor="middle" className="timeline-year">
                {dateOfDay(d).slice(0, 4)}
              </text>
            </g>
          ))}
        </svg>
        {shown.map((m) => (
          <button
            key={m.day}
            type="button"
            tabIndex={-1}
            className="timeline-mark"
            style={{ left: x(m.day), background: stanceColour(m.claims[0]!.stance) }}
            aria-label={`${dateOfDay(m.day)}: ${m.count} claim${m.count === 1 ? '' : 's'}`}
            onMouseEnter={() => setHovered(m)}
            onMouseLeave={() => setHovered(null)}
            onFocus={() => setHovered(m)}
            onBlur={() => setHovered(null)}
            onClick={() => {
              playback.stop();
              set(m.day);
            }}
          />
        ))}
        <div
          role="slider"
          tabIndex={0}
          className="timeline-handle"
          style={{ left: x(value) }}
          aria-label="Date the relations are drawn as of"
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={value}
          aria-valuetext={asOf}
          aria-keyshortcuts="ArrowLeft ArrowRight PageUp PageDown Home End Shift+ArrowLeft Shift+ArrowRight"
          onKeyDown={onKeyDown}
        />
        {hovered && <MarkTooltip mark={hovered} left={x(hovered.day)} width={width} nameOf={nameOf} />}
      </div>
    </section>
  );
}

function MarkTooltip({ mark, left, width, nameOf }: { mark: TimelineMark; left: number; width: number; nameOf: (id: string) => string }) {
  const shownClaims = mark.claims.slice(0, 5);
  return (
    <div className="timeline-tooltip" role="tooltip" data-testid="timeline-tooltip" style={{ left: Math.min(Math.max(0, left - 160), width - 330) }}>
      {shownClaims.map((c: Claim) => (
        <p key={c.id}>
          <span className="swatch" style={{ background: stanceColour(c.stance) }} aria-hidden="true" /> <strong>{whenText(c)}</strong> {nameOf(c.subject)} –{' '}
          {nameOf(c.object)}: {c.stance} ({c.certainty}) <span className="quote">“{c.evidence.quote}”</span>
        </p>
      ))}
      {mark.count > shownClaims.length && <p className="meta">and {mark.count - shownClaims.length} more</p>}
    </div>
  );
}
