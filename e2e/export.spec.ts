import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { STANCE_COLOURS } from '../src/domain/relations/arcStyle';
import { parseCsv } from '../src/export/claimsTable';
import { exportAs, openApp } from './mapHelpers';
import { countColour, decodePng } from './mapPixels';

// The seed claims as the app ships them (read as data: the app's module imports need Vite).
const SEED_CLAIMS: { id: string; evidence: { quote: string } }[] = JSON.parse(
  readFileSync(new URL('../src/domain/claims/seed/pompeoMoroccoClaims.json', import.meta.url), 'utf8'),
);

test.describe('export', () => {
  test('PNG at 2x: the size asked for, with each stance colour on screen', async ({ page }, info) => {
    await openApp(page, '#map=2.3/30/5');
    const box = await page.getByTestId('map').evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
    const file = await exportAs(page, 'PNG image, 2×');
    expect(file.name).toBe('entente-pompeo-morocco-2019-12-06-2x.png');
    const png = decodePng(readFileSync(file.path));
    expect(png.width).toBe(box.width * 2);
    expect(png.height).toBe(box.height * 2);
    for (const stance of ['cooperative', 'warming', 'tense', 'severed'] as const) {
      expect(countColour(png, STANCE_COLOURS[stance], 45), stance).toBeGreaterThan(60);
    }
    await expect(page.getByTestId('export-status')).toContainText(`${png.width}×${png.height} pixels`);
    await info.attach('export-2x.png', { path: file.path, contentType: 'image/png' });
  });

  test('PNG at 4x of a large view says when MapLibre capped its size', async ({ page }) => {
    await page.setViewportSize({ width: 1700, height: 1000 });
    await openApp(page);
    const file = await exportAs(page, 'PNG image, 4×');
    const png = decodePng(readFileSync(file.path));
    expect(Math.max(png.width, png.height)).toBeLessThanOrEqual(4096);
    await expect(page.getByTestId('export-status')).toContainText('capped');
  });

  test('SVG: parses, one path per arc drawn, and the legend', async ({ page }, info) => {
    await openApp(page);
    const arcCount = Number(await page.getByTestId('map').getAttribute('data-arc-count'));
    const file = await exportAs(page, 'SVG vector image');
    expect(file.name).toBe('entente-pompeo-morocco-2019-12-06.svg');
    const svg = file.text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        arcs: doc.querySelectorAll('g.arc path.arc-line').length,
        countries: doc.querySelectorAll('path.country').length,
        legend: doc.querySelector('g.legend')?.textContent ?? '',
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.arcs).toBe(arcCount);
    expect(parsed.countries).toBeGreaterThan(200);
    for (const stance of Object.keys(STANCE_COLOURS)) expect(parsed.legend).toContain(stance);
    await info.attach('export.svg', { path: file.path, contentType: 'image/svg+xml' });
  });

  test('GeoJSON and CSV parse and agree with the claims', async ({ page }) => {
    await openApp(page);
    const geo = JSON.parse((await exportAs(page, 'GeoJSON of the arcs')).text());
    const arcs = geo.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'arc');
    expect(arcs).toHaveLength(Number(await page.getByTestId('map').getAttribute('data-arc-count')));
    const ids = new Set(SEED_CLAIMS.map((c) => c.id));
    for (const arc of arcs) {
      expect(arc.geometry.type).toBe('LineString');
      expect(arc.properties.claim_ids.length).toBe(arc.properties.claim_count);
      for (const id of arc.properties.claim_ids) expect(ids.has(id)).toBe(true);
    }
    const marIrn = arcs.find((a: { properties: { pair: string } }) => a.properties.pair === 'IRN|MAR');
    expect(marIrn.properties.stance).toBe('severed');

    const csv = parseCsv((await exportAs(page, 'CSV of the claims')).text());
    expect(csv).toHaveLength(SEED_CLAIMS.length + 1);
    const quote = csv[0]!.indexOf('quote');
    expect(csv.slice(1).map((row) => row[quote])).toEqual(SEED_CLAIMS.map((c) => c.evidence.quote));
    const json = JSON.parse((await exportAs(page, 'JSON of the claims')).text());
    expect(json.claims).toEqual(SEED_CLAIMS);
  });

  test('the CSV and JSON of the claims and the GeoJSON of the arcs open again: here nothing is new; claims whose article is missing are kept under their source, “’” intact', async ({ page }) => {
    await openApp(page);
    const csv = await exportAs(page, 'CSV of the claims');
    const json = await exportAs(page, 'JSON of the claims');
    const open = async (name: string, text: string) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
      await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
      // Claims join the workspace only when the user says so.
      await page.getByRole('dialog', { name: `Open ${name}` }).getByRole('button', { name: 'Add to my workspace' }).click();
      return page.getByRole('status').filter({ hasText: `from ${name}` });
    };
    await expect(await open(csv.name, csv.text())).toHaveText(/Added nothing from .*\.csv; 27 claims already here were left as they are\./);
    await expect(await open(json.name, json.text())).toHaveText(/Added nothing from .*\.json; 1 article and 27 claims already here were left as they are\./);
    // The GeoJSON of the arcs too: the claims behind its arcs ride along.
    const geo = await exportAs(page, 'GeoJSON of the arcs');
    await expect(await open(geo.name, geo.text())).toHaveText(/Added nothing from .*\.geojson; 1 article and \d+ claims already here were left as they are\./);

    // A colleague's CSV of another article, whose text this browser does not have.
    const theirs = csv.text().replaceAll('"pompeo-morocco"', '"a-colleagues-article"').replaceAll('"seed-', '"theirs-');
    await expect(await open('theirs.csv', theirs)).toContainText('Added 1 article and 27 claims from theirs.csv.');
    const entry = page.getByRole('button', { name: 'Claims of “a-colleagues-article”, from theirs.csv', exact: true });
    await entry.click();
    const text = page.locator('.article-text');
    await expect(text).toContainText('Pompeo’s visit to Morocco was announced last week');
    await expect(page.getByTestId('map')).toHaveAttribute('data-arc-count', '10');
  });

  test('a snapshot restores the identical state, by file picker and by drag-and-drop', async ({ page }) => {
    const hash = '#map=3.2/31.5/12&pair=IRN|MAR&date=2019-06-30&hide=alleged';
    await openApp(page, hash);
    const before = { url: page.url(), panel: await page.getByTestId('pair-panel').textContent() };
    const snapshot = await exportAs(page, 'Share as file: your data and this view (snapshot)');
    expect(snapshot.name).toBe('entente-iran-morocco-2019-06-30-snapshot.json');

    // Change everything, then open the snapshot with the file picker.
    await page.keyboard.press('Escape');
    await page.getByRole('slider', { name: 'Date the relations are drawn as of' }).focus();
    await page.keyboard.press('Home');
    await page.getByRole('region', { name: 'Legend' }).getByRole('button', { name: /^alleged/ }).click();
    await page.mouse.wheel(0, 400);
    await expect(page).not.toHaveURL(/pair=/);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
    await chooser.setFiles(snapshot.path);
    // Opening asks first: nothing is replaced until the user says so.
    const choice = page.getByRole('dialog', { name: /^Open / });
    await expect(choice).toContainText('It holds 1 article and 27 claims');
    await choice.getByRole('button', { name: 'Replace my workspace (and view)' }).click();
    await expect(choice).toBeHidden();
    await expect(page.getByTestId('pair-panel')).toHaveText(before.panel ?? '');
    await expect.poll(() => page.url()).toBe(before.url);

    // Again, by dropping the file on the map: Cancel changes nothing, Add keeps the view and adds
    // nothing the workspace already has, Replace restores.
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/pair=/);
    const unselected = page.url();
    const content = snapshot.text();
    const dropIt = async () => {
      const drop = await page.evaluateHandle((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'snapshot.json', { type: 'application/json' }));
        return transfer;
      }, content);
      await page.locator('.map-area').dispatchEvent('drop', { dataTransfer: drop });
      return page.getByRole('dialog', { name: 'Open snapshot.json' });
    };
    await (await dropIt()).getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    expect(page.url()).toBe(unselected);
    await (await dropIt()).getByRole('button', { name: 'Add to my workspace' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'from snapshot.json' })).toContainText('Added nothing from snapshot.json; 1 article and 27 claims already here were left as they are.');
    expect(page.url()).toBe(unselected);
    await (await dropIt()).getByRole('button', { name: 'Replace my workspace (and view)' }).click();
    await expect(page.getByTestId('pair-panel')).toHaveText(before.panel ?? '');
    await expect.poll(() => page.url()).toBe(before.url);
  });

  test('pasting on the page opens what was pasted: a snapshot asks first, an article goes to the Add article dialog', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '#country=MAR');
    const snapshot = await exportAs(page, 'Share as file: your data and this view (snapshot)');
    const paste = async (text: string) => {
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
      // On the map, not in a text field: the page takes the paste.
      await page.getByTestId('map').click({ position: { x: 20, y: 300 } });
      await page.keyboard.press('Control+V');
    };
    await paste(snapshot.text());
    const choice = page.getByRole('dialog', { name: 'Open pasted text' });
    await expect(choice).toContainText('It holds 1 article and 27 claims, with its own view.');
    await choice.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'pasted text was not opened' })).toBeVisible();
    await paste('Peru and Mexico restored full diplomatic relations on Monday, the two foreign ministries said.');
    const dialog = page.getByRole('dialog', { name: /Add an article/ });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Article text' })).toHaveValue(/Peru and Mexico restored full diplomatic relations/);
  });

  test('a broken snapshot is refused with the place of the problem, and nothing changes', async ({ page }) => {
    await openApp(page, '#country=MAR');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open…' }).click(),
    ]);
    await chooser.setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "entente-snapshot",\n  "version": 1,,\n}') });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not open broken.json; nothing was changed.');
    await expect(alert).toContainText('broken.json: line 3');
    await expect(page.getByRole('region', { name: 'Morocco', exact: true })).toBeVisible();
  });

  test('copy link puts the URL with the whole state on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '#country=ISR&date=2001-06-01');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    // The map comes to rest somewhere else as the button is pressed: the link holds the view as it is
    // then, not as the address bar last had it (that is written a quarter of a second after the map stops).
    const item = page.getByRole('menuitem', { name: 'Copy link' });
    await item.evaluate((button) =>
      button.addEventListener('pointerdown', () => window.__ententeMap!.jumpTo({ center: [20, 10], zoom: 4 }), { once: true }),
    );
    await item.click();
    await expect(page.getByTestId('export-status')).toContainText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toMatch(/#map=4\/10\/20&country=ISR&date=2001-06-01$/);
    // The menu says what each way of sharing carries.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('menuitem', { name: 'Copy link: this view, date and selection (not your data)' })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Share as file: your data and this view (snapshot)' })).toBeVisible();
    await expect(page.getByRole('menu', { name: 'Export' })).toContainText('To share your articles and claims, share the file.');
  });

  test('a link whose selection nothing here names says why: a link carries the view, not the articles', async ({ page }) => {
    // A colleague's link about Poland, opened in a browser that has only Entente's own article.
    await openApp(page, '#country=POL&date=2021-08-01');
    const note = page.getByTestId('link-note');
    await expect(note).toContainText('nothing loaded in this browser names Poland');
    await expect(note).toContainText('Export → Share as file');
    // A selection the loaded article does name has no such note; nor has one the user makes.
    await openApp(page, '#pair=IRN|MAR');
    await expect(page.getByTestId('pair-panel')).toBeVisible();
    await expect(note).toBeHidden();
    await openApp(page, '#country=POL');
    await expect(note).toBeVisible();
    await page.getByRole('combobox', { name: 'Find a country or actor' }).fill('Brazil');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Brazil', exact: true })).toBeVisible();
    await expect(note).toBeHidden();
  });
});
