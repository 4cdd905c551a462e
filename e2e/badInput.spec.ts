import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { openApp } from './mapHelpers';

// A valid snapshot, made from the seed data as the app ships it, to break in one place at a time.
const text = readFileSync(new URL('../src/domain/claims/seed/pompeo-morocco.txt', import.meta.url), 'utf8');
const claims = JSON.parse(readFileSync(new URL('../src/domain/claims/seed/pompeoMoroccoClaims.json', import.meta.url), 'utf8'));
const article = { id: 'pompeo-morocco', title: 'Pompeo visits Morocco, discusses Iran', published: '2019-12-06', source: 'Ben Ariel, citing AFP', text };
const snapshot = {
  format: 'entente-snapshot',
  version: 1,
  articles: [article],
  claims,
  view: { center: [0, 20], zoom: 1 },
  state: { asOf: '2019-12-06', selection: null, hiddenStances: [], hiddenCertainties: [], view: 'map' },
};
function broken(change: (s: typeof snapshot & Record<string, unknown>) => void): string {
  const s = structuredClone(snapshot) as typeof snapshot & Record<string, unknown>;
  change(s);
  return JSON.stringify(s, null, 2);
}

interface Case {
  what: string;
  name: string;
  content: string | number[];
  /** What the message must say (the place and the problem). */
  expect: RegExp;
  /** The file is partly valid: the valid part is offered. */
  partial?: boolean;
}

const MB5 = 5_000_000;
const CASES: Case[] = [
  { what: 'malformed JSON', name: 'malformed.json', content: '{\n  "format": "entente-snapshot",,\n  "version": 1\n}', expect: /malformed\.json: line 2, column 32.*not valid JSON/s },
  {
    what: 'a missing field',
    name: 'missing.json',
    content: broken((s) => delete s.claims[3].stance),
    expect: /missing\.json: claims\[3\]\.stance/,
    partial: true,
  },
  { what: 'a wrongly typed field', name: 'typed.json', content: broken((s) => (s.claims[4].directed = 'yes')), expect: /typed\.json: claims\[4\]\.directed/, partial: true },
  { what: 'an unknown actor code', name: 'actor.json', content: broken((s) => (s.claims[0].object = 'XYZ')), expect: /actor\.json: claims\[0\]\.object.*unknown actor code "XYZ"/s, partial: true },
  {
    what: 'a quote not in its article',
    name: 'quote.json',
    content: broken((s) => (s.claims[1].evidence.quote = s.claims[1].evidence.quote.replace('Morocco', 'Moroccx'))),
    expect: /quote\.json: claims\[1\]\.evidence.*is not in article/s,
    partial: true,
  },
  { what: 'an impossible date', name: 'date.json', content: broken((s) => (s.claims[2].when = { kind: 'point', at: '2019-02-30' })), expect: /date\.json: claims\[2\]\.when\.at.*no day 30/s, partial: true },
  { what: 'an unknown format version', name: 'version.json', content: broken((s) => (s.version = 9)), expect: /version\.json: version.*version 9 is not one this Entente reads/s },
  { what: 'an empty file', name: 'empty.json', content: '', expect: /empty\.json: the start.*the file is empty/s },
  { what: 'a binary file', name: 'image.json', content: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], expect: /image\.json: the start.*binary/s },
  { what: 'a file over the size limit', name: 'huge.txt', content: MB5 + 1, expect: /huge\.txt: size.*up to 5 MB/s } as unknown as Case,
];

/** Bring a file into the app by the given means. */
async function bring(page: Page, how: 'picker' | 'drop', c: Case) {
  const bytes =
    typeof c.content === 'number' ? Buffer.alloc(c.content, 'x') : Array.isArray(c.content) ? Buffer.from(c.content) : Buffer.from(c.content, 'utf8');
  if (how === 'picker') {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
    await chooser.setFiles({ name: c.name, mimeType: 'application/octet-stream', buffer: bytes });
  } else {
    const drop = await page.evaluateHandle(
      ({ name, data, size }) => {
        const transfer = new DataTransfer();
        const content = size ? 'x'.repeat(size) : new Uint8Array(data);
        transfer.items.add(new File([content], name));
        return transfer;
      },
      { name: c.name, data: typeof c.content === 'number' ? [] : [...bytes], size: typeof c.content === 'number' ? c.content : 0 },
    );
    await page.locator('.map-area').dispatchEvent('drop', { dataTransfer: drop });
  }
}

