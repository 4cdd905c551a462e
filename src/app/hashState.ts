// The app's state in the URL hash, with the map's camera as `map=zoom/lat/lng` (MapLibre's own
// format, so links made before the app wrote it still open):
// `#map=4/31.8/-7.1&country=MAR&date=2019-12-06&hide=severed,alleged&view=list&proj=globe`. Parsing is lenient
// (an unknown or malformed parameter is ignored, never thrown on); formatting keeps every parameter
// it does not own.
import { isPartialDate } from '../domain/claims/partialDate';
import { CERTAINTIES, type Certainty, STANCES, type Stance } from '../domain/claims/vocabulary';
import { type EventSelection, EVERY_EVENT } from '../domain/relations/eventSelection';
import { pairKey } from '../domain/relations/pairKey';
import { type AppState, cleanSelection, MAX_EVENT_WINDOW, type Selection } from '../state/viewState';

const OWN = ['map', 'country', 'pair', 'date', 'hide', 'view', 'proj', 'window', 'min', 'from', 'top', 'cameo', 'quad', 'rootonly', 'sources'];

/** Where the map looks: centre (longitude, latitude) and zoom. */
export interface Camera {
  center: [number, number];
  zoom: number;
}
const ACTOR = /^([A-Z]{3}|[a-z][a-z0-9-]*)$/;

function params(hash: string): [string, string][] {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? [part, ''] : [part.slice(0, eq), decodeURIComponent(part.slice(eq + 1))];
    });
}

/** The app state a hash describes; fields the hash does not give are left out. */
export function parseHash(hash: string): Partial<AppState> {
  const state: Partial<AppState> = {};
  let selection: Selection = null;
  const events: EventSelection = { ...EVERY_EVENT };
  for (const [key, value] of params(hash)) {
    if (key === 'country' && ACTOR.test(value)) selection = { kind: 'country', id: value };
    else if (key === 'pair') {
      const [a, b] = value.split('|');
      if (a && b && a !== b && ACTOR.test(a) && ACTOR.test(b)) selection = { kind: 'pair', key: pairKey(a, b) };
    } else if (key === 'date' && value.length === 10 && isPartialDate(value)) state.asOf = value;
    else if (key === 'hide') {
      const items = value.split(',');
      state.hiddenStances = STANCES.filter((s) => items.includes(s));
      state.hiddenCertainties = CERTAINTIES.filter((c) => items.includes(c));
    } else if (key === 'view' && (value === 'list' || value === 'map')) state.view = value;
    else if (key === 'proj' && (value === 'globe' || value === 'mercator')) state.projection = value;
    else if (key === 'window' && /^[1-9]\d{0,4}$/.test(value) && Number(value) <= MAX_EVENT_WINDOW) state.eventWindow = Number(value);
    else if (key === 'min' && /^[1-9]\d{0,6}$/.test(value)) state.minEvents = Number(value);
    else if (key === 'from' && (value === 'articles' || value === 'events')) state.basis = value;
    else if (key === 'top' && /^[1-9]\d{0,3}$/.test(value)) state.topPartners = Number(value);
    else if (key === 'cameo' && /^\d{1,2}(,\d{1,2})*$/.test(value)) events.roots = value.split(',').map(Number);
    else if (key === 'quad' && /^[1-4](,[1-4])*$/.test(value)) events.quads = value.split(',').map(Number);
    else if (key === 'rootonly' && value === '1') events.rootOnly = true;
    else if (key === 'sources' && /^[1-9]\d{0,5}$/.test(value)) events.minSources = Number(value);
  }
  state.topPartners ??= 0;
  state.eventSelection = cleanSelection(events);
  state.projection ??= 'mercator';
  state.eventWindow ??= 365;
  state.minEvents ??= 1;
  state.basis ??= 'both';
  state.selection = selection;
  if (!hash.includes('hide=')) {
    state.hiddenStances = [];
    state.hiddenCertainties = [];
  }
  return state;
}

/** The camera of a `map=zoom/lat/lng` parameter, if there is a valid one. */
export function parseCamera(hash: string): Camera | null {
  const value = params(hash).find(([key]) => key === 'map')?.[1];
  const [zoom, lat, lng] = (value ?? '').split('/').map(Number);
  if (zoom === undefined || lat === undefined || lng === undefined || ![zoom, lat, lng].every(Number.isFinite)) return null;
  if (Math.abs(lat) > 90 || zoom < 0 || zoom > 24) return null;
  return { center: [lng, lat], zoom };
}

/** `zoom/lat/lng`, rounded as MapLibre rounds it: finer as the zoom grows. */
function cameraText({ center: [lng, lat], zoom }: Camera): string {
  const m = 10 ** Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  const round = (x: number) => Math.round(x * m) / m;
  return `${Math.round(zoom * 100) / 100}/${round(lat)}/${round(lng)}`;
}

/**
 * `current` with the app's parameters replaced by those of `state` and `camera` (when there is none
 * yet, the current `map=` is kept); other parameters are kept.
 */
export function formatHash(state: AppState, current: string, defaults: { asOf: string }, camera: Camera | null = null): string {
  const kept = params(current).filter(([key]) => !OWN.includes(key) || (key === 'map' && !camera));
  const own: [string, string][] = [];
  if (camera) own.push(['map', cameraText(camera)]);
  if (state.selection?.kind === 'country') own.push(['country', state.selection.id]);
  if (state.selection?.kind === 'pair') own.push(['pair', state.selection.key]);
  if (state.asOf !== defaults.asOf) own.push(['date', state.asOf]);
  const hidden: (Stance | Certainty)[] = [...state.hiddenStances, ...state.hiddenCertainties];
  if (hidden.length > 0) own.push(['hide', hidden.join(',')]);
  if (state.view !== 'map') own.push(['view', state.view]);
  if (state.projection !== 'mercator') own.push(['proj', state.projection]);
  if (state.eventWindow !== 365) own.push(['window', String(state.eventWindow)]);
  if (state.minEvents > 1) own.push(['min', String(state.minEvents)]);
  if (state.basis !== 'both') own.push(['from', state.basis]);
  if (state.topPartners > 0) own.push(['top', String(state.topPartners)]);
  const { roots, quads, rootOnly, minSources } = state.eventSelection;
  if (roots.length > 0) own.push(['cameo', roots.join(',')]);
  if (quads.length > 0) own.push(['quad', quads.join(',')]);
  if (rootOnly) own.push(['rootonly', '1']);
  if (minSources > 1) own.push(['sources', String(minSources)]);
  const all = [...own.filter(([k]) => k === 'map'), ...kept, ...own.filter(([k]) => k !== 'map')];
  return all.length ? `#${all.map(([k, v]) => (k === 'map' ? `${k}=${v}` : `${k}=${encodeURIComponent(v).replace(/%7C/g, '|').replace(/%2C/g, ',')}`)).join('&')}` : '';
}
