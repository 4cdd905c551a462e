// Helpers for end-to-end tests: wait for the map to be drawn, find the pixel where a place or an
// arc is drawn so that tests can click and hover there with the real mouse, and export a file
// through the Export menu as a user does.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

interface TestMap {
  project(p: [number, number]): { x: number; y: number };
  isMoving(): boolean;
  jumpTo(camera: { center: [number, number]; zoom: number }): void;
  once(event: string, f: () => void): void;
  queryRenderedFeatures(opts: { layers: string[] }): { properties: Record<string, unknown>; geometry: { type: string; coordinates: number[][] } }[];
  getCanvas(): HTMLCanvasElement;
}
declare global {
  interface Window {
    __ententeMap?: TestMap;
  }
}

export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await waitForMap(page);
}

export async function waitForMap(page: Page): Promise<void> {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
}

/** Export through the Export menu's `item`, with a real download: the file's name, path and text. */
export async function exportAs(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path, text: () => readFileSync(path, 'utf8') };
}

/** Page coordinates of a longitude/latitude on the map (once it has come to rest: a selection may move it). */
export async function pixelOf(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const local = await page.evaluate(
    (p) =>
      new Promise<{ x: number; y: number }>((resolve) => {
        const map = window.__ententeMap!;
        if (!map.isMoving()) resolve(map.project(p));
        else map.once('moveend', () => resolve(map.project(p)));
      }),
    lngLat,
  );
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map has no box');
  return { x: box.x + local.x, y: box.y + local.y };
}

/** Page coordinates of the middle of the drawn arc of a pair ("IRN|MAR"). */
export async function arcMidpoint(page: Page, key: string): Promise<{ x: number; y: number }> {
  const mid = await page.evaluate((k) => {
    const layers = ['arc-cooperative', 'arc-warming', 'arc-tense', 'arc-severed', 'arc-hostile'];
    const arc = window.__ententeMap!.queryRenderedFeatures({ layers }).find((f) => f.properties.key === k);
    if (!arc) return null;
    const coords = arc.geometry.coordinates;
    return coords[Math.floor(coords.length / 2)] as [number, number];
  }, key);
  if (!mid) throw new Error(`no arc drawn for ${key}`);
  return pixelOf(page, mid);
}

/** Points known to lie inside the countries the tests click. */
export const INSIDE = {
  MAR: [-6.3, 32.3] as [number, number],
  ISR: [34.9, 31.0] as [number, number],
  BRA: [-52, -10] as [number, number],
  QAT: [51.2, 25.3] as [number, number],
  SGP: [103.82, 1.35] as [number, number],
};
