// Benchmarks of the map in headless Chromium, against the production build:
// - map scale: the time to draw one frame while panning, with workspaces of 0, 1k, 2k, 5k and 20k
//   relations (20k is about every pair of states), as a ratio to the frame with none in the same run;
// - interaction: a click on a country to its panel painted, and a timeline move to the arcs redrawn.
// Workspaces are snapshots from a seeded generator, opened the way a user opens one (dropped on the
// map); the drawing is MapLibre's own, in software GL (SwiftShader), read back so that the GPU work
// is in the figure.
import { readFileSync } from 'node:fs';
import type { Browser, JSHandle, Page } from '@playwright/test';
import { random } from './generateWorkspace';
import { type Figure, round, summary } from './measure';

export const BUDGET_PAN_RATIO = 2;
export const BUDGET_INTERACTION_MS = 100;

/** Every state (and territory) the map has a place for, from the built countries asset. */
export function mapCodes(): string[] {
  const topo = JSON.parse(readFileSync('public/countries.topo.json', 'utf8')) as { objects: { labels: { geometries: { properties: { code: string } }[] } } };
  return topo.objects.labels.geometries.map((g) => g.properties.code).filter((c) => /^[A-Z]{3}$/.test(c));
}

/**
 * A snapshot with `pairs` relations between real places, shaped as wire copy is: a few hubs with many
 * relations (sampled Zipf-like first, then the rest of the pairs at random), and a few pairs with
 * several claims. Claims are as short as the format allows (20,000 relations stay under 5 MB).
 */
export function scaleSnapshot(pairs: number, seed = 3): string {
  const rand = random(seed);
  const codes = mapCodes();
  const all: [string, string][] = [];
  for (let i = 0; i < codes.length; i++) for (let j = i + 1; j < codes.length; j++) all.push([codes[i]!, codes[j]!]);
  // Hubs first: weight each pair by the product of its places' Zipf weights, and take the heaviest with noise.
  const weight = (c: string) => 1 / (codes.indexOf(c) + 1) ** 0.8;
  const scored = all.map((p) => ({ p, s: weight(p[0]) * weight(p[1]) * (0.2 + rand()) }));
  scored.sort((x, y) => y.s - x.s);
  const chosen = scored.slice(0, pairs).map((x) => x.p);
  // The chosen pairs in order; the first fiftieth (the hubs) with one to three claims each.
  function* claimPairs(): Generator<[string, string]> {
    for (const [i, pair] of chosen.entries()) {
      const n = i < pairs / 50 ? 1 + Math.floor(rand() * 3) : 1;
      for (let k = 0; k < n; k++) yield pair;
    }
  }
  // Claims start in a month of 2000–2023, so that a move of the timeline changes some relations.
  return quotingSnapshot(claimPairs(), { rand, ids: 'c', articles: 'g', title: () => `${pairs} generated relations`, attribution: 'g', datePrecision: 7 });
}

/**
 * A snapshot of one claim per pair given (in that order), in a hundred articles whose words are the
 * claims' ids: each claim quotes a word of its own, as a real claim quotes its sentence. Stances,
 * directions, certainties and dates (in 2000–2023, to `datePrecision` characters) are drawn from `rand`.
 */
