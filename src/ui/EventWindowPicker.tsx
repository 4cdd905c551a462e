// Beside the timeline's date, when coded event data is loaded: over how many days before the date
// events decide a pair's stance (R10). The choice is in the URL and in snapshots.

/** What each window is called. */
const EVENT_WINDOW_LABEL: Record<number, string> = { 30: 'the 30 days before', 90: 'the 90 days before', 365: 'the year before' };

/** What a window of `days` is called: "the year before", "the 90 days before", "the 852 days before". */
export const windowLabel = (days: number): string => EVENT_WINDOW_LABEL[days] ?? `the ${days} days before`;

export function EventWindowPicker({ days, options, onChange }: { days: number; options: readonly number[]; onChange: (days: number) => void }) {
  return (
    <label className="event-window">
      events over{' '}
      <select value={days} onChange={(e) => onChange(Number(e.target.value))} aria-label="Events counted over">
        {(options.includes(days) ? options : [...options, days].sort((x, y) => x - y)).map((d) => (
          <option key={d} value={d}>
            {windowLabel(d)}
          </option>
        ))}
      </select>
    </label>
  );
}
