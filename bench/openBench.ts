// Opening a large snapshot in the browser (issue 15): a workspace of 20,000 claims, then a snapshot
// of 50,000 more opened with the file picker and added to it. From the file chosen to the map idle with the merged
// workspace drawn (the Add click included), the longest main-thread task meanwhile, and the main
// thread's peak JS heap (the file is read and checked in a worker, whose heap is its own).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { random } from './generateWorkspace';
import { mapCodes, quotingSnapshot, waitIdle } from './mapBench';
import type { Figure } from './measure';

export const BUDGET_LONG_TASK_MS = 100;
export const BUDGET_HEAP_MB = 300;

/** A snapshot of `count` claims between real places (ids `${prefix}…`), in 100 articles that quote each claim's id. */
export function claimsSnapshot(count: number, prefix: string, seed: number): string {
  const rand = random(seed);
  const codes = mapCodes();
  const pick = () => codes[Math.floor(codes.length * rand() ** 2)]!;
  function* randomPairs(): Generator<[string, string]> {
    for (let n = 0; n < count; ) {
      const a = pick();
      const b = pick();
      if (a === b) continue;
      n++;
      yield [a, b];
    }
  }
  return quotingSnapshot(randomPairs(), { rand, ids: prefix, articles: `${prefix}-article-`, title: () => `${count} generated claims (${prefix})`, attribution: 'generated', datePrecision: 10 });
}

/** Open a file with the header's Open… (a file picker), so that its bytes never pass through the page's JS heap. */
async function open(page: Page, name: string, content: string, choice: 'Add to my workspace' | 'Replace my workspace (and view)', claims: number): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'entente-bench-')), name);
  writeFileSync(path, content);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles(path);
  await page.getByRole('dialog', { name: `Open ${name}` }).getByRole('button', { name: choice }).click({ timeout: 120_000 });
  // The side bar counts the claims on the map once the workspace holds them.
  await page.waitForFunction((n) => (document.querySelector('[data-testid="relation-count"]')?.textContent ?? '').includes(`${n.toLocaleString('en')} claims`), claims, { timeout: 120_000 });
  // Then every stage of the map's content (index, fold, arcs, timeline marks) caught up, and the map drew it.
  await page.waitForSelector('[data-content-settled="true"]', { timeout: 120_000 });
  await waitIdle(page);
}

export async function benchOpen(browser: Browser, url: string): Promise<Figure[]> {
  const base = claimsSnapshot(20_000, 'w', 11);
  const big = claimsSnapshot(50_000, 'b', 12);
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
  await open(page, 'workspace.json', base, 'Replace my workspace (and view)', 20_000);
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __heap: number };
    w.__longest = 0;
    w.__heap = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
    const sample = () => (w.__heap = Math.max(w.__heap, (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize));
    setInterval(sample, 50);
    sample();
  });
  const t0 = Date.now();
  await open(page, 'colleague.json', big, 'Add to my workspace', 70_000);
  const ms = Date.now() - t0;
  const { longest, heap } = await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __heap: number };
    return { longest: w.__longest, heap: w.__heap };
  });
  await page.close();
  const heapMb = Math.round(heap / 1e6);
  return [
    {
      figure: 'open and add a snapshot (file chosen to map idle, Add clicked)',
      size: `50,000 claims (${(big.length / 1e6).toFixed(1)} MB) into 20,000`,
      unit: 'ms',
      median: ms,
      min: ms,
      max: ms,
      extra: { 'longest main-thread task ms': Math.round(longest), 'peak main-thread JS heap MB': heapMb },
      budget: {
        limit: BUDGET_LONG_TASK_MS,
        pass: longest <= BUDGET_LONG_TASK_MS && heapMb < BUDGET_HEAP_MB,
        text: `no task > ${BUDGET_LONG_TASK_MS} ms, heap < ${BUDGET_HEAP_MB} MB`,
      },
    },
  ];
}
