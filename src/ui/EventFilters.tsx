// The legend's "Event data" group, shown while coded events are loaded: the fewest events a pair needs
// in the window, where relations come from (R11), each actor's strongest partners only, and which
// events count (CAMEO root code, QuadClass, root events only, fewest sources). Each control sends one
// action; the state keeps them, the URL and snapshots carry them.
import { cameoName } from '../domain/cameo/cameoNames';
import { type EventSelection, QUAD_CLASSES } from '../domain/relations/eventSelection';
import type { Basis } from '../domain/relations/relationsAsOf';
import type { AppState, ViewAction } from '../state/viewState';

export type EventFilterValues = Pick<AppState, 'minEvents' | 'basis' | 'topPartners' | 'eventSelection'>;

const TOP_CHOICES = [3, 5, 10, 20, 50];
const ROOTS = Array.from({ length: 20 }, (_, i) => i + 1);
const two = (n: number) => String(n).padStart(2, '0');

export function EventFilters({ values, onChange }: { values: EventFilterValues; onChange: (action: ViewAction) => void }) {
  const { minEvents, basis, topPartners, eventSelection: events } = values;
  const select = (change: Partial<EventSelection>) => onChange({ type: 'setEventSelection', eventSelection: change });
  const toggleQuad = (quad: number) => select({ quads: events.quads.includes(quad) ? events.quads.filter((q) => q !== quad) : [...events.quads, quad] });
  const rootValue = events.roots.length === 0 ? 'all' : events.roots.join(',');
  return (
    <div className="legend-group event-filters">
      <h3 id="legend-events">Event data</h3>
      <div className="event-filter-row">
        <label className="min-events">
          pairs with at least{' '}
          <input
            type="number"
            min={1}
            step={1}
            value={minEvents}
            onChange={(e) => e.target.value !== '' && onChange({ type: 'setMinEvents', minEvents: Number(e.target.value) })}
            aria-label="Fewest events a pair needs in the window"
          />{' '}
          event{minEvents === 1 ? '' : 's'} in the window
        </label>{' '}
        <label>
          · relations from{' '}
          <select value={basis} onChange={(e) => onChange({ type: 'setBasis', basis: e.target.value as Basis })} aria-label="Relations from">
            <option value="both">articles and events</option>
            <option value="articles">articles only</option>
            <option value="events">events only</option>
          </select>
        </label>{' '}
        <label>
          · each actor’s{' '}
          <select value={topPartners} onChange={(e) => onChange({ type: 'setTopPartners', topPartners: Number(e.target.value) })} aria-label="Strongest partners per actor">
            <option value={0}>every</option>
            {[...new Set([...TOP_CHOICES, ...(topPartners > 0 ? [topPartners] : [])])]
              .sort((x, y) => x - y)
              .map((n) => (
                <option key={n} value={n}>
                  {n} strongest
                </option>
              ))}
          </select>{' '}
          partners
        </label>
      </div>
      <div className="event-filter-row">
        <label>
          events of{' '}
          <select
            value={rootValue}
            onChange={(e) => select({ roots: e.target.value === 'all' ? [] : e.target.value.split(',').map(Number) })}
            aria-label="CAMEO root code of the events that count"
          >
            <option value="all">every CAMEO root</option>
            {events.roots.length > 1 && <option value={rootValue}>roots {events.roots.map(two).join(', ')}</option>}
            {ROOTS.map((r) => (
              <option key={r} value={String(r)}>
                {two(r)} {cameoName(two(r))}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="quads">
          <legend className="visually-hidden">QuadClasses of the events that count (none ticked: all)</legend>
          {QUAD_CLASSES.map((q) => (
            <label key={q.quad} title={`CAMEO roots ${q.roots}`}>
              <input type="checkbox" checked={events.quads.includes(q.quad)} onChange={() => toggleQuad(q.quad)} /> {q.name}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="event-filter-row">
        <label title="GDELT marks the event of a sentence's main clause as its root event; events of data sets that do not say are kept">
          <input type="checkbox" checked={events.rootOnly} onChange={(e) => select({ rootOnly: e.target.checked })} /> root events only
        </label>{' '}
        <label>
          · reported by at least{' '}
          <input
            type="number"
            min={1}
            step={1}
            value={events.minSources}
            onChange={(e) => e.target.value !== '' && select({ minSources: Number(e.target.value) })}
            aria-label="Fewest sources an event needs"
          />{' '}
          source{events.minSources === 1 ? '' : 's'}
        </label>
      </div>
    </div>
  );
}
