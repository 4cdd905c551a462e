import { expect, test } from '@playwright/test';
import { STANCE_COLOURS } from '../src/domain/relations/arcStyle';
import { COLOURS } from '../src/map/mapStyle';
import { countColour, decodePng } from './mapPixels';

test.describe('the start page', () => {
  test('draws the whole world with the seed article’s arcs in their stance colours, and the legend', async ({ page }, info) => {
    await page.goto('/');
    const map = page.getByTestId('map');
    await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
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

  test('names the countries of the seed article on the map and the non-state actors', async ({ page }) => {
    await page.goto('/');
    const map = page.getByTestId('map');
    await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
    const labels = await page.evaluate(() => {
      const m = (window as unknown as { __ententeMap?: { queryRenderedFeatures: (o: object) => { layer: { id: string }; properties: { name: string } }[] } }).__ententeMap;
      if (!m) return null;
      return m.queryRenderedFeatures({ layers: ['country-labels', 'actor-labels'] }).map((f) => f.properties.name);
    });
    expect(labels).not.toBeNull();
    for (const name of ['Morocco', 'United States', 'Iran', 'Polisario Front', 'Hezbollah']) expect(labels).toContain(name);
    // One label per country.
    expect(new Set(labels).size).toBe(labels?.length);
  });

  test('clicking a country opens its summary with the quotes behind its relations', async ({ page }) => {
    await page.goto('/');
    const map = page.getByTestId('map');
    await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
    const point = await page.evaluate(() => {
      const m = (window as unknown as { __ententeMap: { project: (p: [number, number]) => { x: number; y: number } } }).__ententeMap;
      return m.project([-6.3, 32.5]); // inland Morocco
    });
    await map.click({ position: { x: point.x, y: point.y } });
    const panel = page.getByRole('region', { name: 'Morocco' });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Morocco:');
    await expect(panel).toContainText('severed');
    await expect(panel).toContainText('Iran');
    await expect(panel).toContainText('Last year, Morocco cut diplomatic ties with Iran');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });
});
