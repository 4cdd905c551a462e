import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { generateGdeltRows } from '../bench/generateGdelt';
import { openApp } from './mapHelpers';

const DIR = new URL('../../shared/data/gdelt/', import.meta.url);

test('dropping the nine GDELT slices: progress, arcs, and a country’s event counts with a source link', async ({ page }, info) => {
  expect(existsSync(DIR), 'needs ../shared/data/gdelt (beside the project, as CI has it)').toBe(true);
  const names = readdirSync(DIR).filter((n) => /\.export\.CSV\.gz$/.test(n)).sort();
  expect(names).toHaveLength(9);
  const files = names.map((name) => ({ name, base64: readFileSync(new URL(name, DIR)).toString('base64') }));

  await openApp(page, '#date=2016-10-13');
  const before = Number(await page.getByTestId('map').getAttribute('data-arc-count'));
  // Watch the progress bar from the page itself: it may come and go quickly.
  await page.evaluate(() => {
    const w = window as unknown as { __progress: string[] };
    w.__progress = [];
    new MutationObserver(() => {
      const rows = document.querySelector('[data-testid="gdelt-rows"]')?.textContent;
      if (rows && w.__progress[w.__progress.length - 1] !== rows) w.__progress.push(rows);
      if (document.querySelector('[data-testid="gdelt-progress"] progress') && !w.__progress.includes('bar')) w.__progress.push('bar');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const drop = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of list) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], name, { type: 'application/gzip' }));
    }
    return transfer;
  }, files);
  await page.locator('.map-area').dispatchEvent('drop', { dataTransfer: drop });
  // Read, the events wait for the user's choice: nothing joins the workspace without asking.
  const choice = page.getByRole('dialog', { name: 'Open GDELT events: 9 files' });
  await expect(choice).toContainText('It holds 2,406 events between states.', { timeout: 60_000 });
  await choice.getByRole('button', { name: 'Add to my workspace' }).click();

  const notice = page.locator('.notice');
  await expect(notice).toContainText('GDELT: 14968 rows read, 2406 events between states added', { timeout: 60_000 });
  await expect(notice).toContainText('one side missing 11314');
  await expect(notice).toContainText('same state on both sides 886');
  await expect(notice).toContainText('regional code 362');
  const seen = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
  // The progress bar was on screen while it ran (how many row counts were painted varies: React may
  // fold several worker messages into one paint).
  expect(seen).toContain('bar');

  // The nine files are one data set beside the article, saying what was read; not nine articles.
  const entries = page.locator('.article-list li');
  await expect(entries).toHaveCount(2);
  const dataSet = entries.filter({ hasText: 'GDELT events: 9 files' });
  await expect(dataSet).toContainText('2,406 events');
  await expect(dataSet.getByTestId('data-set-counts')).toHaveText(
    '14,968 rows read, 2,406 kept, 12,562 skipped (one side missing 11,314, same state on both sides 886, regional code 362); events from 2014-10-27 to 2026-06-11',
  );
  await expect(page.getByRole('heading', { name: 'Articles and data sets' })).toBeVisible();
  // The header counts them apart.
  await expect(page.locator('.article-title')).toHaveText('1 article, 1 event data set');

  await expect.poll(async () => Number(await page.getByTestId('map').getAttribute('data-arc-count'))).toBeGreaterThan(before + 50);
  await info.attach('gdelt-world', { body: await page.screenshot(), contentType: 'image/png' });

  // The legend's event filter: pairs with at least 5 events in the window. Fewer arcs, and the count
  // of relations says so.
  const arcsAll = Number(await page.getByTestId('map').getAttribute('data-arc-count'));
  const countAll = await page.getByTestId('relation-count').textContent();
  await page.getByRole('spinbutton', { name: 'Fewest events a pair needs in the window' }).fill('5');
  await expect(page).toHaveURL(/min=5/);
  await expect.poll(async () => Number(await page.getByTestId('map').getAttribute('data-arc-count'))).toBeLessThan(arcsAll);
  await expect(page.getByTestId('relation-count')).not.toHaveText(countAll ?? '');
  const fewer = Number(/(\d+) relations?/.exec((await page.getByTestId('relation-count').textContent()) ?? '')?.[1]);
  expect(fewer).toBeLessThan(Number(/(\d+) relations?/.exec(countAll ?? '')?.[1]));
  await page.getByRole('spinbutton', { name: 'Fewest events a pair needs in the window' }).fill('1');
  await expect.poll(async () => Number(await page.getByTestId('map').getAttribute('data-arc-count'))).toBe(arcsAll);

  // Syria: Russia is among its relations, with events and how contested they are.
  await page.getByRole('combobox', { name: 'Find a country or actor' }).fill('Syria');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Syria', exact: true });
  const russia = panel.locator('li.relation').filter({ has: page.getByRole('button', { name: 'Russia', exact: true }) });
  await expect(russia).toContainText(/events? in support, \d+ in the year before \(\d+ by this date\), contested \d+%/);
  await russia.getByRole('button', { name: 'all claims' }).click();
  const summary = page.getByTestId('event-summary');
  await expect(summary).toContainText(/\d+ GDELT 2\.0 events/);
  await expect(summary).toContainText('Goldstein');
  const link = summary.getByRole('link', { name: 'source' }).first();
  await expect(link).toHaveAttribute('href', /^https?:\/\//);

  // Russia and the United States, once every slice is before the date: all 39 events between them,
  // and how many of them fall in the window the stance is taken over, which is beside the date.
  await page.evaluate(() => (window.location.hash = '#pair=RUS|USA&date=2026-06-30'));
  await expect(summary).toContainText(/^39 GDELT 2\.0 events by this date, \d+ in the year before 2026-06-30/);
  const inYear = Number(/, (\d+) in the year before/.exec((await summary.textContent()) ?? '')?.[1]);
  const windowPicker = page.getByRole('combobox', { name: 'Events counted over' });
  await expect(windowPicker).toHaveValue('365');
  await windowPicker.selectOption('90');
  await expect(page).toHaveURL(/window=90/);
  await expect(summary).toContainText(/^39 GDELT 2\.0 events by this date, \d+ in the 90 days before 2026-06-30/);
  const inNinety = Number(/, (\d+) in the 90 days before/.exec((await summary.textContent()) ?? '')?.[1]);
  expect(inNinety).toBeLessThanOrEqual(inYear);
  await info.attach('window-90', { body: await page.screenshot(), contentType: 'image/png' });

  // The pair's events over time: bars by stance a month; dragging across two stretches of months
  // sets the date to the last day of the range and the window to its length.
  const chart = page.getByTestId('event-series').locator('svg');
  await expect(chart.locator('rect[fill]').first()).toBeVisible();
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(page).not.toHaveURL(/window=90/);
  await expect(page).toHaveURL(/window=\d+/);
  const brushedDays = Number(/window=(\d+)/.exec(page.url())?.[1]);
  expect(brushedDays).toBeGreaterThan(300);
  const brushedDate = (await page.getByTestId('timeline-date').textContent()) ?? '';
  expect(brushedDate < '2026-06-30').toBe(true);
  await expect(summary).toContainText(`in the ${brushedDays} days before ${brushedDate}`);
  await info.attach('brushed', { body: await page.screenshot(), contentType: 'image/png' });

  // The United States: every partner state its events name, not only the pairs in the window.
  await page.evaluate(() => (window.location.hash = '#country=USA&date=2026-06-30'));
  const every = page.getByTestId('every-partner');
  await expect(every.getByRole('heading', { level: 3 })).toHaveText('Every partner in the event data (76)');
  await every.getByRole('button', { name: 'show all 76' }).click();
  await expect(every.locator('li.partner')).toHaveCount(76);
  await expect(every.locator('li.partner').filter({ has: page.getByRole('button', { name: 'Russia', exact: true }) })).toContainText('39 events');
  const relationsInPanel = await page.getByRole('region', { name: 'United States', exact: true }).locator('li.relation').count();
  expect(relationsInPanel).toBeLessThan(76);
  await info.attach('every-partner', { body: await page.screenshot(), contentType: 'image/png' });

  // Articles and events side by side: the seed article's United States – Iran relation holds since
  // 1979; the pair's events in the window are shown beside it, and "events only" draws them instead.
  await page.evaluate(() => (window.location.hash = '#pair=IRN|USA&date=2026-06-30'));
  const stance = page.getByTestId('pair-stance');
  await expect(stance).toContainText('from articles');
  await expect(page.getByTestId('events-say')).toContainText(/coded events? in the year before says? (cooperative|warming|tense|severed|hostile)/);
  await page.getByRole('combobox', { name: 'Relations from' }).selectOption('events');
  await expect(page).toHaveURL(/from=events/);
  await expect(stance).toContainText('from coded events');
  await page.getByRole('combobox', { name: 'Relations from' }).selectOption('both');
  await expect(stance).toContainText('from articles');
});

