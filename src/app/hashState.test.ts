import { describe, expect, it } from 'vitest';
import { EVERY_EVENT } from '../domain/relations/eventSelection';
import { pairKey } from '../domain/relations/pairKey';
import { type AppState, initialState, reduce } from '../state/viewState';
import { formatHash, parseCamera, parseHash } from './hashState';

const defaults = { asOf: '2019-12-06' };

describe('the URL hash', () => {
  it('keeps MapLibre’s map= parameter and puts the selection beside it', () => {
    const state = reduce(initialState('2019-12-06'), { type: 'select', selection: { kind: 'country', id: 'MAR' } });
    expect(formatHash(state, '#map=4/31.8/-7.1', defaults)).toBe('#map=4/31.8/-7.1&country=MAR');
  });

  it('round-trips every part of the state it owns', () => {
    let state: AppState = initialState('2019-12-06');
    state = reduce(state, { type: 'select', selection: { kind: 'pair', key: pairKey('MAR', 'IRN') } });
    state = reduce(state, { type: 'toggleStance', stance: 'severed' });
    state = reduce(state, { type: 'toggleCertainty', certainty: 'alleged' });
    state = reduce(state, { type: 'setDate', asOf: '1995-06-01' });
    state = reduce(state, { type: 'setView', view: 'list' });
    const hash = formatHash(state, '#map=2/10/20', defaults);
    expect(hash).toBe('#map=2/10/20&pair=IRN|MAR&date=1995-06-01&hide=severed,alleged&view=list');
    expect({ ...initialState('2019-12-06'), ...parseHash(hash) }).toEqual(state);
  });

  it('ignores what it cannot read instead of failing', () => {
    expect(parseHash('#country=<script>&date=2019-02-30&hide=friendly&view=3d&proj=cone&window=ninety&top=-3&cameo=x&quad=5&rootonly=yes&sources=0')).toEqual({
      selection: null,
      hiddenStances: [],
      hiddenCertainties: [],
      projection: 'mercator',
      eventWindow: 365,
      minEvents: 1,
      basis: 'both',
      topPartners: 0,
      eventSelection: EVERY_EVENT,
    });
  });

  it('clears the selection and filters when the hash no longer names them (the back button)', () => {
    expect(parseHash('#map=1/0/0')).toEqual({ selection: null, hiddenStances: [], hiddenCertainties: [], projection: 'mercator', eventWindow: 365, minEvents: 1, basis: 'both', topPartners: 0, eventSelection: EVERY_EVENT });
  });

  it('writes the event-data filters (top partners, CAMEO roots, QuadClasses, root events, sources) and reads them back', () => {
    let state = reduce(initialState('2019-12-06'), { type: 'setTopPartners', topPartners: 5 });
    state = reduce(state, { type: 'setEventSelection', eventSelection: { roots: [18, 14, 18, 25], quads: [4], rootOnly: true, minSources: 3 } });
    const hash = formatHash(state, '', defaults);
    expect(hash).toBe('#top=5&cameo=14,18&quad=4&rootonly=1&sources=3');
    const back = parseHash(hash);
    expect(back.topPartners).toBe(5);
    expect(back.eventSelection).toEqual({ roots: [14, 18], quads: [4], rootOnly: true, minSources: 3 });
    expect(formatHash(reduce(reduce(state, { type: 'setTopPartners', topPartners: 0 }), { type: 'setEventSelection', eventSelection: EVERY_EVENT }), hash, defaults)).toBe('');
  });

  it('writes an event window other than the year before as window=90 and reads it back', () => {
    const ninety = reduce(initialState('2019-12-06'), { type: 'setEventWindow', eventWindow: 90 });
    const hash = formatHash(ninety, '', defaults);
    expect(hash).toBe('#window=90');
    expect(parseHash(hash).eventWindow).toBe(90);
    expect(formatHash(reduce(ninety, { type: 'setEventWindow', eventWindow: 365 }), hash, defaults)).toBe('');
    const five = reduce(ninety, { type: 'setMinEvents', minEvents: 5 });
    expect(formatHash(five, '', defaults)).toBe('#window=90&min=5');
    expect(parseHash('#min=5').minEvents).toBe(5);
    expect(parseHash('#min=0').minEvents).toBe(1);
    // A range brushed on a chart gives any length.
    expect(parseHash('#window=213').eventWindow).toBe(213);
    expect(parseHash('#window=99999').eventWindow).toBe(365);
    expect(formatHash(reduce(initialState('2019-12-06'), { type: 'setBasis', basis: 'events' }), '', defaults)).toBe('#from=events');
    expect(parseHash('#from=events').basis).toBe('events');
  });

  it('writes the globe as proj=globe and reads it back; Mercator, the default, is not written', () => {
    const globe = reduce(initialState('2019-12-06'), { type: 'setProjection', projection: 'globe' });
    const hash = formatHash(globe, '', defaults);
    expect(hash).toBe('#proj=globe');
    expect(parseHash(hash).projection).toBe('globe');
    expect(formatHash(reduce(globe, { type: 'setProjection', projection: 'mercator' }), hash, defaults)).toBe('');
  });

  it('writes the camera as map=zoom/lat/lng, first, rounded as MapLibre rounds it, and reads it back', () => {
    const state = reduce(initialState('2019-12-06'), { type: 'select', selection: { kind: 'country', id: 'MAR' } });
    const hash = formatHash(state, '#map=1/0/0&country=ISR', defaults, { center: [-7.0912345, 31.7917123], zoom: 4.23456 });
    expect(hash).toBe('#map=4.23/31.79/-7.09&country=MAR');
    expect(parseCamera(hash)).toEqual({ center: [-7.09, 31.79], zoom: 4.23 });
  });

  it('reads no camera from a map= it cannot read', () => {
    for (const hash of ['', '#map=', '#map=a/b/c', '#map=3/120/0', '#country=MAR']) expect(parseCamera(hash), hash).toBeNull();
  });
});
