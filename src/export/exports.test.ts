import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanSelection, EVENT_WINDOWS, initialState } from '../state/viewState';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import { CERTAINTIES, STANCES } from '../domain/claims/vocabulary';
import { arcFeatures } from '../domain/relations/arcFeatures';
import { FOCUS_DIM } from '../domain/relations/arcStyle';
import { pairKey } from '../domain/relations/pairKey';
import { relationsAsOf } from '../domain/relations/relationsAsOf';
import { arcsGeoJson } from './arcsGeoJson';
import { arcsOnScreen } from './arcsOnScreen';
import { CSV_COLUMNS, claimsCsv, parseCsv } from './claimsTable';
import { exportFileName } from './fileName';
import { readImport } from '../sources/readImport';
import { parseSnapshot } from '../sources/snapshotFile';
import { buildSnapshot, serializeSnapshot, stateOf } from './snapshot';
import { escapeXml, mapProjection, svgMap } from './svgMap';

const published = new Map([[SEED_ARTICLE.id, SEED_ARTICLE.published]]);
const relations = relationsAsOf(SEED_CLAIMS, SEED_ARTICLE.published, published);
const anchors: Record<string, [number, number]> = { MAR: [-6.7, 31.8], IRN: [53.7, 32.5], USA: [-98, 39.9], ISR: [34.9, 30.9], LBN: [36, 34.2], ESH: [-13.7, 21.9], PSE: [35.3, 32.2] };
const homes: Record<string, string> = { hezbollah: 'LBN', polisario: 'ESH', pa: 'PSE' };
const homeOf = (id: string) => homes[id] ?? id;
const drawn = arcFeatures(relations.values(), (id) => anchors[homeOf(id)], homeOf);
const screen = { hiddenStances: [], hiddenCertainties: [], focus: '' };

describe('file names', () => {
  it('say what and when', () => {
    expect(exportFileName('Morocco', '2019-12-06', 'png')).toBe('entente-morocco-2019-12-06.png');
    expect(exportFileName('Iran Morocco', '2019-12-06', 'png', '2x')).toBe('entente-iran-morocco-2019-12-06-2x.png');
    expect(exportFileName('Côte d’Ivoire', '2020-01-01', 'svg')).toBe('entente-cote-d-ivoire-2020-01-01.svg');
    expect(exportFileName('<script>', '2020-01-01', 'svg')).toBe('entente-script-2020-01-01.svg');
  });
});

describe('the CSV of the claims', () => {
  it('holds one row per claim, with its quote, and reads back exactly', () => {
    const rows = parseCsv(claimsCsv(SEED_CLAIMS, [SEED_ARTICLE], (id) => id.toUpperCase()));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(SEED_CLAIMS.length + 1);
    const quote = CSV_COLUMNS.indexOf('quote');
    rows.slice(1).forEach((row, i) => {
      expect(row[0]).toBe(SEED_CLAIMS[i]?.id);
      expect(row[quote]).toBe(SEED_CLAIMS[i]?.evidence.quote); // quotes with "double quotes" and commas survive
    });
  });
});

describe('the GeoJSON of the arcs', () => {
  it('has each drawn arc with its pair, stance, certainty, claim count and claim ids, and the countries involved', () => {
    const arcs = arcsOnScreen(drawn.arcs.features, screen);
    const polygons = new Map(['MAR', 'IRN'].map((code) => [code, { type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [] } }]));
    const fc = arcsGeoJson({ arcs, relations, polygons, homeOf, nameOf: (id) => id, asOf: SEED_ARTICLE.published });
    const arcOut = fc.features.filter((f) => f.properties?.kind === 'arc');
    expect(arcOut).toHaveLength(relations.size);
    const marIrn = arcOut.find((f) => f.properties?.pair === pairKey('MAR', 'IRN'));
    expect(marIrn?.properties).toMatchObject({ stance: 'severed', certainty: 'stated', claim_count: 1, claim_ids: ['seed-11'] });
    expect(fc.features.filter((f) => f.properties?.kind === 'country').map((f) => f.properties?.code)).toEqual(['IRN', 'MAR']);
  });

  it('opens again in Entente: the claims behind its arcs ride along with their article, and written again from what was read it is the same file (property over subsets of the claims)', () => {
    const polygons = new Map<string, never>();
    const write = (claims: typeof SEED_CLAIMS, articles: (typeof SEED_ARTICLE)[]) => {
      const rels = relationsAsOf(claims, SEED_ARTICLE.published, published);
      const arcs = arcsOnScreen(arcFeatures(rels.values(), (id) => anchors[homeOf(id)], homeOf).arcs.features, screen);
      return JSON.stringify(arcsGeoJson({ arcs, relations: rels, polygons, homeOf, nameOf: (id) => id, asOf: SEED_ARTICLE.published, articles }));
    };
    // Any subset of the claims: written, opened, written again, the same file.
    fc.assert(
      fc.property(fc.subarray(SEED_CLAIMS, { minLength: 1 }), (claims) => {
        const written = write(claims, [SEED_ARTICLE]);
        const result = readImport('entente-arcs.geojson', written, () => true);
        if (result.kind === 'refused') {
          // Only when no claim of the subset holds on the date: no arc, nothing to open.
          expect(JSON.parse(written).entente.claims).toEqual([]);
          return;
        }
        expect(result).toMatchObject({ kind: 'claims', problems: [], articles: [SEED_ARTICLE] });
        if (result.kind !== 'claims') return;
        for (const c of result.claims) expect(c).toEqual(SEED_CLAIMS.find((s) => s.id === c.id));
        expect(write(result.claims, result.articles)).toBe(written);
      }),
      { numRuns: 40 },
    );
    // Another tool's GeoJSON has no claims: refused, saying why.
    const other = readImport('roads.geojson', JSON.stringify({ type: 'FeatureCollection', features: [] }), () => true);
    expect(other).toMatchObject({ kind: 'refused', problems: [{ message: expect.stringContaining('this GeoJSON holds no claims') }] });
  });
});

