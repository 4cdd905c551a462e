import { expect, test } from '@playwright/test';
import { STANCE_COLOURS } from '../src/domain/relations/arcStyle';
import { openApp, waitForMap } from './mapHelpers';
import { countColour, decodePng } from './mapPixels';

test('the map redraws with the same arcs, selection and date after the WebGL context is lost and restored', async ({ page }, info) => {
  await openApp(page, '#map=2.3/30/5&country=MAR&date=2019-06-30');
  const map = page.getByTestId('map');
  const arcsBefore = await map.getAttribute('data-arc-count');
  const lost = await page.evaluate(async () => {
    const canvas = (window as unknown as { __ententeMap: { getCanvas(): HTMLCanvasElement } }).__ententeMap.getCanvas();
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
    const ext = gl.getExtension('WEBGL_lose_context');
    if (!ext) return 'no WEBGL_lose_context';
    const events: string[] = [];
    canvas.addEventListener('webglcontextlost', () => events.push('lost'));
    canvas.addEventListener('webglcontextrestored', () => events.push('restored'));
    ext.loseContext();
    await new Promise((r) => setTimeout(r, 300));
    ext.restoreContext();
    await new Promise((r) => setTimeout(r, 300));
    return events.join(',');
  });
  expect(lost).toBe('lost,restored');
  await waitForMap(page);
  // Wait until the restored map has drawn its arcs again (MapLibre reloads its style first).
  await expect
    .poll(() =>
      page.evaluate(() => {
        const m = (window as unknown as { __ententeMap: { queryRenderedFeatures(o: object): unknown[]; areTilesLoaded(): boolean } }).__ententeMap;
        return m.areTilesLoaded() ? m.queryRenderedFeatures({ layers: ['arc-cooperative', 'arc-tense', 'arc-severed', 'arc-warming', 'arc-hostile'] }).length : 0;
      }),
    )
    .toBeGreaterThan(0);
  await page.waitForTimeout(500);
  await expect(map).toHaveAttribute('data-arc-count', arcsBefore ?? '');
  await expect(page.getByRole('region', { name: 'Morocco', exact: true })).toBeVisible();
  await expect(page.getByTestId('timeline-date')).toHaveText('2019-06-30');
  const shot = await map.screenshot();
  await info.attach('after-context-restore', { body: shot, contentType: 'image/png' });
  const pixels = decodePng(shot);
  for (const stance of ['cooperative', 'tense', 'severed'] as const) {
    expect(countColour(pixels, STANCE_COLOURS[stance], 45), stance).toBeGreaterThan(30);
  }
  // The selected country is still highlighted.
  expect(countColour(pixels, '#fde9b8', 6)).toBeGreaterThan(100);
});
