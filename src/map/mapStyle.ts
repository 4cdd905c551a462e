// Pure builders of the map's style: sources and layers as plain objects, no MapLibre instance. The
// style has no `glyphs` URL, so MapLibre draws labels with the browser's local fonts, and no tiles:
// everything on the map comes from the app's own origin.
//
// What changes often is not in the sources but in the style's global state (`state` below): the
// focused actor or pair. Changing it restyles the arcs already on the map; no source is rebuilt.
// (The legend's filters are applied before the arcs are made, once for the whole app: state/filters.ts.)
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { STANCE_TABLE, STANCES, type Stance } from '../domain/claims/vocabulary';
import { FOCUS_DIM, FOCUS_LIFT, STANCE_DASH } from '../domain/relations/arcStyle';

export const COLOURS = {
  sea: '#dce8f0',
  land: '#f6f3ec',
  landSelected: '#fde9b8',
  border: '#b8b0a2',
  label: '#4a4a4a',
  halo: '#ffffff',
  nonState: '#222222',
} as const;

/** The local font stack labels are drawn in. */
export const LABEL_FONT = ['Noto Sans', 'DejaVu Sans', 'Arial', 'sans-serif'];

/** The global state the style reads, with its defaults. */
export const GLOBAL_STATE = {
  /** The focused actor id or pair key; '' for none. Arcs that do not touch it are dimmed. */
  focus: '',
  /** The codes whose labels always show, placed before any other: the selection and its partners. */
  pinned: [] as string[],
};

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/** The image name of the direction mark drawn in a stance's colour. */
export const markImage = (stance: string) => `direction-${stance}`;

/** An empty (transparent) square image the size of which makes room for a location circle. */
export const TOTALS_ROOM_IMAGE = 'totals-room';
export const TOTALS_ROOM_PX = 16;

/** The id of the line layer that draws one stance's arcs (one layer each: dashes cannot vary by feature). */
export const arcLayerId = (stance: Stance) => `arc-${stance}`;
export const ARC_LAYERS = STANCES.map(arcLayerId);

const focus: ExpressionSpecification = ['global-state', 'focus'];
/** The country names, in a layer of their own with `filter` (the same layout, so the same shader program). */
const countryLabels = (id: string, filter: ExpressionSpecification): LayerSpecification => ({
  id,
  type: 'symbol',
  source: 'labels',
  filter,
  layout: {
    'text-field': ['get', 'name'],
    'text-font': LABEL_FONT,
    'text-size': ['interpolate', ['linear'], ['zoom'], 1, ['case', ['==', ['get', 'involved'], 1], 12, 10], 4, 13, 6, 15],
    'text-max-width': 7,
    // A country with relations has a circle of location totals at its label point: its name goes
    // beside the circle, not over it. Others are centred on their point, as before.
    'text-variable-anchor-offset': [
      'case',
      ['==', ['get', 'involved'], 1],
      ['literal', ['top', [0, 1.35], 'bottom', [0, -1.35], 'left', [1.5, 0], 'right', [-1.5, 0]]],
      ['literal', ['center', [0, 0], 'top', [0, 0.5], 'bottom', [0, -0.5], 'left', [0.5, 0], 'right', [-0.5, 0]]],
    ] as unknown as ExpressionSpecification,
    'text-padding': 3,
    'text-allow-overlap': false,
    'symbol-sort-key': ['get', 'rank'],
  },
  paint: {
    'text-color': ['case', ['==', ['get', 'involved'], 1], '#111111', COLOURS.label],
    'text-halo-color': COLOURS.halo,
    'text-halo-width': 1.2,
  },
});

