import { existsSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openApp } from './mapHelpers';

const COMBINED = new URL('../../shared/data/gdelt/gdelt2_events_sample_combined_with_header.tsv.gz', import.meta.url);

async function openCombined(page: Page): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles(COMBINED.pathname);
  await page.getByRole('dialog', { name: /^Open GDELT events/ }).getByRole('button', { name: 'Add to my workspace' }).click({ timeout: 60_000 });
  await expect(page.locator('.notice')).toContainText('2406 events between states added', { timeout: 60_000 });
}

const arcCount = async (page: Page) => Number(await page.getByTestId('map').getAttribute('data-arc-count'));
const relationCount = async (page: Page) => Number(/(\d+) relations?/.exec((await page.getByTestId('relation-count').textContent()) ?? '')?.[1]);

test('event-data filters: each actor’s strongest partners, QuadClass, root events and sources, in the URL and applied to the map, counts and panels', async ({ page }, info) => {
  test.skip(!existsSync(COMBINED), 'needs ../shared/data/gdelt');
  await openApp(page, '#date=2026-06-30');
  await openCombined(page);
  const map = page.getByTestId('map');
  await expect.poll(() => arcCount(page)).toBeGreaterThan(40);
  const arcsAll = await arcCount(page);
  const relationsAll = await relationCount(page);

  // Each actor's 3 strongest partners: fewer arcs and relations, and the United States lists at most 3.
  await page.getByRole('combobox', { name: 'Strongest partners per actor' }).selectOption('3');
  await expect(page).toHaveURL(/top=3/);
  await expect.poll(() => arcCount(page)).toBeLessThan(arcsAll);
  expect(await relationCount(page)).toBeLessThan(relationsAll);
  await page.getByRole('combobox', { name: 'Find a country or actor' }).fill('United States');
  await page.keyboard.press('Enter');
  const usPanel = page.getByRole('region', { name: 'United States', exact: true });
  await expect(usPanel.locator('li.relation').first()).toBeVisible();
  expect(await usPanel.locator('li.relation').count()).toBeLessThanOrEqual(3);
  await info.attach('top-3', { body: await page.screenshot(), contentType: 'image/png' });
  await page.getByRole('combobox', { name: 'Strongest partners per actor' }).selectOption('0');
  await expect(page).not.toHaveURL(/top=/);
  await expect.poll(() => arcCount(page)).toBe(arcsAll);

  // Russia and the United States: 39 events; 6 of them material conflict (QuadClass 4).
  await page.evaluate(() => (window.location.hash = '#pair=RUS|USA&date=2026-06-30'));
  const summary = page.getByTestId('event-summary');
  await expect(summary).toContainText(/^39 GDELT 2\.0 events by this date/);
  await page.getByRole('checkbox', { name: 'material conflict' }).check();
  await expect(page).toHaveURL(/quad=4/);
  await expect(summary).toContainText(/^6 GDELT 2\.0 events by this date/);
  await expect.poll(() => arcCount(page)).toBeLessThan(arcsAll);
  await info.attach('material-conflict', { body: await page.screenshot(), contentType: 'image/png' });
  await page.getByRole('checkbox', { name: 'material conflict' }).uncheck();
  await expect(summary).toContainText(/^39 GDELT 2\.0 events by this date/);

  // Root events only: 23 of the 39.
  await page.getByRole('checkbox', { name: 'root events only' }).check();
  await expect(page).toHaveURL(/rootonly=1/);
  await expect(summary).toContainText(/^23 GDELT 2\.0 events by this date/);

  // A reload keeps the filters (the link carries them), and the controls show them.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'root events only' })).toBeChecked({ timeout: 60_000 });
  await expect(summary).toContainText(/^23 GDELT 2\.0 events by this date/);

  // At least 2 sources: none of the pair's events, so no relation drawn between them; fewer arcs.
  await page.getByRole('spinbutton', { name: 'Fewest sources an event needs' }).fill('2');
  await expect(page).toHaveURL(/sources=2/);
  await expect(summary).toBeHidden();
  await expect.poll(() => arcCount(page)).toBeLessThan(arcsAll);
  await expect(map).toHaveAttribute('data-map-ready', 'true');
});
