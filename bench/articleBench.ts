// Reading an article in the browser: a 2,000-word article pasted into the dialog, from "Extract
// claims" to its review on screen. Cold is the first reading of a page (the extraction worker, the
// NLP model and the lexicon load then); warm is a second article in the same page.
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

async function readOne(page: Page, n: number): Promise<number> {
  const { title, text } = article(n);
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Published').fill('2019-12-06');
  const t0 = Date.now();
  await dialog.getByRole('button', { name: 'Extract claims' }).click();
  await page.getByRole('region', { name: `Review: ${title}` }).waitFor({ timeout: 60_000 });
  return Date.now() - t0;
}

export async function benchArticle(browser: Browser, url: string): Promise<Figure[]> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
    cold.push(await readOne(page, 1));
    warm.push(await readOne(page, 2));
    await page.close();
  }
  const figure = (name: string, times: number[]): Figure => {
    const s = summary(times);
    return { figure: `article read in the browser, ${name}`, size: `${WORDS} words`, unit: 'ms', ...s, budget: { limit: BUDGET_ARTICLE_MS, pass: s.median < BUDGET_ARTICLE_MS, text: `< ${BUDGET_ARTICLE_MS} ms` } };
  };
  return [figure('cold (worker, model and lexicon load)', cold), figure('warm', warm)];
}
