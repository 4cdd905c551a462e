// Pure builders of the map's style: sources and layers as plain objects, no MapLibre instance. The
// style has no `glyphs` URL, so MapLibre draws labels with the browser's local fonts, and no tiles:
// everything on the map comes from the app's own origin.
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { STANCES } from '../domain/claims/vocabulary';
import { STANCE_DASH } from '../domain/relations/arcStyle';

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

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/** The broken-line dash of severed relations, from the relations module's table. */
const BROKEN_DASH = STANCE_DASH.severed;

/** The image name of the direction mark drawn in a stance's colour. */
export const markImage = (stance: string) => `direction-${stance}`;

export function baseStyle(): StyleSpecification {
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': COLOURS.sea } },
    {
      id: 'country-fill',
      type: 'fill',
      source: 'countries',
      paint: {
        'fill-color': ['case', ['boolean', ['feature-state', 'selected'], false], COLOURS.landSelected, COLOURS.land],
      },
    },
    {
      id: 'country-border',
      type: 'line',
      source: 'countries',
      paint: { 'line-color': COLOURS.border, 'line-width': 0.6 },
    },
    {
      id: 'arc-casing',
      type: 'line',
      source: 'arcs',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': ['+', ['get', 'width'], 2], 'line-opacity': ['*', 0.6, ['get', 'opacity']] },
    },
    {
      id: 'arc-solid',
      type: 'line',
      source: 'arcs',
      filter: ['==', ['get', 'broken'], 0],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': ['get', 'colour'], 'line-width': ['get', 'width'], 'line-opacity': ['get', 'opacity'] },
    },
    {
      id: 'arc-broken',
      type: 'line',
      source: 'arcs',
      filter: ['==', ['get', 'broken'], 1],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['get', 'colour'],
        'line-width': ['get', 'width'],
        'line-opacity': ['get', 'opacity'],
        'line-dasharray': ['literal', BROKEN_DASH],
      },
    },
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
      paint: { 'icon-opacity': ['min', 1, ['+', 0.15, ['get', 'opacity']]] },
    },
    {
      id: 'country-markers',
      type: 'circle',
      source: 'labels',
      filter: ['==', ['get', 'kind'], 'marker'],
      paint: {
        'circle-radius': 4,
        'circle-color': COLOURS.land,
        'circle-stroke-color': COLOURS.border,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'actor-markers',
      type: 'circle',
      source: 'actors',
      paint: {
        'circle-radius': 5,
        'circle-color': '#ffffff',
        'circle-stroke-color': COLOURS.nonState,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'country-labels',
      type: 'symbol',
      source: 'labels',
      filter: ['>=', ['zoom'], ['get', 'minzoom']],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, ['case', ['==', ['get', 'involved'], 1], 12, 10], 4, 13, 6, 15],
        'text-max-width': 7,
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.5,
        'text-padding': 3,
        'text-allow-overlap': false,
        'text-optional': false,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': ['case', ['==', ['get', 'involved'], 1], '#111111', COLOURS.label],
        'text-halo-color': COLOURS.halo,
        'text-halo-width': 1.2,
      },
    },
    {
      id: 'actor-labels',
      type: 'symbol',
      source: 'actors',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 12,
        'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
        'text-radial-offset': 0.7,
        'text-allow-overlap': false,
      },
      paint: { 'text-color': COLOURS.nonState, 'text-halo-color': COLOURS.halo, 'text-halo-width': 1.5 },
    },
  ];
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: empty(), promoteId: 'code' },
      labels: { type: 'geojson', data: empty(), promoteId: 'code' },
      arcs: { type: 'geojson', data: empty() },
      marks: { type: 'geojson', data: empty() },
      actors: { type: 'geojson', data: empty() },
    },
    layers,
  };
}

/** The layers a click on which selects a country. */
export const COUNTRY_LAYERS = ['country-fill', 'country-labels', 'country-markers'] as const;
export const ACTOR_LAYERS = ['actor-markers', 'actor-labels'] as const;

export { STANCES };
