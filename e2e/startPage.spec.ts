import { expect, test } from '@playwright/test';
import { STANCE_COLOURS } from '../src/domain/relations/arcStyle';
import { COLOURS } from '../src/map/mapStyle';
import { INSIDE, openApp, pixelOf } from './mapHelpers';
import { countColour, decodePng } from './mapPixels';

test.describe('the start page', () => {
  test('draws the whole world with the seed article’s arcs in their stance colours, and the legend', async ({ page }, info) => {
    await openApp(page);
    const map = page.getByTestId('map');
    expect(Number(await map.getAttribute('data-arc-count'))).toBeGreaterThanOrEqual(8);

    const shot = await map.screenshot();
    await info.attach('start-page-map', { body: shot, contentType: 'image/png' });
    const pixels = decodePng(shot);
    const total = pixels.width * pixels.height;
    // Land and sea are both drawn: the map is not blank.
    expect(countColour(pixels, COLOURS.land, 6)).toBeGreaterThan(total * 0.15);
    expect(countColour(pixels, COLOURS.sea, 6)).toBeGreaterThan(total * 0.2);
    // Each stance the seed has on its publication date is drawn in its colour.
    for (const stance of ['cooperative', 'warming', 'tense', 'severed'] as const) {
      expect(countColour(pixels, STANCE_COLOURS[stance], 45), `${stance} pixels`).toBeGreaterThan(15);
    }
    const legend = page.getByRole('region', { name: 'Legend' });
    for (const stance of Object.keys(STANCE_COLOURS)) await expect(legend).toContainText(stance);
    await expect(legend).toContainText('broken line');
    await expect(legend).toContainText('direction');
    await expect(legend).toContainText('alleged');
  });

  test('names the countries of the seed article on the map and the non-state actors, once each', async ({ page }) => {
    await openApp(page);
    const labels = await page.evaluate(() =>
      window.__ententeMap!.queryRenderedFeatures({ layers: ['country-labels', 'actor-labels'] }).map((f) => String(f.properties.name)),
    );
    for (const name of ['Morocco', 'United States', 'Iran', 'Polisario Front', 'Hezbollah']) expect(labels).toContain(name);
    expect(new Set(labels).size).toBe(labels.length);
  });

  test('a real click on Morocco opens its summary with the quotes behind its relations; Escape closes it', async ({ page }) => {
    await openApp(page);
    const { x, y } = await pixelOf(page, INSIDE.MAR);
    await page.mouse.click(x, y);
    const panel = page.getByRole('region', { name: 'Morocco', exact: true });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Morocco: 2 cooperative, 1 warming, 1 tense, 1 severed relations in this article.');
    const severed = panel.locator('[data-stance="severed"]');
    await expect(severed).toContainText('Iran');
    await expect(severed.locator('blockquote')).toContainText(/^“Last year, Morocco cut diplomatic ties with Iran/);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });
});