/** True for a label the selection pins (its own, its partners'). */
const pinned = (id: string): ExpressionSpecification => ['in', ['get', id], ['global-state', 'pinned']];
const touchesFocus: ExpressionSpecification = [
  'any',
  ['==', ['get', 'a'], focus],
  ['==', ['get', 'b'], focus],
  ['==', ['get', 'key'], focus],
];
/** Full opacity with no focus or on the focused arcs; the rest dimmed (as `focusedOpacity` in arcStyle.ts). */
const focusedOpacity = (base: ExpressionSpecification): ExpressionSpecification => [
  'case',
  ['==', focus, ''],
  base,
  touchesFocus,
  ['min', 1, ['+', FOCUS_LIFT, base]],
  ['*', FOCUS_DIM, base],
];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/**
 * A constant, written as a value per feature. MapLibre compiles one shader program per set of
 * properties that vary by feature, and each compile costs tens of milliseconds at start-up in
 * software GL; a layer whose colour is the same for every feature would otherwise need its own
 * program beside the arcs' (lines) or the location totals' (circles).
 */
function perFeature(value: string | number): ExpressionSpecification {
  return ['case', ['==', ['geometry-type'], 'Point'], value, value];
}

function arcLayer(stance: Stance): LayerSpecification {
  const dash = STANCE_DASH[stance];
  return {
    id: arcLayerId(stance),
    type: 'line',
    source: 'arcs',
    filter: ['==', ['get', 'stance'], stance],
    layout: { 'line-cap': STANCE_TABLE[stance].cap, 'line-join': 'round' },
    paint: {
      'line-color': ['get', 'colour'],
      'line-width': ['case', hovered, ['+', ['get', 'width'], 2.5], ['get', 'width']],
      'line-opacity': focusedOpacity(['get', 'opacity']),
      ...(dash.length > 0 ? { 'line-dasharray': ['literal', dash] as unknown as number[] } : {}),
    },
  };
}

/**
 * The style. The country polygons go in with it, so that MapLibre's worker starts tiling them as the
 * style loads, instead of after the map's `load`.
 */
