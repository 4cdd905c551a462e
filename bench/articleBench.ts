// Reading an article in the browser: a 2,000-word article pasted into the dialog, from "Extract
// claims" to its review on screen. Cold is the first reading of a page (the extraction worker, the
// NLP model and the lexicon load then); warm is a second article in the same page.
//
// Timed in the page, from the click's event to the first frame after the review is in the document;
// the harness's own time (Playwright's checks before it clicks, its polling for the review while the
// map animates its move to the article) is printed beside it, by the wall clock.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { type Figure, summary } from './measure';

/** At most this long to read a 2,000-word article, cold or warm. */
export const BUDGET_ARTICLE_MS = 1000;
const WORDS = 2000;

/** A 2,000-word article: the seed's body, repeated, under a title of its own. */
function article(n: number): { title: string; text: string } {
  const seed = readFileSync(join(process.cwd(), 'src/domain/claims/seed/pompeo-morocco.txt'), 'utf8').split('\n').slice(2).join('\n');
  const words: string[] = [];
  while (words.length < WORDS) words.push(...seed.split(/\s+/).filter(Boolean));
  return { title: `Bench article ${n}`, text: words.slice(0, WORDS).join(' ') };
}

/** Records, in the page, when "Extract claims" is clicked and when each review is first on screen. */
function markReadings(): void {
  const w = window as unknown as { __clickAt?: number; __shownAt?: Record<string, number> };
  w.__shownAt = {};
  document.addEventListener(
    'click',
    (e) => {
      const button = (e.target as Element | null)?.closest?.('button');
      if (button?.textContent?.trim() === 'Extract claims') w.__clickAt = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    for (const region of document.querySelectorAll('[aria-label^="Review: "]')) {
      const title = region.getAttribute('aria-label') ?? '';
      if (w.__shownAt![title] !== undefined) continue;
      w.__shownAt![title] = NaN;
      // On screen: the frame after the review is in the document has been drawn.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (w.__shownAt![title] = performance.now());
        channel.port2.postMessage(null);
      });
    }
  }).observe(document, { subtree: true, childList: true });
}

/** The reading's time in the page, and by the wall clock around Playwright's click and wait. */
async function readOne(page: Page, n: number): Promise<{ inPage: number; wall: number }> {
  const { title, text } = article(n);
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Published').fill('2019-12-06');
  const t0 = Date.now();
  await dialog.getByRole('button', { name: 'Extract claims' }).click();
  await page.getByRole('region', { name: `Review: ${title}` }).waitFor({ timeout: 60_000 });
  const wall = Date.now() - t0;
  const label = `Review: ${title}`;
  await page.waitForFunction((l) => (window as unknown as { __shownAt: Record<string, number> }).__shownAt[l]! > 0, label);
  const inPage = await page.evaluate((l) => {
    const w = window as unknown as { __clickAt: number; __shownAt: Record<string, number> };
    return w.__shownAt[l]! - w.__clickAt;
  }, label);
  return { inPage, wall };
}

export async function benchArticle(browser: Browser, url: string): Promise<Figure[]> {
  const cold: { inPage: number; wall: number }[] = [];
  const warm: { inPage: number; wall: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(markReadings);
    await page.goto(url);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
    cold.push(await readOne(page, 1));
    warm.push(await readOne(page, 2));
    await page.close();
  }
  const figure = (name: string, times: { inPage: number; wall: number }[]): Figure => {
    const s = summary(times.map((t) => t.inPage));
    return {
      figure: `article read in the browser, ${name}`,
      size: `${WORDS} words, click to review on screen, in the page`,
      unit: 'ms',
      ...s,
      extra: { 'by the wall clock (Playwright included), ms': Math.round(summary(times.map((t) => t.wall)).median) },
      budget: { limit: BUDGET_ARTICLE_MS, pass: s.median < BUDGET_ARTICLE_MS, text: `< ${BUDGET_ARTICLE_MS} ms` },
    };
  };
  return [figure('cold (worker, model and lexicon load)', cold), figure('warm', warm)];
}