async function expectNothingChanged(page: Page) {
  await expect(page.getByTestId('map')).toHaveAttribute('data-arc-count', '10');
  await expect(page.locator('.article-list li')).toHaveCount(1);
}

for (const how of ['picker', 'drop'] as const) {
  test(`bad files by ${how === 'picker' ? 'file picker' : 'drag-and-drop'}: a clear message with the place, and nothing lost`, async ({ page }) => {
    test.setTimeout(180_000);
    await openApp(page);
    for (const c of CASES) {
      await bring(page, how, c);
      const alert = page.getByRole('alert').filter({ hasText: c.name });
      await expect(alert, c.what).toContainText(c.expect);
      if (c.partial) await expect(alert.getByRole('button', { name: /Import the valid part/ })).toBeVisible();
      await alert.getByRole('button', { name: /dismiss|cancel/ }).click();
      await expectNothingChanged(page);
    }
    // An article that names no actor at all.
    await bring(page, how, { what: 'no actors', name: 'weather.txt', content: 'Weather report\n\nIt rained in the hills and the rivers rose.', expect: /./ });
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByLabel('Published').fill('2020-01-01');
    await dialog.getByRole('button', { name: 'Extract claims' }).click();
    await expect(dialog.getByRole('alert')).toContainText('No relations between states found in “Weather report”');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expectNothingChanged(page);
  });
}

test('bad input by paste: the same messages, and nothing lost', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  const paste = async (content: string) => {
    await page.getByRole('button', { name: 'Add article' }).click();
    await dialog.getByLabel('Article text').fill(content);
    await dialog.getByLabel('Published').fill('2020-01-01');
    await dialog.getByRole('button', { name: 'Extract claims' }).click();
  };
  for (const c of CASES.filter((x) => typeof x.content === 'string' && x.content !== '')) {
    await paste(c.content as string);
    const alert = page.getByRole('alert').filter({ hasText: 'pasted text' });
    await expect(alert, c.what).toContainText(new RegExp(c.expect.source.replace(/^[\w.]+\\\.json/, 'pasted text'), 's'));
    await alert.getByRole('button', { name: /dismiss|cancel/ }).click();
    await expectNothingChanged(page);
  }
  // Empty, binary, too big and actor-less text, pasted.
  await page.getByRole('button', { name: 'Add article' }).click();
  await dialog.getByRole('button', { name: 'Extract claims' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Paste an article or choose a file first.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await paste('\u0000\u0001\u0002PNG\u0000\u0000\u0000binary');
  await expect(page.getByRole('alert').filter({ hasText: 'pasted text' })).toContainText('binary');
  await page.getByRole('alert').filter({ hasText: 'pasted text' }).getByRole('button', { name: 'dismiss' }).click();
  await paste('x'.repeat(MB5 + 10));
  await expect(page.getByRole('alert').filter({ hasText: 'pasted text' })).toContainText('up to 5 MB');
  await page.getByRole('alert').filter({ hasText: 'pasted text' }).getByRole('button', { name: 'dismiss' }).click();
  await paste('It rained in the hills and the rivers rose.');
  await expect(dialog.getByRole('alert')).toContainText('No relations between states found');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expectNothingChanged(page);
});

test('a partly valid file: after seeing what is skipped, the valid part can be imported', async ({ page }) => {
  await openApp(page);
  await bring(page, 'picker', CASES[3] as Case);
  const alert = page.getByRole('alert').filter({ hasText: 'actor.json' });
  await expect(alert).toContainText('unknown actor code "XYZ"');
  await alert.getByRole('button', { name: /Import the valid part \(26 claims\)/ }).click();
  await expect(alert).toBeHidden();
  // A snapshot asks before it replaces the workspace.
  await page.getByRole('dialog', { name: 'Open actor.json' }).getByRole('button', { name: 'Replace my workspace (and view)' }).click();
  // Claim 0 (United States – Iran, tense, reported) is skipped; the other 26 are on the map.
  await page.getByRole('button', { name: 'List view' }).click();
  await expect(page.getByRole('table')).toContainText('Iran – United States');
  await expect(page.getByText(/10 relations from 26 claims on the map/)).toBeVisible();
  await page.getByRole('button', { name: 'Map' }).click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-arc-count', '10');
});