export function quotingSnapshot(
  pairs: Iterable<[string, string]>,
  o: { rand: () => number; ids: string; articles: string; title: () => string; attribution: string; datePrecision: 7 | 10 },
): string {
  const { rand } = o;
  const stances = ['cooperative', 'warming', 'tense', 'severed', 'hostile'];
  const certainties = ['stated', 'reported', 'alleged', 'unconfirmed'];
  const claims: object[] = [];
  const texts: string[][] = Array.from({ length: 100 }, () => []);
  const lengths = new Array<number>(100).fill(0);
  for (const [a, b] of pairs) {
    const id = `${o.ids}${claims.length}`;
    const article = claims.length % 100;
    const start = lengths[article]!;
    texts[article]!.push(id);
    lengths[article] = start + id.length + 1;
    claims.push({
      id,
      articleId: `${o.articles}${article}`,
      ...(rand() < 0.5 ? { subject: a, object: b } : { subject: b, object: a }),
      stance: stances[Math.floor(rand() ** 1.3 * stances.length)],
      directed: rand() < 0.5,
      when: { kind: 'point', at: new Date(Date.UTC(2000, 0, 1) + Math.floor(rand() * 24 * 365) * 86_400_000).toISOString().slice(0, o.datePrecision) },
      certainty: certainties[Math.floor(rand() * certainties.length)],
      attribution: o.attribution,
      evidence: { quote: id, start, end: start + id.length },
    });
  }
  return JSON.stringify({
    format: 'entente-snapshot',
    version: 1,
    articles: texts.map((words, i) => ({ id: `${o.articles}${i}`, title: `${o.title()}, part ${i + 1}`, published: '2024-06-01', source: 'bench', text: words.join(' ') })),
    claims,
    view: { center: [10, 20], zoom: 1.3 },
    state: { asOf: '2024-06-01', selection: null, hiddenStances: [], hiddenCertainties: [], view: 'map' },
  });
}

/** Until the map is idle (a repaint is asked for, so that 'idle' comes when it was idle already). */
export async function waitIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __ententeMap: { loaded(): boolean; areTilesLoaded(): boolean; once(e: string, f: () => void): void; triggerRepaint(): void } }).__ententeMap;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** A file in the page, ready to drop (made before a timed drop, so that copying it in is not timed). */
export function fileToDrop(page: Page, name: string, content: string | Buffer): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle(
    ({ name, base64 }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name));
      return transfer;
    },
    { name, base64: Buffer.from(content).toString('base64') },
  );
}

/** Open a file the way a user drops it on the map. */
export async function dropFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.locator('.map-area').dispatchEvent('drop', { dataTransfer: await fileToDrop(page, name, content) });
}

/** Milliseconds to draw one frame, panning east a few degrees each frame; `frames` after a warm-up. */
async function panFrames(page: Page, frames: number): Promise<number[]> {
  return page.evaluate((frames) => {
    const map = (window as unknown as { __ententeMap: { getCenter(): { lng: number; lat: number }; jumpTo(o: object): void; redraw(): void; getCanvas(): HTMLCanvasElement } }).__ententeMap;
    const canvas = map.getCanvas();
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
    const pixel = new Uint8Array(4);
    const start = map.getCenter();
    const times: number[] = [];
    for (let i = 0; i < frames + 5; i++) {
      map.jumpTo({ center: [start.lng + ((i * 7) % 120) - 60, start.lat] });
      const t0 = performance.now();
      map.redraw();
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel); // waits for the GPU process to draw
      if (i >= 5) times.push(performance.now() - t0);
    }
    map.jumpTo({ center: [start.lng, start.lat] });
    return times;
  }, frames);
}

/**
 * From the pointer going down on a country to the panel painted (the frame after it is in the page).
 * On a busy map the click may land on an arc; the panel is then the pair's, which is just as fair.
 */
