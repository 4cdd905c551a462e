// The map as SVG, drawn with d3-geo in the same Web Mercator view as the MapLibre map (MapLibre's
// world is 512 × 2^zoom pixels wide), so that it opens in a vector editor and prints sharp at any
// size: countries, arcs with their colours, patterns, widths and direction marks, labels, and the
// overlay (title, legend, date and source line) that the PNG export draws too.
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { CERTAINTIES, STANCE_TABLE, STANCES } from '../domain/claims/vocabulary';
import type { ArcProperties, DirectionMarkProperties } from '../domain/relations/arcFeatures';
import { CERTAINTY_OPACITY, STANCE_DASH, STANCE_PATTERN_NAME, stanceColour } from '../domain/relations/arcStyle';

export const EXPORT_COLOURS = {
  sea: '#dce8f0',
  land: '#f6f3ec',
  landSelected: '#fde9b8',
  border: '#b8b0a2',
  label: '#333333',
  nonState: '#222222',
};
const FONT = "'DejaVu Sans', 'Noto Sans', Arial, sans-serif";

/** Escape text for SVG: article words are data, never markup. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

export interface ExportLabel {
  name: string;
  at: [number, number];
  kind: 'country' | 'actor';
}

export interface OverlayInfo {
  title: string;
  /** "Relations as of 2019-12-06" */
  dateLine: string;
  /** "Source: … · published … · Map: Natural Earth" */
  sourceLine: string;
  /** Stances and certainties hidden by the filters, to say so in the legend. */
  hiddenStances: readonly string[];
  hiddenCertainties: readonly string[];
}

export interface SvgMapInput extends OverlayInfo {
  width: number;
  height: number;
  center: [number, number];
  zoom: number;
  countries: FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  selectedCountry: string | null;
  /** The arcs on screen, with the opacity they are drawn with. */
  arcs: Feature<LineString, ArcProperties>[];
  marks: Feature<Point, DirectionMarkProperties>[];
  labels: ExportLabel[];
  /** Non-state actors' rings. */
  actors: { name: string; at: [number, number] }[];
  /** The location totals' rings, outermost first (locationTotals.ts); absent in older callers. */
  totals?: { at: [number, number]; radius: number; colour: string; ring: number }[];
}

/** The d3 projection that matches a MapLibre camera (bearing and pitch 0). */
export function mapProjection(width: number, height: number, center: [number, number], zoom: number, offsetX = 0) {
  const worldSize = 512 * 2 ** zoom;
  return geoMercator()
    .scale(worldSize / (2 * Math.PI))
    .center(center)
    .translate([width / 2 + offsetX, height / 2])
    .precision(0.2);
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
/** The box an 11 px label takes, centred on x with its baseline at y (an estimate: 6.2 px a character). */
function textBox(text: string, x: number, y: number): Box {
  const half = (text.length * 6.2) / 2 + 2;
  return { x0: x - half, x1: x + half, y0: y - 11, y1: y + 3 };
}
function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** d3 reads a ring's inside the other way round from RFC 7946 (exterior clockwise): reverse every ring. */
function forD3<P>(feature: Feature<Polygon | MultiPolygon, P>): Feature<Polygon | MultiPolygon, P> {
  const g = feature.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map((r) => [...r].reverse()) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => [...r].reverse())) };
  return { ...feature, geometry };
}

const fmt = (n: number) => (Math.round(n * 100) / 100).toString();

