import { expect, test } from '@playwright/test';
import { exportAs, openApp, waitForMap } from './mapHelpers';

const articles = (page: import('@playwright/test').Page) => page.locator('.article-list li');

test('a failed save is shown at once, and the last good copy is kept', async ({ page }) => {
  await openApp(page);
  // Break IndexedDB writes as a full disk would.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    (window as unknown as { __put: typeof put }).__put = put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: 'Remove Pompeo visits Morocco, discusses Iran' }).click();
  const trouble = page.getByTestId('save-trouble');
  await expect(trouble).toContainText('Your last change is not saved');
  await expect(trouble).toContainText('quota');
  // The app goes on working with what the user has.
  await expect(page.getByTestId('map')).toHaveAttribute('data-arc-count', '0');
  // Reloading now gives the last good copy: the article is still there.
  await page.reload();
  await waitForMap(page);
  await expect(articles(page)).toHaveCount(1);
  await expect(page.getByTestId('map')).toHaveAttribute('data-arc-count', '10');
  await expect(trouble).toBeHidden();
  // With writes working again, the next change is saved.
  await page.getByRole('button', { name: 'Remove Pompeo visits Morocco, discusses Iran' }).click();
  await expect(page.getByRole('button', { name: 'Restore Pompeo visits Morocco, discusses Iran' })).toBeVisible();
  await expect(page.locator('.app')).toHaveAttribute('data-save-state', 'saved');
  await page.reload();
  await waitForMap(page);
  await expect(page.getByRole('button', { name: 'Restore Pompeo visits Morocco, discusses Iran' })).toBeVisible();
});

test('killing the page in the middle of a save loses at most that change, never the workspace', async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await openApp(first);
  // A saved workspace with two articles.
  await first.getByRole('button', { name: 'Add article' }).click();
  const dialog = first.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill('Ghana and Togo signed a peace deal on Monday.');
  await dialog.getByLabel('Published').fill('2022-03-01');
  await dialog.getByRole('button', { name: 'Extract claims' }).click();
  await expect(articles(first)).toHaveCount(2);
  await expect(first.locator('.app')).toHaveAttribute('data-save-state', 'saved');
  // Make a large change and kill the page while it is being written.
  await first.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      (window as unknown as { __writing: boolean }).__writing = true;
      return put.apply(this, args);
    };
  });
  await first.getByRole('button', { name: 'review', exact: true }).nth(1).click();
  await first.getByRole('button', { name: /Accept all/ }).click();
  await first.waitForFunction(() => (window as unknown as { __writing?: boolean }).__writing === true);
  await first.close({ runBeforeUnload: false });

  const second = await context.newPage();
  await openApp(second);
  // Either copy, before or after the change, but the workspace is whole.
  await expect(articles(second)).toHaveCount(2);
  await expect(second.getByTestId('save-trouble')).toBeHidden();
  await expect(second.getByTestId('map')).toHaveAttribute('data-arc-count', /^(10|11)$/);
  await context.close();
});

test('two open tabs do not overwrite each other silently', async ({ browser }) => {
  const context = await browser.newContext();
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a);
  await openApp(b);
  // Tab A removes the article and saves.
  await a.getByRole('button', { name: 'Remove Pompeo visits Morocco, discusses Iran' }).click();
  await expect(a.getByRole('button', { name: 'Restore Pompeo visits Morocco, discusses Iran' })).toBeVisible();
  await expect(a.locator('.app')).toHaveAttribute('data-save-state', 'saved');
  // Tab B hears of it at once.
  await expect(b.getByTestId('save-trouble')).toContainText('changed in another tab');
  // If B changes its own older copy, its save is refused, not written over A's.
  await b.getByRole('button', { name: 'Add article' }).click();
  const dialog = b.getByRole('dialog', { name: 'Add an article' });
  await dialog.getByLabel('Article text').fill('Ghana and Togo signed a peace deal on Monday.');
  await dialog.getByLabel('Published').fill('2022-03-01');
  await dialog.getByRole('button', { name: 'Extract claims' }).click();
  await expect(b.getByTestId('save-trouble')).toContainText('your last change is not saved');
  await a.reload();
  await waitForMap(a);
  await expect(articles(a)).toHaveCount(0);
  // B takes A's copy.
  await b.getByRole('button', { name: "Load the other tab's copy" }).click();
  await expect(b.getByRole('button', { name: 'Restore Pompeo visits Morocco, discusses Iran' })).toBeVisible();
  await expect(b.getByTestId('save-trouble')).toBeHidden();
  await context.close();
});

