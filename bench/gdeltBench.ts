// Event imports in the browser: a generated day of GDELT events (20k and 200k rows) and a generated
// ICEWS file (200k rows), gzipped and dropped on the map; time from the drop to the map idle with the
// events drawn (the Add click included), and the longest main-thread task meanwhile. With the 200k
// GDELT rows: the event window and the event filters changed, and the busiest country's panel.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { generateGdeltRows, generateIcewsRows } from './generateGdelt';
import { fileToDrop, interactionFigures, waitIdle } from './mapBench';
import { type Figure, round, summary } from './measure';

export const BUDGET_IMPORT_MS = 5000;
export const BUDGET_LONG_TASK_MS = 100;

/** Each state's common name (world-countries), as ICEWS names countries. */
function commonNames(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const world = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as { cca3: string; name: { common: string } }[];
  return new Map(world.map((c) => [c.cca3, c.name.common]));
}

export async function benchGdelt(browser: Browser, url: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const files = [
    ...(process.env.GDELT_QUICK ? [] : [{ format: 'GDELT', rows: 20_000, name: '20191024143000.export.CSV.gz', dialog: /^Open GDELT events/ }]),
    { format: 'GDELT', rows: process.env.GDELT_QUICK ? 20_000 : 200_000, name: '20191024143000.export.CSV.gz', dialog: /^Open GDELT events/ },
    { format: 'ICEWS', rows: 200_000, name: 'icews.events.2015.tab.gz', dialog: /^Open ICEWS events/ },
    // Issue 17's figures for the window, the filters and the panel are "with 200,000 imported events":
    // rows that are all events between states (200,000 GDELT rows keep about 31,000).
    ...(process.env.GDELT_QUICK ? [] : [{ format: 'GDELT', rows: 200_000, name: '20191024143000.export.CSV.gz', dialog: /^Open GDELT events/, between: true }]),
  ];
  // (GDELT_ONLY=ICEWS, for instance, runs only the files of that format.)
  for (const file of files.filter((f) => !process.env.GDELT_ONLY || f.format === process.env.GDELT_ONLY)) {
    const { format, rows, name, dialog } = file;
    const between = 'between' in file && file.between === true;
    const gz = gzipSync(format === 'ICEWS' ? generateIcewsRows(rows, commonNames()) : generateGdeltRows(rows, 7, '20191024143000', between));
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${url}#date=${format === 'ICEWS' ? '2015-12-31' : '2019-10-24'}`);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const drop = await fileToDrop(page, name, gz);
    const t0 = Date.now();
    await page.locator('.map-area').dispatchEvent('drop', { dataTransfer: drop });
    // Read, the events wait for the user's choice: the bench adds them at once.
    await page.getByRole('dialog', { name: dialog }).getByRole('button', { name: 'Add to my workspace' }).click({ timeout: 120_000 });
    await page.waitForSelector('.notice', { timeout: 120_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-arc-count') !== '10', null, { timeout: 120_000 });
    // (The notice comes with the merge; every stage of the map's content then catches up with it, a task or more each.)
    await page.waitForSelector('[data-content-settled="true"]', { timeout: 120_000 });
    await waitIdle(page);
    const ms = Date.now() - t0;
    console.error(`  gdelt bench: ${format} ${rows} rows imported in ${ms} ms`);
    const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
    const arcs = await page.getByTestId('map').getAttribute('data-arc-count');
    figures.push({
      figure: `${format} import (drop to map idle)`,
      size: `${rows.toLocaleString('en')} rows${between ? ' all between states' : ''}, ${(gz.length / 1e6).toFixed(1)} MB gzip`,
      unit: 'ms',
      median: ms,
      min: ms,
      max: ms,
      extra: { 'longest main-thread task ms': Math.round(longest), 'arcs drawn': arcs ?? '?', events: await page.locator('.article-list li').filter({ hasText: `${format} events` }).locator('[data-testid="data-set-counts"]').textContent().then((t) => /([\d,]+) kept/.exec(t ?? '')?.[1] ?? '?') },
      // (Issue 17 asks only that a 200,000-row ICEWS file imports in under 5 s; GDELT's budget since issue 12
      // also has no main-thread task over 100 ms. The ICEWS rows keep four times the events GDELT's do.)
      ...(between
        ? {}
        : format === 'ICEWS'
        ? { budget: { limit: BUDGET_IMPORT_MS, pass: ms < BUDGET_IMPORT_MS, text: `< ${BUDGET_IMPORT_MS} ms` } }
        : rows === 200_000
          ? { budget: { limit: BUDGET_IMPORT_MS, pass: ms < BUDGET_IMPORT_MS && longest <= BUDGET_LONG_TASK_MS, text: `< ${BUDGET_IMPORT_MS} ms, no task > ${BUDGET_LONG_TASK_MS} ms` } }
          : {}),
    });
    // A year of events is on the map now: the timeline moves a month at a time over them.
    if (rows === 200_000 && format === 'GDELT' && !between && !process.env.GDELT_QUICK) figures.push(...(await interactionFigures(page, `${rows.toLocaleString('en')} GDELT rows (${arcs} arcs drawn)`)));
    if ((rows === 200_000 || process.env.GDELT_QUICK) && format === 'GDELT') {
      const events = await page.locator('[data-testid="data-set-counts"]').textContent().then((t) => /([\d,]+) kept/.exec(t ?? '')?.[1] ?? '?');
      figures.push(...(await eventDataFigures(page, `${rows.toLocaleString('en')} GDELT rows, ${events} events`)));
    }
    await page.close();
  }
  return figures;
}

type Timed = { ms: number; painted: number; longest: number };

/**
 * From the event `act` causes (a change or a key press) to what it changes in the page: new arcs handed
 * to the map (its data-arcs-version), or the every-partner list in the panel, seen by a mutation
 * observer as it happens. That is the page's work (`ms`); `painted` is the next frame after it (in
 * SwiftShader a frame of the map alone is 50-100 ms here). And the longest main-thread task meanwhile.
 */
async function timedUntil(page: Page, act: () => Promise<unknown>, until: 'arcs' | 'partners'): Promise<Timed> {
  await page.evaluate((until) => {
    const w = window as unknown as { __t0: number; __longest: number; __done: Promise<{ ms: number; painted: number }> };
    w.__longest = 0;
    w.__t0 = performance.now();
    for (const type of ['change', 'keydown']) document.addEventListener(type, () => (w.__t0 = performance.now()), { capture: true, once: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
    const map = document.querySelector('[data-testid="map"]') as HTMLElement;
    const before = map.dataset.arcsVersion;
    const done = () => (until === 'arcs' ? map.dataset.arcsVersion !== before : document.querySelector('[data-testid="every-partner"] h3') !== null);
    w.__done = new Promise((resolve, reject) => {
      setTimeout(() => reject(new Error(`no ${until} after 60 s`)), 60_000);
      if (done()) reject(new Error(`${until}: already there before the action`));
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        const ms = performance.now() - w.__t0;
        requestAnimationFrame(() => setTimeout(() => resolve({ ms, painted: performance.now() - w.__t0 }), 0));
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-arcs-version'] });
    });
  }, until);
  await act();
  const { ms, painted } = await page.evaluate(() => (window as unknown as { __done: Promise<{ ms: number; painted: number }> }).__done);
  await page.waitForTimeout(300);
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  return { ms, painted, longest };
}

/** Until the map has been handed new arcs. */
const redrawn = (page: Page, act: () => Promise<unknown>) => timedUntil(page, act, 'arcs');

/** Issue 17: the event window changed (a year, 90 days), a filter changed, and the panel of the country with the most partners opened. */
async function eventDataFigures(page: Page, size: string): Promise<Figure[]> {
  const windowMoves: Timed[] = [];
  const picker = page.getByRole('combobox', { name: 'Events counted over' });
  for (let i = 0; i < 6; i++) windowMoves.push(await redrawn(page, () => picker.selectOption(i % 2 === 0 ? '90' : '365')));
  console.error('  gdelt bench: window changes measured');
  // The event filters: QuadClass (which events count, before the fold) and top partners (after it).
  const filterMoves: Timed[] = [];
  const quad = page.getByRole('checkbox', { name: 'material conflict' });
  const top = page.getByRole('combobox', { name: 'Strongest partners per actor' });
  for (let i = 0; i < 3; i++) {
    filterMoves.push(await redrawn(page, () => quad.click()));
    filterMoves.push(await redrawn(page, () => quad.click()));
    filterMoves.push(await redrawn(page, () => top.selectOption(i % 2 === 0 ? '5' : '0')));
  }
  await top.selectOption('0');
  console.error('  gdelt bench: filter changes measured');
  const panels: Timed[] = [];
  const search = page.getByRole('combobox', { name: 'Find a country or actor' });
  let partners = 'United States';
  for (let i = 0; i < 3; i++) {
    await search.fill('United States');
    panels.push(await timedUntil(page, () => page.keyboard.press('Enter'), 'partners'));
    if (i === 0) partners = (await page.getByTestId('every-partner').getByRole('heading', { level: 3 }).textContent()) ?? partners;
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="every-partner"]', { state: 'detached' });
  }
  return [
    pageWork('event filter changed (material conflict on/off, top 5 partners): page work to arcs handed to the map', size, filterMoves, true),
    pageWork('event window changed (a year <-> 90 days): page work to arcs handed to the map', size, windowMoves, true),
    pageWork('country panel with every partner (United States): page work to the list in the page', `${size}; ${partners}`, panels, false),
  ];
}

/** A figure of timed changes: the page's work against 100 ms (and, with `noLongTask`, no task over 100 ms), the next frame beside it. */
function pageWork(figure: string, size: string, timed: Timed[], noLongTask: boolean): Figure {
  const s = summary(timed.map((x) => x.ms));
  const longest = Math.max(...timed.map((x) => x.longest));
  return {
    figure,
    size,
    unit: 'ms',
    ...s,
    extra: { 'painted (next frame) ms': round(summary(timed.map((x) => x.painted)).median, 1), 'longest main-thread task ms': Math.round(longest) },
    budget: noLongTask
      ? { limit: 100, pass: s.median < 100 && longest <= 100, text: '< 100 ms, no task > 100 ms' }
      : { limit: 100, pass: s.median < 100, text: '< 100 ms' },
  };
}