describe('arcsOnScreen', () => {
  it('keeps the arcs that hold on the date and pass the filters, dimmed as the map dims them', () => {
    expect(arcsOnScreen(drawn.arcs.features, { ...screen, hiddenStances: ['severed'] }).some((f) => f.properties.stance === 'severed')).toBe(false);
    expect(arcsOnScreen(drawn.arcs.features, { ...screen, hiddenCertainties: ['alleged'] }).some((f) => f.properties.certainty === 'alleged')).toBe(false);
    const focused = arcsOnScreen(drawn.arcs.features, { ...screen, focus: 'USA' });
    const other = focused.find((f) => f.properties.a !== 'USA' && f.properties.b !== 'USA');
    const original = drawn.arcs.features.find((f) => f.properties.key === other?.properties.key);
    expect(other?.properties.opacity).toBeCloseTo((original?.properties.opacity ?? 0) * FOCUS_DIM, 6);
  });
});

describe('the SVG map', () => {
  const svg = svgMap({
    width: 800,
    height: 500,
    center: [10, 30],
    zoom: 1.5,
    countries: { type: 'FeatureCollection', features: [] },
    selectedCountry: null,
    arcs: arcsOnScreen(drawn.arcs.features, screen),
    marks: arcsOnScreen(drawn.marks.features, screen),
    labels: [{ name: 'Morocco', at: [-6.7, 31.8], kind: 'country' }],
    actors: [],
    totals: [
      { at: [-6.7, 31.8], radius: 13, colour: '#2166ac', ring: 0 },
      { at: [-6.7, 31.8], radius: 6, colour: '#b2182b', ring: 1 },
    ],
    title: 'A <b>title</b> & more',
    dateLine: 'Relations as of 2019-12-06',
    sourceLine: 'Source',
    hiddenStances: [],
    hiddenCertainties: [],
  });

  it('draws one path group per arc, with each stance’s pattern', () => {
    expect(svg.match(/<g class="arc" /g)).toHaveLength(relations.size);
    expect(svg).toMatch(/data-stance="severed"><path class="arc-casing"[^>]*\/><path class="arc-line"[^>]*stroke-dasharray=/);
  });

  it('draws the location circles as the map does, with the name below its circle', () => {
    const circles = [...svg.matchAll(/<g class="location-totals">([\s\S]*?)<\/g>/g)][0]?.[1] ?? '';
    expect(circles.match(/<circle /g)).toHaveLength(2);
    expect(circles).toMatch(/r="13" fill="#2166ac"[^>]*stroke="#ffffff"/);
    const circleY = Number(/cy="([\d.]+)"/.exec(circles)?.[1]);
    const labelY = Number(/<text class="label" x="[\d.]+" y="([\d.]+)"/.exec(svg)?.[1]);
    expect(labelY - circleY).toBeGreaterThan(13);
  });

  it('holds the legend, the date and the title, with text escaped', () => {
    for (const stance of STANCES) expect(svg).toContain(`>${stance} <tspan`);
    for (const c of CERTAINTIES.filter((x) => x !== 'denied')) expect(svg).toContain(`>${c}</text>`);
    expect(svg).toContain('Relations as of 2019-12-06');
    expect(svg).toContain('A &lt;b&gt;title&lt;/b&gt; &amp; more');
    expect(escapeXml(`"'`)).toBe('&quot;&apos;');
  });

  it('projects as MapLibre does: the world is 512 × 2^zoom pixels wide', () => {
    const p = mapProjection(512, 512, [0, 0], 0);
    expect(p([-180, 0])?.[0]).toBeCloseTo(0, 6);
    expect(p([180, 0])?.[0]).toBeCloseTo(512, 6);
    expect(p([0, 85.0511287798])?.[1]).toBeCloseTo(0, 3);
    expect(mapProjection(800, 600, [0, 0], 2)([90, 0])?.[0]).toBeCloseTo(400 + 512, 6);
  });
});

