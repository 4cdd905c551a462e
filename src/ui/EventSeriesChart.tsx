// A small chart of coded events over time (eventSeries.ts): events per month as bars stacked by
// stance, the month's mean Goldstein score as a line (−10 … +10, the dashed line is 0), and the event
// window before the date shaded. Dragging across it (or clicking a month) brushes a range of months:
// the date moves to the range's last day and the window to its length.
import { scaleLinear } from 'd3-scale';
import { type PointerEvent, useRef, useState } from 'react';
import { STANCES } from '../domain/claims/vocabulary';
import { stanceColour } from '../domain/relations/arcStyle';
import { type EventMonth, monthRange } from '../domain/relations/eventSeries';

const WIDTH = 300;
const HEIGHT = 84;
const PAD = { left: 4, right: 4, top: 4, bottom: 14 };

export interface EventSeriesChartProps {
  series: EventMonth[];
  /** What the chart is of, for its label ("Russia – United States"). */
  label: string;
  asOf: string;
  windowDays: number;
  /** A brushed range: the first and last day, and its length in days. */
  onBrush: (range: { first: string; last: string; days: number }) => void;
}

export function EventSeriesChart({ series, label, asOf, windowDays, onBrush }: EventSeriesChartProps) {
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  if (series.length === 0) return null;
  const x = scaleLinear().domain([0, series.length]).range([PAD.left, WIDTH - PAD.right]);
  const most = Math.max(1, ...series.map((m) => m.total));
  const y = scaleLinear().domain([0, most]).range([HEIGHT - PAD.bottom, PAD.top]);
  const g = scaleLinear().domain([-10, 10]).range([HEIGHT - PAD.bottom, PAD.top]);
  const band = (WIDTH - PAD.left - PAD.right) / series.length;
  const monthAt = (clientX: number) => {
    const box = svg.current?.getBoundingClientRect();
    const local = box ? ((clientX - box.left) / box.width) * WIDTH : 0;
    return Math.max(0, Math.min(series.length - 1, Math.floor(x.invert(local))));
  };
  // The window before the date, shaded where it falls on the chart.
  const asOfMonth = series.findIndex((m) => m.month === asOf.slice(0, 7));
  const lastIndex = asOfMonth >= 0 ? asOfMonth : asOf.slice(0, 7) > (series[series.length - 1]?.month ?? '') ? series.length - 1 : -1;
  const windowMonths = Math.max(1, Math.round(windowDays / 30.4));
  const line = series
    .map((m, i) => (m.goldstein === null ? null : `${x(i + 0.5).toFixed(1)},${g(m.goldstein).toFixed(1)}`))
    .filter((p): p is string => p !== null);
  const brushed = drag ? [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)] : null;
  const first = series[0]?.month ?? '';
  const last = series[series.length - 1]?.month ?? '';
  const onUp = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const to = monthAt(e.clientX);
    setDrag(null);
    onBrush(monthRange(series[drag.from]?.month ?? first, series[to]?.month ?? last));
  };
  return (
    <figure className="event-series" data-testid="event-series">
      <svg
        ref={svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={`${label}: coded events per month from ${first} to ${last}, by stance, with the mean Goldstein score; drag across it to set the window`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const at = monthAt(e.clientX);
          setDrag({ from: at, to: at });
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, to: monthAt(e.clientX) })}
        onPointerUp={onUp}
      >
        {lastIndex >= 0 && (
          <rect className="event-window-shade" x={x(Math.max(0, lastIndex + 1 - windowMonths))} width={x(lastIndex + 1) - x(Math.max(0, lastIndex + 1 - windowMonths))} y={PAD.top} height={HEIGHT - PAD.top - PAD.bottom} />
        )}
        {series.map((m, i) => {
          let base = 0;
          return (
            <g key={m.month}>
              {STANCES.map((s, k) => {
                const n = m.byStance[k] ?? 0;
                if (n === 0) return null;
                const rect = <rect key={s} x={x(i) + 0.3} width={Math.max(0.6, band - 0.6)} y={y(base + n)} height={y(base) - y(base + n)} fill={stanceColour(s)} />;
                base += n;
                return rect;
              })}
            </g>
          );
        })}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={g(0)} y2={g(0)} className="goldstein-zero" />
        {line.length > 1 && <polyline points={line.join(' ')} className="goldstein-line" />}
        {brushed && <rect className="event-brush" x={x(brushed[0] as number)} width={x((brushed[1] as number) + 1) - x(brushed[0] as number)} y={PAD.top} height={HEIGHT - PAD.top - PAD.bottom} />}
        <text x={PAD.left} y={HEIGHT - 2} className="axis-label">
          {first}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 2} className="axis-label" textAnchor="end">
          {last}
        </text>
      </svg>
      <figcaption className="meta">
        Events a month by stance (bars, most {most}) and mean Goldstein score (line); shaded: the window. Drag across it to set the window.
      </figcaption>
    </figure>
  );
}
