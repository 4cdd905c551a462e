import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, waitForMap } from './mapHelpers';

const DEV = new URL('../../shared/eval/dev/articles/', import.meta.url);
const article16 = new URL('16-nicaragua-taiwan-china.txt', DEV);

test.describe('bring your own article', () => {
  test.beforeAll(() => expect(existsSync(article16), 'needs ../shared/eval/dev (beside the project, as CI has it)').toBe(true));

  test('paste an article, review its claims, see its arcs, reload and still have them', async ({ page }, info) => {
    await openApp(page);
    const map = page.getByTestId('map');
    const before = Number(await map.getAttribute('data-arc-count'));
    // The body of the article as a reader would copy it (without the file's header lines).
    const body = readFileSync(article16, 'utf8').split('\n').slice(4).join('\n');

    await page.getByRole('button', { name: 'Add article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByLabel('Article text').fill(body);
    await dialog.getByLabel('Title').fill('Nicaragua breaks ties with Taiwan');
    await dialog.getByRole('button', { name: 'Extract claims' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Give the publication date');
    await dialog.getByLabel('Published').fill('2021-12-10');
    await dialog.getByRole('button', { name: 'Extract claims' }).click();
    await expect(dialog).toBeHidden();

    const review = page.getByRole('region', { name: 'Review: Nicaragua breaks ties with Taiwan' });
    await expect(review).toBeVisible();
    const severed = review.locator('li', { hasText: 'Nicaragua → Taiwan: severed' }).filter({ hasText: 'Nicaragua on Thursday' });
    await expect(severed).toContainText('2021-12-09');
    await expect(severed.locator('blockquote')).toContainText('Nicaragua on Thursday ended longstanding diplomatic ties with Taiwan');
    // Nothing new is drawn before review.
    await expect(map).toHaveAttribute('data-arc-count', String(before));

    // Accept one, reject one, edit one, then accept the rest.
    await severed.getByRole('button', { name: 'Accept' }).click();
    await expect(severed).toContainText('accepted');
    await expect.poll(async () => Number(await map.getAttribute('data-arc-count'))).toBe(before + 1);
    const rejected = review.locator('li.claim').nth(1);
    const rejectedId = await rejected.getAttribute('data-claim');
    await rejected.getByRole('button', { name: 'Reject' }).click();
    await expect(rejected).toContainText('rejected');
    const edited = review.locator('li.claim').nth(2);
    await edited.getByRole('button', { name: 'Edit' }).click();
    await edited.getByRole('combobox', { name: 'Stance' }).selectOption('hostile');
    await edited.getByRole('button', { name: 'Save and accept' }).click();
    await expect(edited).toContainText('hostile');
    await review.getByRole('button', { name: /^Accept all/ }).click();
    await expect.poll(async () => Number(await map.getAttribute('data-arc-count'))).toBeGreaterThan(before + 1);
    // (Read the count once every claim is reviewed and the map's content has caught up with them: the stages that
    // fold and draw a change run one after another, so the count may grow in steps.)
    await expect(review.locator('li.claim', { hasText: 'unreviewed' })).toHaveCount(0);
    await expect(page.locator('.map-area')).toHaveAttribute('data-content-settled', 'true');
    const drawn = Number(await map.getAttribute('data-arc-count'));
    await info.attach('reviewed', { body: await page.screenshot(), contentType: 'image/png' });

    // The arc between Nicaragua and Taiwan is there, and its panel says which article says so.
    await page.getByRole('combobox', { name: 'Find a country or actor' }).fill('Nicaragua');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Nicaragua', exact: true });
    await expect(panel).toContainText('Taiwan');
    await expect(panel).toContainText('in “Nicaragua breaks ties with Taiwan”');

    await expect(page.locator('.app')).toHaveAttribute('data-save-state', 'saved');
    await page.reload();
    await waitForMap(page);
    await expect(map).toHaveAttribute('data-arc-count', String(drawn));
    await expect(page.getByRole('button', { name: 'Nicaragua breaks ties with Taiwan', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'review', exact: true }).nth(1).click();
    await expect(page.getByRole('region', { name: 'Review: Nicaragua breaks ties with Taiwan' }).locator(`li[data-claim="${rejectedId}"]`)).toContainText('rejected');

    // Removing the article takes its arcs away; restoring brings them back.
    await page.getByRole('button', { name: 'Remove Nicaragua breaks ties with Taiwan' }).click();
    await expect(map).toHaveAttribute('data-arc-count', String(before));
    await page.getByRole('button', { name: 'Restore Nicaragua breaks ties with Taiwan' }).click();
    await expect(map).toHaveAttribute('data-arc-count', String(drawn));
  });

  test('a dropped HTML file is read as its article text, and a claim can be added by selecting words', async ({ page }) => {
    await openApp(page);
    const html = `<html><head><title>Ghana and Togo</title><meta property="article:published_time" content="2022-03-01"></head>
      <body><nav>Menu</nav><article><h1>Ghana and Togo sign a pact</h1><p>Ghana and Togo signed a peace deal on Monday.</p>
      <p>Officials in Accra praised Lomé.</p><script>window.hacked = true</script></article></body></html>`;
    const drop = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'pact.html', { type: 'text/html' }));
      return transfer;
    }, html);
    await page.locator('.map-area').dispatchEvent('drop', { dataTransfer: drop });
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await expect(dialog.getByLabel('Title')).toHaveValue('Ghana and Togo sign a pact');
    await expect(dialog.getByLabel('Published')).toHaveValue('2022-03-01');
    await expect(dialog.getByLabel('Article text')).toHaveValue(/Ghana and Togo signed a peace deal on Monday\.\n\nOfficials in Accra praised Lomé\./);
    await dialog.getByRole('button', { name: 'Extract claims' }).click();
    const review = page.getByRole('region', { name: 'Review: Ghana and Togo sign a pact' });
    await expect(review).toContainText('warming');
    expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
    await review.getByRole('button', { name: 'Close the review' }).click();

    // Select "Officials in Accra praised Lomé" in the article text and make a claim of it.
    const sentence = page.locator('.article-text').getByText('Officials in Accra praised Lomé.');
    await sentence.selectText();
    await sentence.dispatchEvent('mouseup');
    const form = page.getByRole('region', { name: 'New claim from the selected words' });
    await expect(form).toContainText('Officials in Accra praised Lomé.');
    await form.getByRole('combobox', { name: 'Subject' }).selectOption({ label: 'Ghana' });
    await form.getByRole('combobox', { name: 'Object' }).selectOption({ label: 'Togo' });
    await form.getByRole('combobox', { name: 'Stance' }).selectOption('cooperative');
    await form.getByRole('button', { name: 'Save and accept' }).click();
    await page.getByRole('button', { name: 'review', exact: true }).nth(1).click();
    await expect(
      page.getByRole('region', { name: 'Review: Ghana and Togo sign a pact' }).locator('li', { hasText: 'Ghana – Togo: cooperative' }).filter({ hasText: 'Officials in Accra' }),
    ).toContainText('accepted');
  });
});
