import { expect, test, type Page } from '@playwright/test';
import { readerPath } from './fixtures';

/** How many tab stops the study tools' bar above the text has; the bar's tools differ in number. */
async function toolStops(page: Page): Promise<number> {
  return page.locator('[data-reader-tools]').evaluate((bar) => {
    const selector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]';
    return [...bar.querySelectorAll<HTMLElement>(selector)].filter(
      (element) => element.tabIndex >= 0 && element.checkVisibility({ checkVisibilityCSS: true }),
    ).length;
  });
}

/** The reader's island has run: it adds the one card element. */
async function openReader(page: Page, path = readerPath('en')) {
  await page.goto(path);
  await expect(page.locator('#term-card')).toBeAttached();
}

test.describe('reader by keyboard', () => {
  test('Tab, ArrowDown, Tab: three presses from the control before the text reach the first term of the second sentence', async ({
    page,
  }) => {
    await openReader(page);
    const firstSentence = page.locator('[data-side="hi"]').nth(0);
    const secondSentence = page.locator('[data-side="hi"]').nth(1);
    const target = secondSentence.locator('.term-link').first();
    await expect(target).toBeAttached();
    // The last control before the text: the study tools' bar ends where the text begins.
    await page.locator('#other-loanwords-switch').focus();
    for (let stop = 0; stop < (await toolStops(page)); stop += 1) await page.keyboard.press('Tab');
    const presses = ['Tab', 'ArrowDown', 'Tab'];
    for (const key of presses) await page.keyboard.press(key);
    await expect(target).toBeFocused();
    expect(presses).toHaveLength(3);
    await page.keyboard.press('Shift+Tab');
    await expect(secondSentence).toBeFocused();
    // Back out of the text, the first sentence and its terms are no tab stops any more.
    await page.keyboard.press('Shift+Tab');
    await expect(firstSentence).not.toBeFocused();
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-side]')))).toBe(false);
  });

  test('from the skip link the text comes after the worksheet link, the layer switch and the study tools', async ({ page }) => {
    await openReader(page);
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.locator('.reader-print-link')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('#other-loanwords-switch')).toBeFocused();
    const stops = await toolStops(page);
    expect(stops).toBeGreaterThan(0);
    for (let stop = 0; stop < stops; stop += 1) await page.keyboard.press('Tab');
    await expect(page.locator('[data-reader-tools]')).toContainText(/\S/);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-reader-tools]')))).toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-side="hi"]').first()).toBeFocused();
  });

  test('only the current sentence and its terms take a tab stop', async ({ page }) => {
    await openReader(page);
    await expect(page.locator('[data-side][tabindex="0"]')).toHaveCount(1);
    const current = page.locator('[data-side][tabindex="0"]');
    const tabbableTerms = page.locator('.term-link:not([tabindex="-1"])');
    const inCurrent = current.locator('.term-link');
    expect(await tabbableTerms.count()).toBe(await inCurrent.count());
    expect(await page.locator('.term-link').count()).toBeGreaterThan(100);
  });

  test('arrow keys and j/k move from sentence to sentence, light the partner and keep the place in the address', async ({
    page,
  }) => {
    await openReader(page);
    const historyLength = await page.evaluate(() => history.length);
    const sentences = page.locator('[data-side="hi"]');
    await sentences.first().focus();
    await page.keyboard.press('ArrowDown');
    const second = sentences.nth(1);
    await expect(second).toBeFocused();
    await expect(second).toHaveAttribute('tabindex', '0');
    await expect(sentences.first()).toHaveAttribute('tabindex', '-1');
    const align = await second.getAttribute('data-align');
    const partner = page.locator(`[data-side="en"][data-align="${align}"]`).first();
    await expect(partner).toHaveCSS('background-color', 'rgb(253, 240, 196)');
    await expect(page).toHaveURL(new RegExp(`#link-${align}$`));

    await page.keyboard.press('j');
    await expect(sentences.nth(2)).toBeFocused();
    await page.keyboard.press('k');
    await expect(second).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(sentences.first()).toBeFocused();
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('Enter opens a term’s card without leaving, Escape closes it and keeps focus, a second Enter opens the entry', async ({
    page,
  }) => {
    await openReader(page);
    const card = page.locator('#term-card');
    await page.locator('[data-side="hi"]').first().focus();
    await page.keyboard.press('Tab');
    const term = page.locator('[data-side="hi"]').first().locator('.term-link').first();
    await expect(term).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute('data-pinned', '');
    await expect(page).toHaveURL(new RegExp(`${readerPath('en')}$`));
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(term).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(card).toHaveAttribute('data-pinned', '');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/glossary\/[a-z0-9-]+$/);
  });

  test('the how-to names hover, arrows, Enter and Escape for a mouse and keyboard', async ({ page }) => {
    await openReader(page);
    await expect(page.locator('.reader-howto-pointer')).toBeVisible();
    await expect(page.locator('.reader-howto-pointer')).toContainText('Escape');
    await expect(page.locator('.reader-howto-touch')).toBeHidden();
  });
});
