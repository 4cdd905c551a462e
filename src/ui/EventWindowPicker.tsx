// Beside the timeline's date, when coded event data is loaded: over how many days before the date
// events decide a pair's stance (R10). The choice is in the URL and in snapshots.

/** What each window is called. */
export const EVENT_WINDOW_LABEL: Record<number, string> = { 30: 'the 30 days before', 90: 'the 90 days before', 365: 'the year before' };

export function EventWindowPicker({ days, options, onChange }: { days: number; options: readonly number[]; onChange: (days: number) => void }) {
  return (
    <label className="event-window">
      events over{' '}
      <select value={days} onChange={(e) => onChange(Number(e.target.value))} aria-label="Events counted over">
        {(options.includes(days) ? options : [...options, days].sort((x, y) => x - y)).map((d) => (
          <option key={d} value={d}>
            {EVENT_WINDOW_LABEL[d] ?? `${d} days before`}
          </option>
        ))}
      </select>
    </label>
  );
}
