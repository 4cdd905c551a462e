// Benchmarks in headless Chromium against the production build: start-up to the first complete
// render of the seed, and PNG export of a 1280x720 map view at 2x.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { benchArticle } from './articleBench';
import { benchGdelt } from './gdeltBench';
import { benchMap } from './mapBench';
import { benchOpen } from './openBench';
import { buildBarePage } from './barePage';
import { benchSize } from './sizeBench';
import { type Figure, round, summary } from './measure';

const PORT = 4179;
const URL = `http://localhost:${PORT}/`;
export const BUDGET_STARTUP_MS = 2000;
export const BUDGET_PNG_MS = 2000;
/** Start-up at most this many times a bare MapLibre page's (issue 14). */
export const BUDGET_STARTUP_RATIO = 1.15;

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

async function mapReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
}

/** Resize the window so that the map itself is `width` × `height` CSS pixels. */
async function sizeMap(page: Page, width: number, height: number): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const map = await page.getByTestId('map').evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }));
    const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
    if (map.w === width && map.h === height) return;
    await page.setViewportSize({ width: viewport.width + width - map.w, height: viewport.height + height - map.h });
    await page.waitForTimeout(300);
  }
}

/** `part`: one of 'startup', 'png', 'map', 'gdelt', 'article', 'open' to run only that part; all of them when absent. */
export async function benchBrowser(part?: string): Promise<Figure[]> {
  const runs = (name: string) => !part || part === name;
  // Sizes are those of the production build; timings run on the test build (the same build with the
  // map's test handle, which the benches read).
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--mode', 'test', '--outDir', 'dist-test', '--logLevel', 'warn'], { stdio: 'inherit' });
  const bare = await buildBarePage('dist-test');
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--outDir', 'dist-test', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  const figures: Figure[] = [...benchSize()];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await waitForServer(URL, 30_000);
    if (runs('startup')) {
    // Start-up: navigation to the map idle with the seed's arcs, in a fresh page each time, and the
    // same for a bare MapLibre page of the same countries asset (one fill, one line layer), loaded
    // alternately: the ratio of the two is the figure (absolute times here are noise).
    const startups: number[] = [];
    const bareStartups: number[] = [];
    let heap = 0;
    // (Also timed in the page, from its navigation to the ready mark: the wall clock includes starting
    // a page's process, which here varies by up to half a second from one load to the next.)
    const inPage = new Map<string, number[]>();
    const load = async (url: string): Promise<number> => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.addInitScript(() => {
        const w = window as unknown as { __readyAt?: number };
        new MutationObserver((_, observer) => {
          if (w.__readyAt === undefined && document.querySelector('[data-map-ready="true"]')) {
            w.__readyAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready'] });
      });
      const t0 = Date.now();
      await page.goto(url);
      await mapReady(page);
      const ms = Date.now() - t0;
      const readyAt = await page.evaluate(() => (window as unknown as { __readyAt?: number }).__readyAt ?? NaN);
      inPage.set(url, [...(inPage.get(url) ?? []), readyAt]);
      if (url === URL) heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
      await page.close();
      return ms;
    };
    for (let i = 0; i < 7; i++) {
      startups.push(await load(URL));
      bareStartups.push(await load(`${URL}${bare}`));
    }
    const s = summary(startups.slice(1)); // the first run warms the disk cache
    const b = summary(bareStartups.slice(1));
    const ratio = round(s.median / b.median, 2);
    const pageRatio = round(summary(inPage.get(URL)!.slice(1)).median / summary(inPage.get(`${URL}${bare}`)!.slice(1)).median, 2);
    figures.push({
      figure: 'start-up to first complete render',
      size: 'seed article, 1280x720',
      unit: 'ms',
      ...s,
      extra: { 'JS heap MB': round(heap / 1e6, 1), 'bare MapLibre page ms': b.median },
      budget: { limit: BUDGET_STARTUP_MS, pass: s.median < BUDGET_STARTUP_MS, text: `< ${BUDGET_STARTUP_MS} ms` },
    });
    // The budget is on the ratio timed in the page: the wall clock's share of a page's process start
    // (the same for both pages on average, but half a second in some loads) brings the ratio towards 1.
    figures.push({
      figure: 'start-up, ratio to a bare MapLibre page',
      size: 'same countries asset, one fill + one line layer; navigation to ready in the page, medians of 6 alternate loads',
      unit: '×',
      median: pageRatio,
      min: pageRatio,
      max: pageRatio,
      extra: { 'by the wall clock (page process start included), ratio': ratio },
      budget: { limit: BUDGET_STARTUP_RATIO, pass: pageRatio <= BUDGET_STARTUP_RATIO, text: `≤ ${BUDGET_STARTUP_RATIO}` },
    });
    }
    if (runs('png')) {

    // PNG export at 2x of a 1280x720 map view: from the click to the file.
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1700, height: 1000 } });
    const page = await context.newPage();
    await page.goto(URL);
    await mapReady(page);
    await sizeMap(page, 1280, 720);
    await mapReady(page);
    const times: number[] = [];
    let size = '';
    for (let i = 0; i < 5; i++) {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const t0 = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'PNG image, 2×' }).click()]);
      await download.path();
      times.push(Date.now() - t0);
      size = (await page.getByTestId('export-status').textContent())?.match(/\((\d+×\d+) pixels\)/)?.[1] ?? '?';
      await mapReady(page);
    }
    const p = summary(times);
    figures.push({
      figure: 'PNG export at 2x',
      size: `1280x720 map view -> ${size}`,
      unit: 'ms',
      ...p,
      budget: { limit: BUDGET_PNG_MS, pass: p.median < BUDGET_PNG_MS, text: `< ${BUDGET_PNG_MS} ms` },
    });
    await context.close();
    }
    if (runs('map')) figures.push(...(await benchMap(browser, URL)));
    if (runs('gdelt')) figures.push(...(await benchGdelt(browser, URL)));
    if (runs('article')) figures.push(...(await benchArticle(browser, URL)));
    if (runs('open')) figures.push(...(await benchOpen(browser, URL)));
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
  return figures;
}