/** The title, legend, date and source line, drawn over a map of `width` × `height`. */
export function overlaySvgContent(width: number, height: number, info: OverlayInfo): string {
  const parts: string[] = [];
  parts.push(`<g class="overlay" font-family="${FONT}">`);
  parts.push(`<rect x="0" y="0" width="${width}" height="34" fill="#ffffff" fill-opacity="0.88"/>`);
  parts.push(`<text class="title" x="12" y="23" font-size="16" font-weight="bold" fill="#111111">${escapeXml(info.title)}</text>`);
  parts.push(
    `<text class="date" x="${width - 12}" y="23" font-size="13" text-anchor="end" fill="#333333">${escapeXml(info.dateLine)}</text>`,
  );
  // Legend: bottom left.
  const rows = STANCES.length + 1 + 1;
  const boxW = 236;
  const boxH = 26 + rows * 17 + 8;
  const x0 = 10;
  const y0 = height - 26 - boxH;
  parts.push(`<g class="legend" transform="translate(${x0},${y0})">`);
  parts.push(`<rect width="${boxW}" height="${boxH}" rx="5" fill="#ffffff" fill-opacity="0.92" stroke="#bbbbbb"/>`);
  parts.push(`<text x="10" y="18" font-size="12" font-weight="bold" fill="#111111">Legend</text>`);
  STANCES.forEach((stance, i) => {
    const y = 34 + i * 17;
    const dash = STANCE_DASH[stance].map((d) => fmt(Math.max(d, 0.01) * 3)).join(' ');
    const hidden = info.hiddenStances.includes(stance);
    const cap = STANCE_TABLE[stance].cap;
    parts.push(
      `<path class="legend-sample" d="M10 ${y} Q 26 ${y - 5} 42 ${y}" fill="none" stroke="${stanceColour(stance)}" stroke-width="3" stroke-linecap="${cap}"${dash ? ` stroke-dasharray="${dash}"` : ''}${hidden ? ' stroke-opacity="0.25"' : ''}/>`,
    );
    parts.push(
      `<text x="50" y="${y + 4}" font-size="11" fill="${hidden ? '#888888' : '#222222'}">${stance} <tspan fill="#666666">(${STANCE_PATTERN_NAME[stance]})${hidden ? ' hidden' : ''}</tspan></text>`,
    );
  });
  const yc = 34 + STANCES.length * 17;
  const certainties = CERTAINTIES.filter((c) => c !== 'denied');
  certainties.forEach((c, i) => {
    const x = 10 + i * 52;
    parts.push(`<line x1="${x}" y1="${yc}" x2="${x + 14}" y2="${yc}" stroke="#444444" stroke-width="3" stroke-opacity="${CERTAINTY_OPACITY[c]}"/>`);
    parts.push(`<text x="${x + 16}" y="${yc + 3}" font-size="8" fill="${info.hiddenCertainties.includes(c) ? '#999999' : '#333333'}">${c}</text>`);
  });
  const ym = yc + 17;
  parts.push(`<line x1="10" y1="${ym}" x2="36" y2="${ym}" stroke="#444444" stroke-width="2"/>`);
  parts.push(`<path d="M30 ${ym} L22 ${ym - 4} L24 ${ym} L22 ${ym + 4} Z" fill="#444444"/>`);
  parts.push(`<text x="42" y="${ym + 4}" font-size="9.5" fill="#333333">direction · width: claims · ○ non-state</text>`);
  parts.push(`</g>`);
  parts.push(`<rect x="0" y="${height - 20}" width="${width}" height="20" fill="#ffffff" fill-opacity="0.85"/>`);
  parts.push(`<text class="source" x="10" y="${height - 6}" font-size="11" fill="#444444">${escapeXml(info.sourceLine)}</text>`);
  parts.push(`</g>`);
  return parts.join('\n');
}