describe('snapshots', () => {
  const state = initialState(SEED_ARTICLE.published);
  const camera = { center: [-7.1, 31.8] as [number, number], zoom: 4 };

  it('round-trip every generated state exactly', () => {
    const selection = fc.oneof(
      fc.constant(null),
      fc.constantFrom('MAR', 'IRN', 'hezbollah', 'TUV').map((id) => ({ kind: 'country' as const, id })),
      fc.constantFrom(['MAR', 'IRN'], ['ISR', 'MAR'], ['pa', 'MAR']).map(([a, b]) => ({ kind: 'pair' as const, key: pairKey(a!, b!) })),
    );
    const day = fc.date({ min: new Date('1950-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        selection,
        day,
        fc.subarray([...STANCES]),
        fc.subarray([...CERTAINTIES]),
        fc.constantFrom('map' as const, 'list' as const),
        fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true }), fc.double({ min: 0, max: 8, noNaN: true })),
        fc.subarray(SEED_CLAIMS),
        fc.constantFrom('mercator' as const, 'globe' as const),
        fc.oneof(fc.constantFrom(...EVENT_WINDOWS), fc.integer({ min: 1, max: 36_500 })),
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom('both' as const, 'articles' as const, 'events' as const),
        fc.nat({ max: 50 }),
        fc.record({ roots: fc.uniqueArray(fc.integer({ min: 1, max: 20 })), quads: fc.uniqueArray(fc.integer({ min: 1, max: 4 })), rootOnly: fc.boolean(), minSources: fc.integer({ min: 1, max: 99 }) }),
        (sel, asOf, hiddenStances, hiddenCertainties, view, [lng, lat, zoom], claims, projection, eventWindow, minEvents, basis, topPartners, events) => {
          const s = { selection: sel, asOf, hiddenStances, hiddenCertainties, view, projection, eventWindow, minEvents, basis, topPartners, eventSelection: cleanSelection(events) };
          const text = serializeSnapshot(buildSnapshot([SEED_ARTICLE], claims, s, { center: [lng, lat], zoom }));
          const { snapshot, problems } = parseSnapshot(text, 'snap.json');
          expect(problems).toEqual([]);
          expect(snapshot && stateOf(snapshot)).toEqual(s);
          expect(snapshot?.claims).toEqual(claims);
          expect(snapshot?.articles).toEqual([SEED_ARTICLE]);
          expect(snapshot?.view).toEqual({ center: [lng + 0, lat + 0], zoom: zoom + 0 }); // -0 is written as 0
        },
      ),
      { numRuns: 300 },
    );
  });

  const good = serializeSnapshot(buildSnapshot([SEED_ARTICLE], SEED_CLAIMS, state, camera));

  it('say where malformed JSON breaks', () => {
    const broken = good.replace('"version": 1,', '"version": 1,,');
    const { problems } = parseSnapshot(broken, 'snap.json');
    expect(problems[0]?.path).toMatch(/^snap\.json: line 3, column \d+$/);
    expect(parseSnapshot('', 'empty.json').problems[0]?.message).toBe('the file is empty');
  });

  it('name the field that is missing or wrong', () => {
    const value = JSON.parse(good);
    delete value.claims[3].stance;
    value.state.asOf = '2019-02-30';
    const { problems } = parseSnapshot(JSON.stringify(value), 'snap.json');
    expect(problems.map((p) => p.path)).toEqual(['snap.json: claims[3].stance', 'snap.json: state.asOf']);
  });

  it('refuse an unknown format version and a quote that is not in its article', () => {
    expect(parseSnapshot(good.replace('"version": 1', '"version": 7'), 's.json').problems[0]?.message).toContain('version 7 is not one this Entente reads');
    const value = JSON.parse(good);
    value.claims[0].evidence.quote = 'Morocco invaded Spain.';
    value.claims[0].evidence.end = value.claims[0].evidence.start + 22;
    expect(parseSnapshot(JSON.stringify(value), 's.json').problems[0]).toMatchObject({ path: 's.json: claims[0].evidence' });
    expect(parseSnapshot('{"a": 1}', 'x.json').problems[0]?.message).toContain('not an Entente snapshot');
  });
});