async function clickToPanel(page: Page, lngLat: [number, number]): Promise<{ inPage: number; painted: number }> {
  // (A click brings the country's partners into view, which may move the map: each click starts from the same camera.)
  type Cam = { center: { lng: number; lat: number }; zoom: number };
  const camera = await page.evaluate(() => {
    const map = (window as unknown as { __ententeMap: { getCenter(): { lng: number; lat: number }; getZoom(): number } }).__ententeMap;
    return { center: map.getCenter(), zoom: map.getZoom() };
  });
  const at = await page.evaluate((p) => (window as unknown as { __ententeMap: { project(p: [number, number]): { x: number; y: number } } }).__ententeMap.project(p), lngLat);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map');
  await page.evaluate(() => {
    const w = window as unknown as { __t0: number; __panel: Promise<{ inPage: number; painted: number }> };
    document.addEventListener('pointerdown', () => (w.__t0 = performance.now()), { capture: true, once: true });
    w.__panel = new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error('no panel 60 s after the click')), 60_000);
      const observer = new MutationObserver(() => {
        if (document.querySelector('section.panel')) {
          observer.disconnect();
          const inPage = performance.now() - w.__t0;
          requestAnimationFrame(() => setTimeout(() => resolve({ inPage, painted: performance.now() - w.__t0 }), 0));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  });
  await page.mouse.click(box.x + at.x, box.y + at.y);
  const ms = await page.evaluate(() => (window as unknown as { __panel: Promise<{ inPage: number; painted: number }> }).__panel);
  await page.keyboard.press('Escape');
  await page.waitForSelector('section.panel', { state: 'detached' });
  await page.evaluate((c: Cam) => {
    const map = (window as unknown as { __ententeMap: { stop(): void; jumpTo(o: object): void } }).__ententeMap;
    map.stop();
    map.jumpTo({ center: [c.center.lng, c.center.lat], zoom: c.zoom });
  }, camera);
  await waitIdle(page);
  return ms;
}

/** From a key press on the timeline (a month back or on) to the map drawn with the new date's arcs. */
async function timelineToArcs(page: Page, key: 'ArrowLeft' | 'ArrowRight'): Promise<{ inPage: number; painted: number }> {
  const slider = page.getByRole('slider', { name: 'Date the relations are drawn as of' });
  await slider.focus();
  await page.evaluate(() => {
    const w = window as unknown as {
      __t0: number;
      __drawn: Promise<{ inPage: number; painted: number }>;
      __ententeMap: { on(e: string, f: () => void): void; off(e: string, f: () => void): void };
    };
    document.addEventListener('keydown', () => (w.__t0 = performance.now()), { capture: true, once: true });
    w.__drawn = new Promise((resolve) => {
      // The controller marks each hand-over of arcs on the map's element (data-arcs-version, and
      // data-arcs-sent: 'replace', 'diff' or 'none'); then 'idle' once they are drawn.
      const element = document.querySelector('[data-testid="map"]') as HTMLElement;
      let handed = -1;
      const onIdle = () => {
        w.__ententeMap.off('idle', onIdle);
        resolve({ inPage: handed, painted: performance.now() - w.__t0 });
      };
      const observer = new MutationObserver(() => {
        observer.disconnect();
        handed = performance.now() - w.__t0;
        if (element.dataset.arcsSent === 'none') resolve({ inPage: handed, painted: handed });
        else w.__ententeMap.on('idle', onIdle);
      });
      observer.observe(element, { attributes: true, attributeFilter: ['data-arcs-version'] });
    });
  });
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { __drawn: Promise<{ inPage: number; painted: number }> }).__drawn);
}

export async function interactionFigures(page: Page, size: string, runs = 5): Promise<Figure[]> {
  const clicks: { inPage: number; painted: number }[] = [];
  for (let i = 0; i < runs; i++) clicks.push(await clickToPanel(page, [-6.3, 32.3]));
  const moves: { inPage: number; painted: number }[] = [];
  for (let i = 0; i < runs; i++) moves.push(await timelineToArcs(page, i % 2 ? 'ArrowRight' : 'ArrowLeft'));
  const c = summary(clicks.map((x) => x.painted));
  const m = summary(moves.map((x) => x.painted));
  const budget = (median: number) => ({ limit: BUDGET_INTERACTION_MS, pass: median < BUDGET_INTERACTION_MS, text: `< ${BUDGET_INTERACTION_MS} ms` });
  return [
    {
      figure: 'click on a country to its panel painted',
      size,
      unit: 'ms',
      ...c,
      extra: { 'panel in the page (before paint) ms': round(summary(clicks.map((x) => x.inPage)).median, 1) },
      budget: budget(c.median),
    },
    {
      figure: 'timeline move (a month) to arcs drawn',
      size,
      unit: 'ms',
      ...m,
      extra: { 'arcs handed to the map ms': round(summary(moves.map((x) => x.inPage)).median, 1) },
      budget: budget(m.median),
    },
  ];
}

/** Fitting the view to a selection must start within this much page work (issue 16). */
export const BUDGET_FIT_MS = 16;

/**
 * From Enter in the search box to the start of the move that brings what was found into view: the
 * page's work before the animation starts (the selection, its partners, the fit), for a few countries.
 */
