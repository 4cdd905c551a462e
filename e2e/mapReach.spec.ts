// Issue 16, in part: small states are clicked where they are at world zoom, a click among actors too
// close to tell apart offers a chooser, and what search finds comes into view with its label.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { STANCE_COLOURS } from '../src/domain/relations/arcStyle';
import { exportAs, INSIDE, openApp, pixelOf } from './mapHelpers';
import { countColour, decodePng } from './mapPixels';

async function clickAt(page: Page, lngLat: [number, number]) {
  const { x, y } = await pixelOf(page, lngLat);
  await page.mouse.click(x, y);
}

/** The country labels MapLibre placed on screen. */
async function labelsShown(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as { __ententeMap: { queryRenderedFeatures(o: { layers: string[] }): { properties: { code: string } }[] } }).__ententeMap
      .queryRenderedFeatures({ layers: ['country-labels', 'pinned-labels'] })
      .map((f) => f.properties.code),
  );
}

test('at the start view a click inside Qatar selects Qatar, at Singapore Singapore, and at Israel Israel or a chooser that names it', async ({ page }, info) => {
  await openApp(page);
  await clickAt(page, INSIDE.QAT);
  await expect(page.getByRole('region', { name: 'Qatar', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/country=QAT/);
  await clickAt(page, INSIDE.SGP);
  await expect(page.getByRole('region', { name: 'Singapore', exact: true })).toBeVisible();
  await clickAt(page, INSIDE.ISR);
  const chooser = page.getByRole('dialog', { name: 'Which one?' });
  if (await chooser.isVisible()) {
    await info.attach('chooser', { body: await page.screenshot(), contentType: 'image/png' });
    await chooser.getByRole('button', { name: 'Israel', exact: true }).click();
    await expect(chooser).toBeHidden();
  }
  await expect(page.getByRole('region', { name: 'Israel', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/country=ISR/);
});

test('searching Brazil while zoomed on the Mediterranean brings Brazil into view; Israel found by search shows its label', async ({ page }, info) => {
  await openApp(page, '#map=5/36/15');
  const search = page.getByRole('combobox', { name: 'Find a country or actor' });
  await search.fill('Brazil');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Brazil', exact: true })).toBeVisible();
  // The view moved to Brazil: the hash's map part follows, and Brazil's middle is on the map.
  await expect(page).not.toHaveURL(/#map=5\/36\/15/);
  const box = (await page.getByTestId('map').boundingBox())!;
  const at = await pixelOf(page, INSIDE.BRA);
  expect(at.x).toBeGreaterThan(box.x);
  expect(at.x).toBeLessThan(box.x + box.width);
  expect(at.y).toBeGreaterThan(box.y);
  expect(at.y).toBeLessThan(box.y + box.height);

  await search.fill('Israel');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Israel', exact: true })).toBeVisible();
  await expect.poll(() => labelsShown(page)).toContain('ISR');
  // Its partners' labels show too (Morocco is one in the seed article).
  await expect.poll(() => labelsShown(page)).toContain('MAR');
  await info.attach('israel-found', { body: await page.screenshot(), contentType: 'image/png' });
});

test('the globe switch draws the seed arcs on a globe, keeps it in the link, and a country click works there', async ({ page }, info) => {
  await openApp(page);
  const globe = page.getByRole('button', { name: 'Globe' });
  await globe.click();
  await expect(globe).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/proj=globe/);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __ententeMap: { getProjection(): { type?: unknown } } }).__ententeMap.getProjection().type)).toBe('globe');
  await expect(page.getByTestId('map')).toHaveAttribute('data-arc-count', '10');
  await clickAt(page, INSIDE.MAR);
  await expect(page.getByRole('region', { name: 'Morocco', exact: true })).toBeVisible();
  await info.attach('globe', { body: await page.screenshot(), contentType: 'image/png' });
  // The PNG is the globe as drawn, in the stance colours; the SVG says it draws the world flat.
  const png = decodePng(readFileSync((await exportAs(page, 'PNG image, 2×')).path));
  expect(countColour(png, STANCE_COLOURS.cooperative, 45)).toBeGreaterThan(60);
  expect((await exportAs(page, 'SVG vector image')).text()).toContain('drawn flat (Mercator)');
  await expect(page.getByTestId('export-status')).toContainText('the SVG does not draw the globe');
  // A reload (the link) opens on the globe again; the switch brings the flat map back.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Globe' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Globe' }).click();
  await expect(page).not.toHaveURL(/proj=globe/);
});

/** Where an actor's circle of location totals is drawn, and its rings' stances (outermost first). */
async function circleOf(page: Page, id: string): Promise<{ at: [number, number]; stances: string[] } | null> {
  return page.evaluate((actor) => {
    const map = (window as unknown as { __ententeMap: { queryRenderedFeatures(o: { layers: string[] }): { properties: { id: string; stance: string; ring: number }; geometry: { coordinates: [number, number] } }[] } }).__ententeMap;
    const rings = map.queryRenderedFeatures({ layers: ['location-totals'] }).filter((f) => f.properties.id === actor);
    if (rings.length === 0) return null;
    rings.sort((x, y) => x.properties.ring - y.properties.ring);
    return { at: rings[0]!.geometry.coordinates, stances: [...new Set(rings.map((f) => f.properties.stance))] };
  }, id);
}