test('a workspace saved in the first layout (one record) still opens, and is saved in parts after the next change', async ({ page }) => {
  await openApp(page);
  // What an earlier Entente wrote: one record, "current", holding the version and the whole workspace.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('entente', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('workspace', 'readwrite');
          const store = tx.objectStore('workspace');
          store.clear();
          const text = 'Morocco and Israel restored ties on Thursday.';
          store.put(
            {
              version: 4,
              data: {
                articles: [{ id: 'legacy', title: 'A copy saved by an earlier Entente', published: '2020-12-10', source: 'test', text }],
                claims: [
                  {
                    id: 'legacy-1',
                    articleId: 'legacy',
                    subject: 'MAR',
                    object: 'ISR',
                    stance: 'warming',
                    directed: false,
                    when: { kind: 'point', at: '2020-12-10' },
                    certainty: 'stated',
                    attribution: 'test',
                    evidence: { quote: text, start: 0, end: text.length },
                  },
                ],
                review: {},
                removed: [],
              },
            },
            'current',
          );
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await waitForMap(page);
  await expect(page.locator('.article-title')).toContainText('A copy saved by an earlier Entente');
  await expect(page.getByTestId('map')).toHaveAttribute('data-arc-count', '1');

  // The next change is saved in the new layout (claims in chunks, the rest, the version, and what
  // can be undone), over the old record's version.
  await page.getByRole('button', { name: 'Remove A copy saved by an earlier Entente' }).click();
  await expect(page.locator('.app')).toHaveAttribute('data-save-state', 'saved');
  const keys = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('entente', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('workspace').objectStore('workspace').getAllKeys();
          request.onsuccess = () => resolve(request.result.map(String));
        };
      }),
  );
  expect(keys).toEqual(['claims-000000', 'history', 'meta', 'version']);
  await page.reload();
  await waitForMap(page);
  await expect(page.getByRole('button', { name: 'Restore A copy saved by an earlier Entente' })).toBeVisible();
  await expect(page.getByTestId('map')).toHaveAttribute('data-arc-count', '0');
});

test('replacing the workspace with a snapshot can be undone and redone, also after a reload', async ({ page }) => {
  await openApp(page);
  const title = page.locator('.article-title');
  const map = page.getByTestId('map');
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeDisabled();
  // A colleague's snapshot: another reading, three claims of it.
  const theirs = JSON.parse((await exportAs(page, 'Share as file: your data and this view (snapshot)')).text());
  theirs.articles[0].title = 'A colleague’s reading';
  theirs.claims = theirs.claims.slice(0, 3);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
  await chooser.setFiles({ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(theirs)) });
  await page.getByRole('dialog', { name: 'Open colleague.json' }).getByRole('button', { name: 'Replace my workspace (and view)' }).click();
  await expect(title).toContainText('A colleague’s reading');
  await expect(map).not.toHaveAttribute('data-arc-count', '10');
  await expect(page.locator('.app')).toHaveAttribute('data-save-state', 'saved');

  // After a reload the replaced workspace is still one click away.
  await page.reload();
  await waitForMap(page);
  await expect(title).toContainText('A colleague’s reading');
  await expect(undo).toHaveAttribute('title', 'Undo: open colleague.json, replacing the workspace (Ctrl+Z)');
  await undo.click();
  await expect(title).toContainText('Pompeo visits Morocco, discusses Iran');
  await expect(map).toHaveAttribute('data-arc-count', '10');
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toHaveText(/Undone: open colleague\.json, replacing the workspace\./);

  // Redo from the keyboard, then undo again; the undone state is what a reload shows.
  await page.keyboard.press('Control+Shift+Z');
  await expect(title).toContainText('A colleague’s reading');
  await page.keyboard.press('Control+z');
  await expect(title).toContainText('Pompeo visits Morocco, discusses Iran');
  await expect(page.locator('.app')).toHaveAttribute('data-save-state', 'saved');
  await page.reload();
  await waitForMap(page);
  await expect(title).toContainText('Pompeo visits Morocco, discusses Iran');
  await expect(map).toHaveAttribute('data-arc-count', '10');
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeEnabled();
});

test('removing an article is undone with its arcs, and a new change clears what could be redone', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Remove Pompeo visits Morocco, discusses Iran' }).click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-arc-count', '0');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-arc-count', '10');
  await expect(page.getByRole('button', { name: 'Remove Pompeo visits Morocco, discusses Iran' })).toBeVisible();
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await expect(redo).toHaveAttribute('title', 'Redo: remove “Pompeo visits Morocco, discusses Iran” (Ctrl+Shift+Z)');
  await page.getByRole('button', { name: 'Remove Pompeo visits Morocco, discusses Iran' }).click();
  await expect(redo).toBeDisabled();
});
