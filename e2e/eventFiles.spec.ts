// Issue 17, in part: an ICEWS coded-event file, written here from the format ICEWS documents (a
// tab-separated header row, countries by name, Intensity as the Goldstein score), opens by the file
// picker, known by its content, and draws its events between states.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp } from './mapHelpers';

const HEADER = [
  'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code', 'Intensity', 'Target Name', 'Target Sectors',
  'Target Country', 'Story ID', 'Sentence Number', 'Publisher', 'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude',
];

function icewsFile(rows: Partial<Record<string, string>>[]): string {
  return [HEADER.join('\t'), ...rows.map((r) => HEADER.map((h) => r[h] ?? '').join('\t'))].join('\n') + '\n';
}

test('an ICEWS file opens by the file picker, known by its content: its events between states are drawn, and the rows it skips are counted by reason', async ({ page }) => {
  const rows = [
    { 'Event ID': '1', 'Event Date': '2016-09-01', 'Source Name': 'Russia', 'Source Country': 'Russian Federation', 'Event Text': 'Accuse', 'CAMEO Code': '112', Intensity: '-2', 'Target Name': 'United States', 'Target Country': 'United States', Publisher: 'Reuters' },
    { 'Event ID': '2', 'Event Date': '2016-09-20', 'Source Name': 'Japan', 'Source Country': 'Japan', 'Event Text': 'Sign formal agreement', 'CAMEO Code': '057', Intensity: '8', 'Target Name': 'India', 'Target Country': 'India', Publisher: 'Kyodo' },
    { 'Event ID': '3', 'Event Date': '2016-09-21', 'Source Name': 'Brazil', 'Source Country': 'Brazil', 'Event Text': 'Praise', 'CAMEO Code': '051', Intensity: '3.4', 'Target Name': 'Argentina', 'Target Country': 'Argentina', Publisher: 'EFE' },
    { 'Event ID': '4', 'Event Date': '2016-09-22', 'Source Name': 'Citizen', 'Source Country': 'Atlantis', 'CAMEO Code': '010', Intensity: '0', 'Target Name': 'Peru', 'Target Country': 'Peru' },
    { 'Event ID': '5', 'Event Date': '2016-09-23', 'Source Name': 'Police', 'Source Country': 'France', 'CAMEO Code': '173', Intensity: '-5', 'Target Name': 'Protester', 'Target Country': 'France' },
  ];
  const path = join(mkdtempSync(join(tmpdir(), 'entente-icews-')), 'icews.events.2016.tab');
  writeFileSync(path, icewsFile(rows));

  await openApp(page, '#date=2016-10-13');
  const map = page.getByTestId('map');
  const before = Number(await map.getAttribute('data-arc-count'));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles(path);
  const choice = page.getByRole('dialog', { name: /^Open ICEWS events/ });
  await choice.getByRole('button', { name: 'Add to my workspace' }).click({ timeout: 60_000 });
  await expect(page.locator('.notice')).toContainText('ICEWS: 5 rows read, 3 events between states added; skipped: unknown country name 1, same state on both sides 1', { timeout: 60_000 });
  // Three new arcs: Russia – United States, Japan – India, Brazil – Argentina.
  await expect.poll(async () => Number(await map.getAttribute('data-arc-count'))).toBe(before + 3);
  const dataSet = page.locator('.article-list li').filter({ hasText: 'ICEWS events' });
  await expect(dataSet.getByTestId('data-set-counts')).toContainText('5 rows read, 3 kept, 2 skipped');

  // Japan – India is cooperative, from its CAMEO code, and says where it comes from.
  await page.evaluate(() => (window.location.hash = '#pair=IND|JPN&date=2016-10-13'));
  await expect(page.getByTestId('pair-stance')).toContainText('cooperative');
  await expect(page.getByTestId('event-summary')).toContainText('1 ICEWS event by this date');
});

