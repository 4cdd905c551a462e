// Reading an article a user pastes: its title and date are found, its claims come with the words
// that name each event and the event's name, accepted claims draw arcs, and the map moves to them.
// An article in another language gets a plain notice and is kept for claims by hand.
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp } from './mapHelpers';

const article27 = new URL('../../shared/eval/dev/articles/27-peru-expels-mexican-ambassador.txt', import.meta.url);

test.describe('reading a pasted article', () => {
  test.beforeAll(() => expect(existsSync(article27), 'needs ../shared/eval/dev (beside the project, as CI has it)').toBe(true));

  test('Peru expels the Mexican ambassador: claims with their trigger words and events, accepted, drawn, and the map moved to them', async ({ page }, info) => {
    await openApp(page);
    const map = page.getByTestId('map');
    const before = Number(await map.getAttribute('data-arc-count'));
    const hashBefore = new URL(page.url()).hash;
    // What a reader copies from the page: the title, the date line, the body (not the file's source line).
    const pasted = readFileSync(article27, 'utf8').split('\n').slice(1).join('\n');
    const [title, date] = pasted.split('\n');

    await page.getByRole('button', { name: 'Add article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByLabel('Article text').fill(pasted);
    // The title and date lines are found in the pasted text.
    await expect(dialog.getByLabel('Title')).toHaveValue(title as string);
    await expect(dialog.getByLabel('Published')).toHaveValue(date as string);
    await dialog.getByRole('button', { name: 'Extract claims' }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });

    const review = page.getByRole('region', { name: `Review: ${title}` });
    await expect(review).toBeVisible();
    const peruMexico = review.locator('li.claim', { hasText: /Peru [→–] Mexico: tense/ }).first();
    await expect(peruMexico).toBeVisible();
    // The words that name the event are marked in the sentence, and the event is named by its CAMEO code.
    await expect(peruMexico.locator('mark.trigger')).not.toBeEmpty();
    await expect(peruMexico.locator('.event-name')).toHaveText(/^\d{3,4} \w/);
    expect(await peruMexico.locator('blockquote').textContent()).toContain((await peruMexico.locator('mark.trigger').textContent()) ?? '?');
    await expect(review.locator('.meta').first()).toContainText(/\d+ claims? read from the article/);
    await info.attach('review', { body: await page.screenshot(), contentType: 'image/png' });

    // The map has moved to the article's countries (the hash's map part changes) and date.
    await expect.poll(() => new URL(page.url()).hash).not.toBe(hashBefore);
    await expect(page.getByRole('slider', { name: 'Date the relations are drawn as of' })).toHaveAttribute('aria-valuetext', date as string);

    await review.getByRole('button', { name: /^Accept all/ }).click();
    await expect.poll(async () => Number(await map.getAttribute('data-arc-count'))).toBeGreaterThan(before);
    await info.attach('accepted', { body: await page.screenshot(), contentType: 'image/png' });

    // The pair panel names the event behind the claim.
    await page.getByRole('combobox', { name: 'Find a country or actor' }).fill('Peru');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('region', { name: 'Peru', exact: true });
    await expect(panel).toContainText('Mexico');
  });

  test('a second article with the same title as one already loaded opens its own review, not the old one', async ({ page }) => {
    await openApp(page);
    const add = async (text: string) => {
      await page.getByRole('button', { name: 'Add article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add an article' });
      await dialog.getByLabel('Article text').fill(text);
      await dialog.getByLabel('Title').fill('Morning briefing');
      await dialog.getByLabel('Published').fill('2024-03-05');
      await dialog.getByRole('button', { name: 'Extract claims' }).click();
      await expect(dialog).toBeHidden({ timeout: 60_000 });
    };
    await add('Peru expelled the Mexican ambassador on Monday, accusing Mexico of meddling in its affairs.');
    const review = page.getByRole('region', { name: 'Review: Morning briefing' });
    await expect(review.locator('li.claim').first()).toContainText('Peru');
    await add('Japan and Australia signed a defence treaty on Tuesday.');
    // The review and the article shown are the new article's: its claims, its text.
    await expect(review.locator('li.claim').first()).toContainText('Japan');
    await expect(review).not.toContainText('Peru');
    await expect(page.getByRole('region', { name: 'Articles' })).toContainText(/Morning briefing[\s\S]*Morning briefing/);
  });

  test('a measure set ahead of the article\'s date: the map moves to the day it takes effect, and draws it once accepted', async ({ page }) => {
    await openApp(page);
    const map = page.getByTestId('map');
    await page.getByRole('button', { name: 'Add article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByLabel('Article text').fill('Chile imposed a ban on cargo flights between Chile and Bolivia from July 8, the presidency said.');
    await dialog.getByLabel('Title').fill('Chile bans cargo flights');
    await dialog.getByLabel('Published').fill('2019-06-22');
    await dialog.getByRole('button', { name: 'Extract claims' }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
    const review = page.getByRole('region', { name: 'Review: Chile bans cargo flights' });
    await expect(review.locator('li.claim', { hasText: /Chile [→–] Bolivia: tense · 2019-07-08/ }).first()).toBeVisible();
    // Not the article's date, on which the ban is not yet in force: the day it takes effect.
    await expect(page.getByRole('slider', { name: 'Date the relations are drawn as of' })).toHaveAttribute('aria-valuetext', '2019-07-08');
    // (Arcs drawn on that day before the claim is accepted, and after.)
    await expect(map).toHaveAttribute('data-map-ready', 'true');
    const before = Number(await map.getAttribute('data-arc-count'));
    await review.getByRole('button', { name: /^Accept all/ }).click();
    await expect.poll(async () => Number(await map.getAttribute('data-arc-count'))).toBeGreaterThan(before);
  });

  test('a French article gets a plain notice and is kept for claims by hand', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Add article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog
      .getByLabel('Article text')
      .fill(
        "Le Pérou a expulsé mardi l'ambassadeur du Mexique, l'accusant d'ingérence dans les affaires intérieures du pays après la destitution de l'ancien président. " +
          "Le gouvernement mexicain a dénoncé une décision injustifiée et a rappelé que l'asile accordé à la famille relevait du droit international.",
      );
    await dialog.getByLabel('Title').fill('Le Pérou expulse l’ambassadeur du Mexique');
    await dialog.getByLabel('Published').fill('2022-12-21');
    await dialog.getByRole('button', { name: 'Extract claims' }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
    await expect(page.getByText('Entente reads English articles; this one looks French.')).toBeVisible();
    // Kept: it is in the list of articles, with no claims.
    await expect(page.getByRole('button', { name: 'Le Pérou expulse l’ambassadeur du Mexique', exact: true })).toBeVisible();
    await expect(page.locator('li', { has: page.getByRole('button', { name: 'Le Pérou expulse l’ambassadeur du Mexique', exact: true }) })).toContainText('0 claims');
  });

  test('a long article is read with progress and can be stopped; the page stays usable meanwhile', async ({ page }) => {
    await openApp(page);
    const seed = readFileSync(new URL('../src/domain/claims/seed/pompeo-morocco.txt', import.meta.url), 'utf8');
    const long = Array.from({ length: 1500 }, () => seed).join('\n\n'); // about 4.5 MB
    await page.getByRole('button', { name: 'Add article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByLabel('File').setInputFiles({ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(long) });
    await expect(dialog.getByLabel('Title')).toHaveValue('Pompeo visits Morocco, discusses Iran');
    await dialog.getByLabel('Title').fill('A very long article');
    await dialog.getByLabel('Published').fill('2019-12-06');
    await dialog.getByRole('button', { name: 'Extract claims' }).click();
    const progress = dialog.getByRole('progressbar', { name: 'Reading the article' });
    await expect(progress).toBeVisible();
    // The page answers while the worker reads: the title field still takes typing.
    await dialog.getByLabel('Title').fill('A very long article, still here');
    await expect(dialog.getByLabel('Title')).toHaveValue('A very long article, still here');
    await dialog.getByRole('button', { name: 'Stop reading' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Reading was cancelled; nothing was added.');
    await expect(page.getByRole('button', { name: 'A very long article, still here', exact: true })).toHaveCount(0);
  });
});
