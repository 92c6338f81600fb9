import { expect, test, type Page } from '@playwright/test';
import { readerPath } from './fixtures';

// Hydration and the account's answers can be slow on a busy machine.
const slow = { timeout: 20_000 };

/** A browser with storage switched off: reaching localStorage throws, as in a locked-down profile. */
async function refuseStorage(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const hideablePairs = (page: Page) => page.locator('.pair[data-pair-key]:has([data-side="en"])');
const englishOf = (page: Page, index: number) => hideablePairs(page).nth(index).locator('[data-side="en"]').first();

test('with storage refused, reveal, romanisation and a word status still work in the reader, without page errors', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = await refuseStorage(page);
  await page.goto(readerPath('en'));
  await expect(page.locator('[data-reveal-keeper="browser"]')).toBeAttached(slow);
  await expect(page.locator('.word-counts')).toBeVisible(slow);

  // Reveal: Hide English, then show one pair.
  await page.getByLabel('Hide English').check();
  await expect(englishOf(page, 0)).toBeHidden();
  await expect(englishOf(page, 1)).toBeHidden();
  await hideablePairs(page).nth(0).locator('[data-reveal-show]').click();
  await expect(englishOf(page, 0)).toBeVisible();
  await expect(englishOf(page, 1)).toBeHidden();

  // Romanisation: a line under each sentence.
  await page.locator('.romanization-mode[data-mode="line"]').click();
  await expect(page.locator('.romanization-mode[data-mode="line"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.roman-line').first()).toBeVisible();

  // A word card, and a status set on it.
  const word = page.locator('[data-side="hi"] .w').filter({ hasText: /^लोगों$/ }).first();
  await word.scrollIntoViewIfNeeded();
  await word.click();
  const card = page.locator('#term-card');
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Learning' }).click();
  await expect(card.getByRole('button', { name: 'Learning' })).toHaveAttribute('aria-pressed', 'true');
  await expect(word).toHaveAttribute('data-status', 'learning');
  await expect(page.locator('[data-count="learning"]')).toHaveText('1 learning');

  expect(errors).toEqual([]);
});

test('with storage refused, the library and My words load without page errors', async ({ page }) => {
  const errors = await refuseStorage(page);
  await page.goto('/en');
  await expect(page.locator('.library-sort select')).toBeVisible(slow);
  await page.goto('/en/words');
  await expect(page.locator('[data-words-place="browser"]')).toBeVisible(slow);
  expect(errors).toEqual([]);
});
