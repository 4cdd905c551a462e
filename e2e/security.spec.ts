import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { INSIDE, openApp, pixelOf } from './mapHelpers';

/** Record CSP violations, dialogs and anything a payload would set, from before the page loads. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return {
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    dialogs,
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
  };
}

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=2;alert(2)</script>',
  '<svg onload="window.__pwned=3">',
  '"><iframe src="javascript:window.top.__pwned=4"></iframe>',
];

test('the built app runs under its Content-Security-Policy with no violation while it is used', async ({ page }) => {
  const seen = await watch(page);
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain("'unsafe-inline'");
  // Use it: select, export an image (blob: overlay, canvas), read an article (the gazetteer fetch), list view.
  const { x, y } = await pixelOf(page, INSIDE.MAR);
  await page.mouse.click(x, y);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'PNG image, 1×' }).click()]);
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill('Ghana and Togo signed a peace deal on Monday.');
  await dialog.getByLabel('Published').fill('2022-03-01');
  await dialog.getByRole('button', { name: 'Extract claims' }).click();
  await expect(page.getByRole('region', { name: /^Review:/ })).toContainText('warming');
  await page.getByRole('button', { name: 'List view' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  expect(await seen.violations()).toEqual([]);
});

test('script payloads in an article stay text: in the title, the text, the quotes and the review', async ({ page }) => {
  const seen = await watch(page);
  await openApp(page);
  const body = `Morocco cut diplomatic ties with Iran ${PAYLOADS[0]} in 2018. ${PAYLOADS[1]} Israel and Turkey will restore full diplomatic ties ${PAYLOADS[2]}.`;
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill(body);
  await dialog.getByLabel('Title').fill(PAYLOADS[3]!);
  await dialog.getByLabel('Published').fill('2020-01-01');
  await dialog.getByRole('button', { name: 'Extract claims' }).click();
  const review = page.getByRole('region', { name: /^Review:/ });
  await expect(review).toContainText('severed');
  await expect(review).toContainText(PAYLOADS[0]!);
  await review.getByRole('button', { name: /Accept all/ }).click();
  await review.getByRole('button', { name: 'Close the review' }).click();
  await expect(page.locator('.article-text')).toContainText(PAYLOADS[1]!);
  expect(await page.locator('.app img, .app iframe, .app script, .app svg[onload]').count()).toBe(0);
  expect(seen.dialogs).toEqual([]);
  expect(await seen.pwned()).toBeUndefined();
  expect(await seen.violations()).toEqual([]);
});

test('script payloads in a snapshot stay text, and a javascript: source is not a link', async ({ page }) => {
  const seen = await watch(page);
  await openApp(page);
  const text = `${PAYLOADS.join(' ')}\nMorocco cut diplomatic ties with Iran.`;
  const quote = 'Morocco cut diplomatic ties with Iran.';
  const start = text.indexOf(quote);
  const snapshot = {
    format: 'entente-snapshot',
    version: 1,
    articles: [{ id: 'evil', title: PAYLOADS[0], published: '2020-01-01', source: 'javascript:window.__pwned=5', text }],
    claims: [
      {
        id: 'evil-1',
        articleId: 'evil',
        subject: 'MAR',
        object: 'IRN',
        stance: 'severed',
        directed: true,
        when: { kind: 'point', at: '2020' },
        certainty: 'stated',
        attribution: PAYLOADS[2],
        evidence: { quote, start, end: start + quote.length },
      },
    ],
    view: { center: [0, 20], zoom: 1.5 },
    state: { asOf: '2020-06-01', selection: { kind: 'pair', key: 'IRN|MAR' }, hiddenStances: [], hiddenCertainties: [], view: 'map' },
  };
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(snapshot)) });
  await page.getByRole('dialog', { name: 'Open evil.json' }).getByRole('button', { name: 'Replace my workspace (and view)' }).click();
  const panel = page.getByTestId('pair-panel');
  await expect(panel).toContainText(PAYLOADS[2]!);
  await expect(page.locator('.article')).toContainText(PAYLOADS[0]!);
  await expect(page.locator('.article')).toContainText('javascript:window.__pwned=5');
  expect(await page.locator('.article a').count()).toBe(0);
  expect(await page.locator('.app img, .app iframe, .app script, .app svg[onload]').count()).toBe(0);
  // Exports carry the payloads as escaped text too.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'SVG vector image' }).click()]);
  const svg = readFileSync(await download.path(), 'utf8');
  expect(svg).not.toContain('<img');
  expect(svg).toContain('&lt;img src=x onerror=');
  expect(seen.dialogs).toEqual([]);
  expect(await seen.pwned()).toBeUndefined();
  expect(await seen.violations()).toEqual([]);
});
