import { expect, type Page, test } from '@playwright/test';
import { openApp } from './mapHelpers';

/** Drag the timeline's handle with the mouse to the place of a date on the track. */
async function dragTimelineTo(page: Page, date: string) {
  const handle = page.getByRole('slider', { name: 'Date the relations are drawn as of' });
  const track = page.locator('.timeline-track');
  const box = await track.boundingBox();
  const handleBox = await handle.boundingBox();
  if (!box || !handleBox) throw new Error('no timeline');
  const min = Number(await handle.getAttribute('aria-valuemin'));
  const max = Number(await handle.getAttribute('aria-valuemax'));
  const day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
  const x = box.x + 16 + ((day - min) / (max - min)) * (box.width - 32);
  await page.mouse.move(handleBox.x + handleBox.width / 2, handleBox.y + handleBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, handleBox.y + handleBox.height / 2, { steps: 6 });
  await page.mouse.up();
}

async function shownDate(page: Page): Promise<string> {
  return (await page.getByTestId('timeline-date').textContent()) ?? '';
}

test.describe('time', () => {
  test('dragging the timeline redraws Morocco – Israel: warming in 1995, severed in 2001, warming in 2019', async ({ page }, info) => {
    await openApp(page, '#pair=ISR|MAR');
    const stance = page.getByTestId('pair-stance');
    const map = page.getByTestId('map');
    const expectations: [string, RegExp, string][] = [
      ['1995-06-15', /^1995-/, 'warming'],
      ['2001-06-15', /^2001-/, 'severed'],
      ['2019-06-15', /^2019-/, 'warming'],
    ];
    for (const [date, year, expected] of expectations) {
      await dragTimelineTo(page, date);
      expect(await shownDate(page)).toMatch(year);
      await expect(stance).toContainText(`${expected} as of ${await shownDate(page)}`);
      await expect(page).toHaveURL(new RegExp(`date=${await shownDate(page)}`));
      await expect(map).toHaveAttribute('data-map-ready', 'true');
      await info.attach(`timeline-${date.slice(0, 4)}`, { body: await page.screenshot(), contentType: 'image/png' });
    }
    // In 1993 nothing is drawn between Morocco and Israel.
    await dragTimelineTo(page, '1993-06-15');
    await expect(stance).toContainText('No claim on this pair holds by 1993-');
    await page.getByRole('button', { name: 'List view' }).click();
    await expect(page.getByRole('table')).not.toContainText('Israel – Morocco');
  });

  test('the arrow keys move the date, and the arc count follows it', async ({ page }) => {
    await openApp(page);
    const handle = page.getByRole('slider', { name: 'Date the relations are drawn as of' });
    const map = page.getByTestId('map');
    await expect(map).toHaveAttribute('data-arc-count', '10');
    await handle.focus();
    await page.keyboard.press('Home');
    await expect(handle).toHaveAttribute('aria-valuetext', '1979-01-01');
    // On the first day of 1979 only the two "since 1979" relations with Iran hold.
    await expect(map).toHaveAttribute('data-arc-count', '2');
    await page.keyboard.press('PageUp');
    await expect(handle).toHaveAttribute('aria-valuetext', '1980-01-01');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(handle).toHaveAttribute('aria-valuetext', '1994-01-01');
    await expect(map).toHaveAttribute('data-arc-count', '3');
    await page.keyboard.press('End');
    await expect(handle).toHaveAttribute('aria-valuetext', '2019-12-06');
  });

  test('play advances the date through the years and pauses at the marks', async ({ page }) => {
    await openApp(page, '#date=1990-01-01');
    expect(await shownDate(page)).toBe('1990-01-01');
    await page.getByRole('combobox', { name: 'Playback speed' }).selectOption({ label: '8 years/s' });
    await page.getByRole('button', { name: 'Play' }).click();
    // It holds at the 1994 mark before going on.
    await expect.poll(() => shownDate(page), { timeout: 10_000 }).toBe('1994-01-01');
    await expect.poll(() => shownDate(page), { timeout: 10_000 }).not.toBe('1994-01-01');
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await shownDate(page);
    expect(paused > '1994-01-01').toBe(true);
    await page.waitForTimeout(500);
    expect(await shownDate(page)).toBe(paused);
  });

  test('hovering a timeline mark shows its claims', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: /^2012-01-01: 1 claim$/ }).hover();
    await expect(page.getByTestId('timeline-tooltip')).toContainText('Morocco – Palestinian Authority: cooperative');
  });
});