test('each actor has a circle of its relations split by stance; a click on it selects the actor, and a hidden stance leaves its ring', async ({ page }, info) => {
  await openApp(page);
  // Iran, in the seed: a cooperative relation (with Hezbollah), a tense one (the United States) and a severed one (Morocco).
  const iran = (await circleOf(page, 'IRN'))!;
  expect(iran.stances).toEqual(['cooperative', 'tense', 'severed']);
  const at = await pixelOf(page, iran.at);
  const around = async () => decodePng(await page.screenshot({ clip: { x: at.x - 6, y: at.y - 6, width: 12, height: 12 } }));
  // The rings are drawn in the stances' colours: the severed red in the middle, the blue outside.
  const before = await around();
  expect(countColour(before, STANCE_COLOURS.severed, 30)).toBeGreaterThan(8);
  expect(countColour(decodePng(await page.screenshot({ clip: { x: at.x - 14, y: at.y - 14, width: 28, height: 28 } })), STANCE_COLOURS.cooperative, 30)).toBeGreaterThan(20);
  await info.attach('totals', { body: await page.screenshot(), contentType: 'image/png' });

  // Hezbollah, a non-state actor in Lebanon, is clicked by its circle at world zoom.
  const hezbollah = (await circleOf(page, 'hezbollah'))!;
  const hAt = await pixelOf(page, hezbollah.at);
  await page.mouse.click(hAt.x, hAt.y);
  const chooser = page.getByRole('dialog', { name: 'Which one?' });
  if (await chooser.isVisible()) await chooser.getByRole('button', { name: 'Hezbollah', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Hezbollah', exact: true })).toBeVisible();

  // A click on Iran's circle selects Iran.
  await page.mouse.click(at.x, at.y);
  await expect(page.getByRole('region', { name: 'Iran', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');

  // Hiding severed relations in the legend takes the red ring out of Iran's circle.
  await page.getByRole('region', { name: 'Legend' }).getByRole('button', { name: /^severed/ }).click();
  await expect.poll(async () => (await circleOf(page, 'IRN'))?.stances).toEqual(['cooperative', 'tense']);
  await expect.poll(async () => countColour(await around(), STANCE_COLOURS.severed, 30)).toBeLessThan(3);
});

test('a click brings the country’s partners into view when they are off screen, and leaves the view alone when they are on it', async ({ page }) => {
  await openApp(page, '#map=5.5/32/-6');
  await clickAt(page, INSIDE.MAR);
  await expect(page.getByRole('region', { name: 'Morocco', exact: true })).toBeVisible();
  // Morocco's partners reach from the United States to Iran: the view moves out to hold them.
  await expect(page).not.toHaveURL(/#map=5\.5\/32\/-6/);
  const box = (await page.getByTestId('map').boundingBox())!;
  for (const partner of [[-98.6, 39.8], [54, 32.5]] as [number, number][]) {
    const at = await pixelOf(page, partner);
    expect(at.x).toBeGreaterThan(box.x);
    expect(at.x).toBeLessThan(box.x + box.width);
  }
  // Now they are all on screen: another click on Morocco leaves the view where it is.
  const moved = new URL(page.url()).hash.match(/map=[^&]+/)?.[0];
  await page.keyboard.press('Escape');
  await clickAt(page, INSIDE.MAR);
  await expect(page).toHaveURL(/country=MAR/);
  expect(new URL(page.url()).hash.match(/map=[^&]+/)?.[0]).toBe(moved);
});

test('from the map, Tab moves through the selected country’s relations, and each marks its arc on the map', async ({ page }) => {
  await openApp(page);
  await clickAt(page, INSIDE.MAR);
  const panel = page.getByRole('region', { name: 'Morocco', exact: true });
  await expect(panel).toBeVisible();
  const hovered = () =>
    page.evaluate(() => {
      const map = (window as unknown as { __ententeMap: { queryRenderedFeatures(o: { layers: string[] }): { properties: { key: string } }[]; getFeatureState(f: { source: string; id: string }): { hover?: boolean } } }).__ententeMap;
      const keys = [...new Set(map.queryRenderedFeatures({ layers: ['arc-cooperative', 'arc-warming', 'arc-tense', 'arc-severed', 'arc-hostile'] }).map((f) => f.properties.key))];
      return keys.filter((key) => map.getFeatureState({ source: 'arcs', id: key }).hover === true);
    });
  await page.keyboard.press('Tab');
  // The focus is on the first relation in the panel, and its arc is marked.
  const first = panel.locator('li.relation').first();
  await expect(first.locator('button').first()).toBeFocused();
  const firstKey = (await first.getAttribute('data-pair'))!;
  await expect.poll(hovered).toEqual([firstKey]);
  // Tab on, past the relation's own buttons, to the next relation: its arc is marked instead.
  const second = panel.locator('li.relation').nth(1);
  const secondKey = (await second.getAttribute('data-pair'))!;
  for (let i = 0; i < 4 && !(await second.locator('button').first().evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(second.locator('button').first()).toBeFocused();
  await expect.poll(hovered).toEqual([secondKey]);
  expect(secondKey).not.toBe(firstKey);
});

test('a link that names a selection but no view opens on the selection', async ({ page }) => {
  await openApp(page, '#country=BRA');
  await expect(page.getByRole('region', { name: 'Brazil', exact: true })).toBeVisible();
  // The map fits Brazil: the hash's map part is written with a zoom closer than the world's and a centre in Brazil.
  await expect.poll(() => new URL(page.url()).hash).toMatch(/map=/);
  const [zoom, lat, lng] = (/map=([-\d.]+)\/([-\d.]+)\/([-\d.]+)/.exec(new URL(page.url()).hash) ?? []).slice(1).map(Number);
  expect(zoom).toBeGreaterThan(2.5);
  expect(lat).toBeLessThan(0);
  expect(lng).toBeGreaterThan(-70);
  expect(lng).toBeLessThan(-35);
});