export function baseStyle(countries: FeatureCollection = empty()): StyleSpecification {
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': COLOURS.sea } },
    {
      id: 'country-fill',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': ['case', ['boolean', ['feature-state', 'selected'], false], COLOURS.landSelected, COLOURS.land],
        // The border layer draws the edges; the fill's own antialiased outline would be a second pass
        // (and a second shader program) for the same pixels.
        'fill-antialias': false,
      },
    },
    // (Colour, width and opacity per feature: the arcs' shader program.)
    { id: 'country-border', type: 'line', source: 'countries', paint: { 'line-color': perFeature(COLOURS.border), 'line-width': perFeature(0.6), 'line-opacity': perFeature(1) } },
    {
      id: 'arc-casing',
      type: 'line',
      source: 'arcs',
      filter: ['==', ['get', 'cased'], 1],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', hovered, '#222222', '#ffffff'],
        'line-width': ['case', hovered, ['+', ['get', 'width'], 5], ['+', ['get', 'width'], 2]],
        'line-opacity': focusedOpacity(['*', 0.55, ['get', 'opacity']]),
      },
    },
    ...STANCES.map(arcLayer),
    {
      id: 'direction-marks',
      type: 'symbol',
      source: 'marks',
      layout: {
        'icon-image': ['concat', 'direction-', ['get', 'stance']],
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'icon-size': 0.9,
      },
      paint: { 'icon-opacity': focusedOpacity(['min', 1, ['+', 0.15, ['get', 'opacity']]]) },
    },
    // Location totals: each actor's circle, its rings by stance (locationTotals.ts), over the arcs'
    // ends, so that every actor can be clicked however small its country is drawn.
    {
      id: 'location-totals',
      type: 'circle',
      source: 'totals',
      paint: {
        'circle-radius': ['get', 'radius'],
        'circle-color': ['get', 'colour'],
        'circle-opacity': ['case', ['any', ['==', focus, ''], ['==', ['get', 'id'], focus], ['in', ['get', 'home'], ['global-state', 'pinned']]], 0.92, 0.45],
        // A white edge round the whole circle only; the rings inside it meet without one.
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': ['case', ['==', ['get', 'ring'], 0], 1.2, 0],
      },
    },
    {
      id: 'country-markers',
      type: 'circle',
      source: 'labels',
      filter: ['==', ['get', 'kind'], 'marker'],
      paint: {
        // A state in the relations gets a larger marker. (Data-driven like the actor markers' radius,
        // which also lets both layers share one shader program: each costs tens of ms to compile
        // at start-up in software GL.)
        'circle-radius': ['case', ['==', ['get', 'involved'], 1], 5, 4],
        'circle-color': ['case', ['boolean', ['feature-state', 'selected'], false], COLOURS.landSelected, COLOURS.land],
        'circle-stroke-color': COLOURS.border,
        // (Opacity and stroke per feature: the location totals' shader program.)
        'circle-opacity': perFeature(1),
        'circle-stroke-width': perFeature(1.5),
      },
    },
    {
      id: 'actor-markers',
      type: 'circle',
      source: 'actors',
      // A ring (no fill), so that the actor's location totals show inside it.
      paint: {
        'circle-radius': ['case', ['==', ['get', 'id'], focus], 7, 5],
        // (Colour and opacity per feature: the location totals' shader program.)
        'circle-color': perFeature('#ffffff'),
        'circle-opacity': perFeature(0),
        'circle-stroke-color': COLOURS.nonState,
        'circle-stroke-width': ['case', ['==', ['get', 'id'], focus], 3, 2],
      },
    },
    countryLabels('country-labels', ['all', ['>=', ['zoom'], ['get', 'minzoom']], ['!', pinned('code')]]),
    {
      id: 'actor-labels',
      type: 'symbol',
      source: 'actors',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 12,
        // Beside the actor's ring and its location circle (of up to TOTAL_RADIUS.max pixels).
        'text-variable-anchor-offset': ['top', [0, 1.35], 'bottom', [0, -1.35], 'right', [-1.5, 0], 'left', [1.5, 0]],
        'text-allow-overlap': false,
      },
      // The focused actor's name in black (data-driven, as the country labels' colour is: one shader
      // program for both).
      paint: { 'text-color': ['case', ['==', ['get', 'id'], focus], '#000000', COLOURS.nonState], 'text-halo-color': COLOURS.halo, 'text-halo-width': 1.5 },
    },
    // The selection's and its partners' names at any zoom, in a layer above the others: MapLibre places
    // the labels of higher layers first, so that no other label (Hezbollah over Israel) hides them.
    countryLabels('pinned-labels', pinned('code')),
    // The room the location totals' circles take, kept clear of labels: an invisible square per
    // circle, in the topmost layer so that MapLibre places it before any label (labels placed later
    // go around it).
    {
      id: 'totals-room',
      type: 'symbol',
      source: 'totals',
      filter: ['==', ['get', 'ring'], 0],
      layout: {
        'icon-image': TOTALS_ROOM_IMAGE,
        'icon-size': ['/', ['get', 'radius'], TOTALS_ROOM_PX / 2],
        'icon-allow-overlap': true,
        'icon-ignore-placement': false,
        'icon-padding': 0,
      },
      paint: { 'icon-opacity': 0 },
    },
  ];
  return {
    version: 8,
    state: {
      focus: { default: GLOBAL_STATE.focus },
      pinned: { default: GLOBAL_STATE.pinned },
    },
    sources: {
      countries: { type: 'geojson', data: countries, promoteId: 'code', tolerance: 1.5 },
      labels: { type: 'geojson', data: empty(), promoteId: 'code' },
      // Arcs are known by their pair (stable across dates), so that a new date can update only the arcs that changed.
      arcs: { type: 'geojson', data: empty(), tolerance: 2, promoteId: 'key' },
      marks: { type: 'geojson', data: empty() },
      actors: { type: 'geojson', data: empty() },
      totals: { type: 'geojson', data: empty() },
    },
    layers,
  };
}

/** The layers a click on which selects a country, a non-state actor, or a pair. */
export const COUNTRY_LAYERS = ['country-fill', 'country-labels', 'pinned-labels', 'country-markers'];
export const ACTOR_LAYERS = ['actor-markers', 'actor-labels'];
/** The location totals' circles: a click on one selects its actor. */
export const TOTALS_LAYERS = ['location-totals'];
