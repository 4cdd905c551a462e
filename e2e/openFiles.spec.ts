// Opening files never destroys work, and what Entente writes it opens again, also when it is large.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { claimsSnapshot } from '../bench/openBench';
import { exportAs, openApp } from './mapHelpers';

test('a snapshot opened over a workspace with an added article asks first, and Add keeps both', async ({ page }) => {
  await openApp(page);
  // An article of the user's own: a colleague's CSV of another article, its text not here.
  const csv = (await exportAs(page, 'CSV of the claims')).text().replaceAll('"pompeo-morocco"', '"our-article"').replaceAll('"seed-', '"ours-');
  const open = async (name: string, text: string) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
    await chooser.setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
    return page.getByRole('dialog', { name: `Open ${name}` });
  };
  await (await open('ours.csv', csv)).getByRole('button', { name: 'Add to my workspace' }).click();
  const entries = page.locator('.article-list li');
  await expect(entries).toHaveCount(2);
  // A colleague's snapshot of a third article.
  const theirs = JSON.parse((await exportAs(page, 'Share as file: your data and this view (snapshot)')).text());
  theirs.articles = theirs.articles.filter((a: { id: string }) => a.id === 'pompeo-morocco').map((a: object) => ({ ...a, id: 'their-article', title: 'Their reading' }));
  theirs.claims = theirs.claims.filter((c: { articleId: string }) => c.articleId === 'pompeo-morocco').map((c: { id: string }) => ({ ...c, id: `theirs-${c.id}`, articleId: 'their-article' }));
  theirs.review = {};
  const choice = await open('theirs.json', JSON.stringify(theirs));
  await expect(choice).toContainText('It holds 1 article and 27 claims, with its own view. Your workspace has 2 articles and 54 claims.');
  await choice.getByRole('button', { name: 'Add to my workspace' }).click();
  await expect(entries).toHaveCount(3);
  await expect(entries).toContainText(['Pompeo visits Morocco, discusses Iran', 'Claims of “our-article”, from ours.csv', 'Their reading']);
  await expect(page.getByTestId('relation-count')).toContainText('81 claims on the map, in 3 articles');
});

test('a snapshot of 50,000 claims opens (read in a worker, with its step on screen and a cancel that changes nothing) and is written again the same', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  const big = claimsSnapshot(50_000, 'big', 5);
  const choose = async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
    await chooser.setFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(big) });
  };
  // While the worker reads it, the page says which file and how large; cancelling changes nothing.
  await choose();
  const banner = page.getByTestId('file-reading');
  await expect(banner).toContainText(/big\.json \(\d+\.\d MB\)/);
  await banner.getByRole('button', { name: 'cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opening big.json was cancelled; nothing was changed.' })).toBeVisible();
  await expect(page.getByTestId('map')).toHaveAttribute('data-arc-count', '10');
  await choose();
  await page.getByRole('dialog', { name: 'Open big.json' }).getByRole('button', { name: 'Replace my workspace (and view)' }).click({ timeout: 120_000 });
  await expect(page.getByTestId('relation-count')).toContainText('50,000 claims on the map', { timeout: 120_000 });
  const written = JSON.parse(readFileSync((await exportAs(page, 'Share as file: your data and this view (snapshot)')).path, 'utf8'));
  const original = JSON.parse(big);
  expect(written.claims).toEqual(original.claims);
  expect(written.articles).toEqual(original.articles);
});
