import { expect, test } from '@playwright/test';

test('the app makes no request to any origin but its own while it loads and is used', async ({ page, baseURL }) => {
  const own = new URL(baseURL ?? 'http://localhost').origin;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // Workers fetch too; they are part of the page's traffic.
  page.on('worker', (w) => requests.push(w.url()));

  await page.goto('/');
  const map = page.getByTestId('map');
  await expect(map).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
  const box = await map.boundingBox();
  if (!box) throw new Error('no map');
  // Use it: pan, zoom in (labels of small countries appear, glyphs are drawn), click.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 + 50, { steps: 8 });
  await page.mouse.up();
  await page.mouse.wheel(0, -600);
  await page.waitForTimeout(500);
  await map.click({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect(map).toHaveAttribute('data-map-ready', 'true');

  expect(requests.length).toBeGreaterThan(3);
  const foreign = requests.filter((url) => {
    const { protocol, origin } = new URL(url);
    return !['data:', 'blob:'].includes(protocol) && origin !== own;
  });
  expect(foreign).toEqual([]);
  expect(requests.some((u) => u.includes('countries.topo.json'))).toBe(true);
});