async function fitFigure(page: Page): Promise<Figure> {
  const times: number[] = [];
  for (const name of ['Brazil', 'Japan', 'Israel', 'Canada', 'Australia', 'Morocco', 'Chile']) {
    const search = page.getByRole('combobox', { name: 'Find a country or actor' });
    await search.fill(name);
    await page.getByRole('option').first().waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __fit: number | null; __t0: number; __ententeMap: { once(e: string, f: () => void): void } };
      w.__fit = null;
      document.querySelector('[role="combobox"]')?.addEventListener('keydown', () => (w.__t0 = performance.now()), { capture: true, once: true });
      w.__ententeMap.once('movestart', () => (w.__fit = performance.now() - w.__t0));
    });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __fit: number | null }).__fit !== null, null, { timeout: 10_000 });
    times.push(await page.evaluate(() => (window as unknown as { __fit: number }).__fit));
    await waitIdle(page);
  }
  const s = summary(times);
  return { figure: 'search to the view moving (page work before the animation)', size: 'seed article, 7 countries', unit: 'ms', ...s, budget: { limit: BUDGET_FIT_MS, pass: s.median < BUDGET_FIT_MS, text: `< ${BUDGET_FIT_MS} ms` } };
}

export async function benchMap(browser: Browser, url: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
  figures.push(...(await interactionFigures(page, 'seed article')));
  figures.push(await fitFigure(page));
  await page.goto(url);
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
  console.error('  map bench: interaction on the seed measured');

  // Frame times, each size in the same page, then the whole round again, so that drift shows.
  const sizes = [0, 1000, 2000, 5000, 20_000];
  const perSize = new Map<number, { times: number[]; drawn: string; note: string }>();
  for (let round = 0; round < 2; round++) {
    for (const pairs of sizes) {
      if (pairs === 0) {
        // The seed with every stance hidden by the legend: the same map, no arcs.
        await page.goto(`${url}#map=1.3/20/10&hide=cooperative,warming,tense,severed,hostile`);
        await page.reload();
      } else {
        await dropFile(page, `scale-${pairs}.json`, scaleSnapshot(pairs));
        await page.getByRole('dialog', { name: `Open scale-${pairs}.json` }).getByRole('button', { name: 'Replace my workspace (and view)' }).click();
        await page.waitForFunction((n) => document.querySelector('.article-title')?.textContent?.includes('100 articles') && document.querySelector('.articles')?.textContent?.includes(`${n} generated relations`), pairs, { timeout: 120_000 });
      }
      await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
      // (Every stage caught up with the workspace just opened: its arcs, not the last one's, are panned.)
      await page.waitForSelector('[data-content-settled="true"]', { timeout: 120_000 });
      await waitIdle(page);
      const times = await panFrames(page, 30);
      console.error(`  map bench: ${pairs} relations, round ${round + 1}: median frame ${summary(times).median.toFixed(1)} ms`);
      const drawn = (await page.getByTestId('map').getAttribute('data-arc-count')) ?? '?';
      const note = (await page.getByTestId('detail-note').textContent({ timeout: 100 }).catch(() => '')) ?? '';
      const entry = perSize.get(pairs) ?? { times: [], drawn, note };
      entry.times.push(...times);
      perSize.set(pairs, entry);
      if (round === 1 && pairs === 20_000) {
        figures.push(...(await interactionFigures(page, '20,000 relations')));
        // The same moves with the whole arc source replaced each time (the map's 'replace' mode), to
        // compare with handing it only the arcs that changed (the default).
        await page.goto(`${url}?arcs=replace#map=1.3/20/10`);
        await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
        await waitIdle(page);
        const moves: { inPage: number; painted: number }[] = [];
        for (let i = 0; i < 5; i++) moves.push(await timelineToArcs(page, i % 2 ? 'ArrowRight' : 'ArrowLeft'));
        const m = summary(moves.map((x) => x.painted));
        figures.push({
          figure: 'timeline move (a month) to arcs drawn, whole source replaced',
          size: '20,000 relations',
          unit: 'ms',
          ...m,
          extra: { 'arcs handed to the map ms': Math.round(summary(moves.map((x) => x.inPage)).median * 10) / 10 },
        });
        await page.goto(url);
      }
      if (pairs === 0) await page.goto(url); // drop the filters before the next workspace
    }
  }
  // The same on the globe (issue 16): no arcs, then 20,000 relations, panned at world zoom.
  const globe = new Map<number, { times: number[]; drawn: string }>();
  for (const pairs of [0, 20_000]) {
    if (pairs === 0) {
      await page.goto(`${url}#map=1.9/20/10&hide=cooperative,warming,tense,severed,hostile&proj=globe`);
      await page.reload();
    } else {
      await page.goto(`${url}#map=1.9/20/10&proj=globe`);
      await page.reload();
      await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
      await dropFile(page, `scale-${pairs}.json`, scaleSnapshot(pairs));
      await page.getByRole('dialog', { name: `Open scale-${pairs}.json` }).getByRole('button', { name: 'Replace my workspace (and view)' }).click();
      await page.waitForFunction((n) => document.querySelector('.articles')?.textContent?.includes(`${n} generated relations`), pairs, { timeout: 120_000 });
      // (A snapshot restores its own view, flat: the globe again, as a reader would switch it back.)
      const globeSwitch = page.getByRole('button', { name: 'Globe' });
      if ((await globeSwitch.getAttribute('aria-pressed')) !== 'true') await globeSwitch.click();
      // ... and at the same camera as the globe without arcs (the snapshot's own view is another
      // zoom: a smaller globe is fewer pixels to draw, and the ratio would flatter the arcs).
      await page.evaluate(() => (window as unknown as { __ententeMap: { jumpTo(o: { center: [number, number]; zoom: number }): void } }).__ententeMap.jumpTo({ center: [10, 20], zoom: 1.9 }));
    }
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
    await page.waitForSelector('[data-content-settled="true"]', { timeout: 120_000 });
    await waitIdle(page);
    const times = [...(await panFrames(page, 30)), ...(await panFrames(page, 30))];
    const zoom = await page.evaluate(() => (window as unknown as { __ententeMap: { getZoom(): number } }).__ententeMap.getZoom());
    console.error(`  map bench: globe, ${pairs} relations, zoom ${zoom.toFixed(2)}: median frame ${summary(times).median.toFixed(1)} ms`);
    globe.set(pairs, { times, drawn: (await page.getByTestId('map').getAttribute('data-arc-count')) ?? '?' });
    if (pairs === 0) await page.goto(url);
  }
  const globeBase = summary(globe.get(0)!.times).median;
  for (const [pairs, { times, drawn }] of globe) {
    const s = summary(times);
    figures.push({
      figure: 'frame time while panning the globe (world zoom)',
      size: pairs === 0 ? 'no arcs' : `${pairs.toLocaleString('en')} relations`,
      unit: 'ms',
      ...s,
      extra: { 'ratio to no arcs': round(s.median / globeBase), 'arcs drawn': drawn },
      ...(pairs > 0 ? { budget: { limit: BUDGET_PAN_RATIO, pass: s.median / globeBase <= BUDGET_PAN_RATIO, text: `≤ ${BUDGET_PAN_RATIO}× no arcs` } } : {}),
    });
  }
  const base = summary(perSize.get(0)!.times).median;
  for (const pairs of sizes) {
    const { times, drawn, note } = perSize.get(pairs)!;
    const s = summary(times);
    const ratio = s.median / base;
    figures.push({
      figure: 'frame time while panning (world zoom)',
      size: pairs === 0 ? 'no arcs' : `${pairs.toLocaleString('en')} relations`,
      unit: 'ms',
      ...s,
      extra: { 'ratio to no arcs': round(ratio), 'arcs drawn': drawn, ...(note ? { note: note.trim().replace(/\s+/g, ' ') } : {}) },
      ...(pairs > 0 ? { budget: { limit: BUDGET_PAN_RATIO, pass: ratio <= BUDGET_PAN_RATIO, text: `≤ ${BUDGET_PAN_RATIO}× no arcs` } } : {}),
    });
  }
  await context.close();
  return figures;
}