/** An SVG document holding only the overlay, for drawing over the PNG capture. */
export function overlaySvg(width: number, height: number, info: OverlayInfo): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${overlaySvgContent(width, height, info)}</svg>`;
}

export function svgMap(input: SvgMapInput): string {
  const { width, height, center, zoom } = input;
  const worldSize = 512 * 2 ** zoom;
  const base = mapProjection(width, height, center, zoom);
  // MapLibre repeats the world sideways when it is narrower than the view: draw the copies too.
  const [x0] = base([-180, 0]) as [number, number];
  const offsets: number[] = [];
  for (let k = -3; k <= 3; k++) {
    const left = x0 + k * worldSize;
    if (left < width && left + worldSize > 0) offsets.push(k * worldSize);
  }
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
  );
  out.push(`<title>${escapeXml(input.title)}</title>`);
  out.push(`<defs><clipPath id="view"><rect width="${width}" height="${height}"/></clipPath></defs>`);
  out.push(`<rect class="sea" width="${width}" height="${height}" fill="${EXPORT_COLOURS.sea}"/>`);
  out.push(`<g clip-path="url(#view)">`);
  const shapes = input.countries.features.map(forD3);
  for (const dx of offsets) {
    const path = geoPath(mapProjection(width, height, center, zoom, dx));
    out.push(`<g class="countries" stroke="${EXPORT_COLOURS.border}" stroke-width="0.6">`);
    for (const f of shapes) {
      const d = path(f);
      if (!d) continue;
      const fill = f.properties.code === input.selectedCountry ? EXPORT_COLOURS.landSelected : EXPORT_COLOURS.land;
      out.push(`<path class="country" data-code="${escapeXml(f.properties.code)}" d="${d}" fill="${fill}"/>`);
    }
    out.push(`</g>`);
  }
  // Arcs: one path each (the first world copy that shows it), with a white casing under it.
  const arcPath = geoPath(base);
  out.push(`<g class="arcs" fill="none" stroke-linejoin="round">`);
  for (const arc of input.arcs) {
    const p = arc.properties;
    const d = arcPath(arc);
    if (!d) continue;
    const dash = STANCE_DASH[p.stance];
    const dashAttr = dash.length ? ` stroke-dasharray="${dash.map((x) => fmt(Math.max(x, 0.01) * p.width)).join(' ')}"` : '';
    const cap = STANCE_TABLE[p.stance].cap;
    out.push(
      `<g class="arc" data-pair="${escapeXml(p.key)}" data-stance="${p.stance}">${p.cased === 0 ? '' : `<path class="arc-casing" d="${d}" stroke="#ffffff" stroke-width="${fmt(p.width + 2)}" stroke-opacity="${fmt(0.55 * p.opacity)}" stroke-linecap="round"/>`}<path class="arc-line" d="${d}" stroke="${p.colour}" stroke-width="${fmt(p.width)}" stroke-opacity="${fmt(p.opacity)}" stroke-linecap="${cap}"${dashAttr}/></g>`,
    );
  }
  out.push(`</g>`);
  out.push(`<g class="direction-marks">`);
  for (const mark of input.marks) {
    const xy = base(mark.geometry.coordinates as [number, number]);
    if (!xy || xy[0] < -20 || xy[0] > width + 20 || xy[1] < -20 || xy[1] > height + 20) continue;
    const p = mark.properties;
    out.push(
      `<path class="direction-mark" transform="translate(${fmt(xy[0])},${fmt(xy[1])}) rotate(${fmt(p.bearing)})" d="M0 -6 L5.3 4.6 L0 2.2 L-5.3 4.6 Z" fill="${p.colour}" fill-opacity="${fmt(Math.min(1, p.opacity + 0.15))}" stroke="#ffffff" stroke-width="1"/>`,
    );
  }
  out.push(`</g>`);
  out.push(`<g class="location-totals">`);
  /** The radius of the circle at each point, so that the labels there go below it, as on the map. */
  const circleAt = new Map<string, number>();
  for (const t of input.totals ?? []) {
    const xy = base(t.at);
    if (!xy || xy[0] < -20 || xy[0] > width + 20 || xy[1] < -20 || xy[1] > height + 20) continue;
    if (t.ring === 0) circleAt.set(`${t.at[0]},${t.at[1]}`, Math.max(t.radius, circleAt.get(`${t.at[0]},${t.at[1]}`) ?? 0));
    out.push(
      `<circle cx="${fmt(xy[0])}" cy="${fmt(xy[1])}" r="${fmt(t.radius)}" fill="${t.colour}" fill-opacity="0.92"${t.ring === 0 ? ' stroke="#ffffff" stroke-width="1.2"' : ''}/>`,
    );
  }
  out.push(`</g>`);
  out.push(`<g class="actors">`);
  for (const a of input.actors) {
    const xy = base(a.at);
    if (!xy) continue;
    out.push(`<circle cx="${fmt(xy[0])}" cy="${fmt(xy[1])}" r="5" fill="none" stroke="${EXPORT_COLOURS.nonState}" stroke-width="2"/>`);
  }
  out.push(`</g>`);
  out.push(`<g class="labels" font-size="11" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">`);
  const placed: Box[] = [];
  for (const label of input.labels) {
    const xy = base(label.at);
    if (!xy) continue;
    const circle = circleAt.get(`${label.at[0]},${label.at[1]}`);
    const dy = circle !== undefined ? circle + 12 : label.kind === 'actor' ? 16 : 4;
    // Labels hide rather than overlap, as on the map: the first placed wins.
    const box = textBox(label.name, xy[0], xy[1] + dy);
    if (placed.some((b) => overlaps(b, box))) continue;
    placed.push(box);
    out.push(
      `<text class="label" x="${fmt(xy[0])}" y="${fmt(xy[1] + dy)}" fill="${label.kind === 'actor' ? EXPORT_COLOURS.nonState : EXPORT_COLOURS.label}">${escapeXml(label.name)}</text>`,
    );
  }
  out.push(`</g>`);
  out.push(`</g>`);
  out.push(overlaySvgContent(width, height, input));
  out.push(`</svg>`);
  return `${out.join('\n')}\n`;
}
