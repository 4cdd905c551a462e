import { existsSync, readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parseCsv } from '../src/export/claimsTable';
import { exportAs, openApp } from './mapHelpers';

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
  expect(existsSync(COMBINED), 'needs ../shared/data/gdelt (beside the project, as CI has it)').toBe(true);
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

test('the list view sorts by a column, finds text in a column, and downloads the rows it shows after a line citing the files, the date and the filters; the claims export follows the event filters', async ({ page }, info) => {
  expect(existsSync(COMBINED), 'needs ../shared/data/gdelt (beside the project, as CI has it)').toBe(true);
  await openApp(page, '#date=2026-06-30');
  await openCombined(page);
  const allClaims = parseCsv((await exportAs(page, 'CSV of the claims')).text()).length - 1;
  await page.getByRole('checkbox', { name: 'material conflict' }).check();
  await page.getByRole('combobox', { name: 'Strongest partners per actor' }).selectOption('5');
  await expect(page).toHaveURL(/top=5/);

  await page.getByRole('button', { name: 'List view' }).click();
  const table = page.getByRole('table');
  const count = page.getByTestId('list-count');
  const total = Number(/(\d+) relations? shown/.exec((await count.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(5);
  // Sorted by events in the window, most first: the column says so, and the numbers go down.
  const header = table.getByRole('columnheader', { name: /Events in window/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const events = (await table.locator('tbody tr td:nth-of-type(6)').allTextContents()).map(Number);
  expect(events).toEqual([...events].sort((a, b) => b - a));
  expect(events[0]).toBeGreaterThan(0);

  // Found: the rows whose pair names Russia, and the count says how many of how many.
  await page.getByRole('combobox', { name: 'Column to find in' }).selectOption('pair');
  await page.getByRole('searchbox', { name: 'Find in the list' }).fill('russia');
  await expect(count).toContainText(new RegExp(`^\\d+ of ${total} relations shown`));
  const found = await table.locator('tbody tr').count();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(total);
  for (const pair of await table.locator('tbody th').allTextContents()) expect(pair).toContain('Russia');
  await info.attach('list-view', { body: await page.screenshot(), contentType: 'image/png' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download these ${found} rows (CSV)` }).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  const [citation, ...lines] = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(citation).toMatch(/^# Entente, relations as of 2026-06-30 \(exported \d{4}-\d{2}-\d{2}\)\. Sources: /);
  expect(citation).toContain('gdelt2_events_sample_combined_with_header.tsv.gz; 14,968 rows read, 2,406 kept');
  expect(citation).toContain('events from 2014-10-27 to 2026-06-11');
  expect(citation).toContain("each actor's 5 strongest partners; events: material conflict");
  expect(lines).toHaveLength(found + 1);
  expect(lines.slice(1).every((l) => l.includes('Russia'))).toBe(true);

  // The claims export holds the events the filters count (material conflict only), after the same kind of line.
  const filtered = (await exportAs(page, 'CSV of the claims')).text();
  expect(filtered.replace(/^\uFEFF/, '').startsWith('# Entente, relations as of 2026-06-30')).toBe(true);
  expect(parseCsv(filtered).length - 1).toBeLessThan(allClaims);
});
