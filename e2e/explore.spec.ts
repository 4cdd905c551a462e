import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { arcMidpoint, INSIDE, openApp, pixelOf, waitForMap } from './mapHelpers';

async function clickAt(page: Page, lngLat: [number, number]) {
  const { x, y } = await pixelOf(page, lngLat);
  await page.mouse.click(x, y);
}

function legendButton(page: Page, name: string) {
  return page.getByRole('region', { name: 'Legend' }).getByRole('button', { name: new RegExp(`^${name}`) });
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
}

test.describe('exploring the map', () => {
  test('the hash carries the selection, reloading restores it, and Back steps through selections', async ({ page }, info) => {
    await openApp(page);
    await clickAt(page, INSIDE.MAR);
    await expect(page.getByRole('region', { name: 'Morocco', exact: true })).toBeVisible();
    await expect(page).toHaveURL(/#map=[\d.]+\/[-\d.]+\/[-\d.]+&country=MAR$/);

    await clickAt(page, INSIDE.BRA);
    await expect(page.getByRole('region', { name: 'Brazil', exact: true })).toContainText('Brazil has no relations in this article');
    await expect(page).toHaveURL(/&country=BRA$/);

    await page.goBack();
    await expect(page.getByRole('region', { name: 'Morocco', exact: true })).toBeVisible();
    await expect(page).toHaveURL(/&country=MAR$/);

    await page.reload();
    await waitForMap(page);
    await expect(page.getByRole('region', { name: 'Morocco', exact: true })).toBeVisible();
    await info.attach('morocco-selected', { body: await page.screenshot(), contentType: 'image/png' });
  });

  test('opening a shared link restores the view, the selected pair and the filters', async ({ page }) => {
    await openApp(page, '#map=3.5/33/20&pair=IRN|MAR&hide=alleged');
    const panel = page.getByTestId('pair-panel');
    await expect(panel).toBeVisible();
    await expect(page.getByTestId('pair-stance')).toContainText('severed');
    const center = await page.evaluate(() => (window as unknown as { __ententeMap: { getZoom(): number } }).__ententeMap.getZoom());
    expect(center).toBeCloseTo(3.5, 1);
    await expect(legendButton(page, 'alleged')).toHaveAttribute('aria-pressed', 'false');
  });

  test('the search box selects Israel with the keyboard alone', async ({ page }) => {
    await openApp(page);
    const search = page.getByRole('combobox', { name: 'Find a country or actor' });
    await search.focus();
    await page.keyboard.type('isra');
    await expect(page.getByRole('option', { name: /^Israel/ })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Israel', exact: true });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('warming');
    await expect(page).toHaveURL(/country=ISR/);
    // Official names, alternative spellings and ISO codes find countries too.
    await search.fill('');
    await page.keyboard.type('Kingdom of Morocco');
    await expect(page.getByRole('option').first()).toContainText('Morocco');
    await search.fill('');
    await page.keyboard.type('IRN');
    await expect(page.getByRole('option').first()).toContainText('Iran');
  });

  test('hovering an arc shows its tooltip; clicking it opens every claim on the pair in time order', async ({ page }, info) => {
    await openApp(page);
    const { x, y } = await arcMidpoint(page, 'IRN|USA');
    await page.mouse.move(x - 30, y - 30);
    await page.mouse.move(x, y, { steps: 4 });
    const tooltip = page.getByTestId('arc-tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Iran – United States');
    await expect(tooltip).toContainText('tense');
    await expect(tooltip).toContainText('Both Morocco and the United States have had tense relations');
    await info.attach('arc-hover', { body: await page.screenshot(), contentType: 'image/png' });

    await page.mouse.click(x, y);
    const panel = page.getByRole('region', { name: 'Iran – United States' });
    await expect(panel).toBeVisible();
    const dates = await panel.locator('.claim-head').allTextContents();
    expect(dates).toHaveLength(2);
    expect(dates[0]).toContain('since 1979');
    expect(dates[1]).toContain('2019-12-05');
    await page.mouse.move(x + 200, y + 150);
    await expect(tooltip).toBeHidden();
  });

  test('clicking a highlight in the article selects its pair, and a selection marks its quotes', async ({ page }, info) => {
    await openApp(page);
    const highlight = page.getByRole('button', { name: /Evidence for .*Morocco – Israel: severed/ });
    await highlight.click();
    await expect(page.getByRole('region', { name: 'Israel – Morocco' })).toBeVisible();
    await expect(page).toHaveURL(/pair=ISR\|MAR/);
    await expect(highlight).toHaveClass(/selected/);
    await info.attach('article-highlight', { body: await page.screenshot(), contentType: 'image/png' });

    await clickAt(page, INSIDE.MAR);
    const marked = page.locator('mark.evidence.selected');
    expect(await marked.count()).toBeGreaterThan(5);
    await expect(marked.first()).toBeInViewport();
  });

  test('the legend filters arcs, and the list view follows the filters and the selection', async ({ page }, info) => {
    await openApp(page);
    const map = page.getByTestId('map');
    const drawn = () =>
      page.evaluate(() => window.__ententeMap!.queryRenderedFeatures({ layers: ['arc-cooperative', 'arc-warming', 'arc-tense', 'arc-severed', 'arc-hostile'] }).map((f) => String(f.properties.key)));
    expect(await drawn()).toContain('IRN|MAR');
    const count = page.getByTestId('relation-count');
    await expect(count).toContainText(/^10 relations from \d+ claims on the map/);
    await legendButton(page, 'severed').click();
    await expect.poll(drawn).not.toContain('IRN|MAR');
    await expect(map).toHaveAttribute('data-arc-count', '9'); // the one severed relation is left out
    // The count says what the map shows, and what the filters hide.
    await expect(count).toContainText(/^9 relations from \d+ claims on the map.*; 1 hidden by the filters\.$/);

    await page.getByRole('button', { name: 'List view' }).click();
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    await expect(page.getByText(/relations shown, 1 hidden by the filters/)).toBeVisible();
    await expect(table).not.toContainText('Iran – Morocco');
    await legendButton(page, 'severed').click();
    await expect(table).toContainText('Iran – Morocco');
    await table.getByRole('button', { name: 'Israel – Morocco' }).click();
    await expect(table.locator('tr[aria-current="true"]')).toContainText('warming');
    await expect(page.getByRole('region', { name: 'Israel – Morocco' })).toBeVisible();
    await info.attach('list-view', { body: await page.screenshot(), contentType: 'image/png' });
  });

  test('axe finds no serious or critical violation on the start page, with a panel open, and in the list view', async ({ page }) => {
    await openApp(page);
    expect(await seriousViolations(page)).toEqual([]);
    await clickAt(page, INSIDE.MAR);
    await expect(page.getByRole('region', { name: 'Morocco', exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'List view' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