test('a CSV of another layout asks for its columns (guessed from their names), then imports and draws its events, counting the rows it skips', async ({ page }, info) => {
  // A layout Entente does not know: semicolons, its own column names, a stance column instead of codes for one row.
  const csv = [
    'Day;Country A;Country B;Kind;What;Times',
    '2016-09-01;Russia;United States;112;;4',
    '2016-09-02;JPN;IND;;cooperative;1',
    '20160903;Brazil;Argentina;51;;2',
    '2016-09-04;Peru;Atlantis;010;;1',
    'last week;Chile;Peru;010;;1',
  ].join('\n');
  const path = join(mkdtempSync(join(tmpdir(), 'entente-csv-')), 'my-events.csv');
  writeFileSync(path, `${csv}\n`);

  await openApp(page, '#date=2016-10-13');
  const map = page.getByTestId('map');
  const before = Number(await map.getAttribute('data-arc-count'));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Map the columns of my-events.csv' });
  await expect(dialog.getByRole('table')).toContainText('Russia');
  // "Day" is guessed as the date; the countries and the code are not: Import waits for them.
  await expect(dialog.getByRole('combobox', { name: /^Date/ })).toHaveValue('0');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await expect(dialog.getByRole('status')).toHaveText('Choose a column for source, target.');
  await dialog.getByRole('combobox', { name: /^Source/ }).selectOption({ label: 'Country A' });
  await dialog.getByRole('combobox', { name: /^Target/ }).selectOption({ label: 'Country B' });
  await expect(dialog.getByRole('status')).toHaveText('Choose a column for the CAMEO code or for the stance.');
  await dialog.getByRole('combobox', { name: /^CAMEO event code/ }).selectOption({ label: 'Kind' });
  await dialog.getByRole('combobox', { name: /^Stance/ }).selectOption({ label: 'What' });
  await dialog.getByRole('combobox', { name: /^Weight/ }).selectOption({ label: 'Times' });
  await info.attach('mapping', { body: await page.screenshot(), contentType: 'image/png' });
  await dialog.getByRole('button', { name: 'Import' }).click();

  await page.getByRole('dialog', { name: /^Open CSV events/ }).getByRole('button', { name: 'Add to my workspace' }).click({ timeout: 60_000 });
  await expect(page.locator('.notice')).toContainText('CSV: 5 rows read, 3 events between states added; skipped: unknown country name 1, unreadable date 1', { timeout: 60_000 });
  await expect.poll(async () => Number(await map.getAttribute('data-arc-count'))).toBe(before + 3);
  const dataSet = page.locator('.article-list li').filter({ hasText: 'CSV events' });
  await expect(dataSet.getByTestId('data-set-counts')).toContainText('5 rows read, 3 kept, 2 skipped');

  // Russia -> United States from CAMEO 112 (Accuse): tense, with its four mentions; Japan - India from the stance column.
  await page.evaluate(() => (window.location.hash = '#pair=RUS|USA&date=2016-10-13'));
  await expect(page.getByTestId('pair-stance')).toContainText('tense');
  await expect(page.getByTestId('event-summary')).toContainText('1 CSV event by this date');
  await page.evaluate(() => (window.location.hash = '#pair=IND|JPN&date=2016-10-13'));
  await expect(page.getByTestId('pair-stance')).toContainText('cooperative');
});

test('a table whose columns are not chosen is not opened, and nothing changes', async ({ page }) => {
  const path = join(mkdtempSync(join(tmpdir(), 'entente-csv-')), 'numbers.csv');
  writeFileSync(path, 'x,y,z\n1,2,3\n4,5,6\n7,8,9\n');
  await openApp(page);
  const before = await page.getByTestId('map').getAttribute('data-arc-count');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Map the columns of numbers.csv' });
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.notice')).toContainText('numbers.csv was not opened; nothing was changed.');
  await expect(page.getByTestId('map')).toHaveAttribute('data-arc-count', before ?? '');
});