test('the combined .tsv.gz with a header row opens by the file picker, known by its content; removing the data set takes its arcs away, Undo brings them back', async ({ page }) => {
  const combined = new URL('gdelt2_events_sample_combined_with_header.tsv.gz', DIR);
  expect(existsSync(combined), 'needs ../shared/data/gdelt (beside the project, as CI has it)').toBe(true);
  await openApp(page, '#date=2016-10-13');
  const map = page.getByTestId('map');
  const before = await map.getAttribute('data-arc-count');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles(combined.pathname);
  // Cancel first: nothing changes; then open it again and add it.
  const choice = page.getByRole('dialog', { name: 'Open GDELT events: gdelt2-events-sample-combined-with-header' });
  await choice.getByRole('button', { name: 'Cancel' }).click({ timeout: 60_000 });
  await expect(page.locator('.notice')).toContainText('was not opened; nothing was changed.');
  await expect(map).toHaveAttribute('data-arc-count', before ?? '');
  const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await again.setFiles(combined.pathname);
  await choice.getByRole('button', { name: 'Add to my workspace' }).click({ timeout: 60_000 });
  await expect(page.locator('.notice')).toContainText('GDELT: 14968 rows read, 2406 events between states added', { timeout: 60_000 });
  const dataSet = page.locator('.article-list li').filter({ hasText: 'GDELT events: gdelt2-events-sample-combined-with-header' });
  await expect(dataSet.getByTestId('data-set-counts')).toContainText('14,968 rows read, 2,406 kept');
  await expect.poll(async () => Number(await map.getAttribute('data-arc-count'))).toBeGreaterThan(Number(before) + 50);
  const withEvents = await map.getAttribute('data-arc-count');

  await page.getByRole('button', { name: 'Remove GDELT events: gdelt2-events-sample-combined-with-header' }).click();
  await expect(map).toHaveAttribute('data-arc-count', before ?? '');
  await expect(page.getByRole('button', { name: 'Restore GDELT events: gdelt2-events-sample-combined-with-header' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(map).toHaveAttribute('data-arc-count', withEvents ?? '');
});

test('a GDELT import can be cancelled while it runs, and nothing is added', async ({ page }) => {
  // A generated day of events (bench/generateGdelt.ts), long enough to press Cancel while it is read.
  const gz = gzipSync(generateGdeltRows(200_000));
  await openApp(page);
  const map = page.getByTestId('map');
  const before = await map.getAttribute('data-arc-count');
  const drop = await page.evaluateHandle((base64) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], '20191024143000.export.CSV.gz'));
    return transfer;
  }, gz.toString('base64'));
  await page.locator('.map-area').dispatchEvent('drop', { dataTransfer: drop });
  const progress = page.getByTestId('gdelt-progress');
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: /cancel/i }).click();
  await expect(page.locator('.notice')).toContainText('The event import was cancelled; nothing was added.');
  await expect(progress).toBeHidden();
  // Give a finished worker every chance to deliver: nothing arrives, nothing is drawn.
  await page.waitForTimeout(3000);
  await expect(page.locator('.notice')).not.toContainText('events between states added');
  await expect(map).toHaveAttribute('data-arc-count', before ?? '');
});
