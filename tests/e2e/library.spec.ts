import { expect, test } from '@playwright/test';
import { readerPath, seedSlug } from './fixtures';

const cardTitles = (page: import('@playwright/test').Page) => page.getByTestId('passage-card').locator('.passage-title-en').allTextContents();

test.describe('library', () => {
  test('lists the newest first with each date, and remembers the order by title', async ({ page }) => {
    await page.goto('/en');
    const cards = page.getByTestId('passage-card');
    await expect(cards.first().locator('time')).toHaveText(/^Added \d{1,2} \w+ 20\d\d$/);
    await expect(cards.filter({ has: page.locator(`a[href="/en/read/${seedSlug}"]`) }).locator('time')).toHaveText(
      'Published 10 February 2026',
    );
    const newestFirst = await cardTitles(page);

    await page.getByLabel('Order').selectOption('title');
    const byTitle = await cardTitles(page);
    expect(byTitle).toEqual([...newestFirst].sort((a, b) => a.localeCompare(b, 'en')));
    expect(byTitle).not.toEqual(newestFirst);

    await page.reload();
    await expect(page.getByLabel('Order')).toHaveValue('title');
    expect(await cardTitles(page)).toEqual(byTitle);
  });

  test('names a source in the interface language', async ({ page }) => {
    await page.goto('/hi');
    const seedCard = page.getByTestId('passage-card').filter({ has: page.locator(`a[href="/hi/read/${seedSlug}"]`) });
    await expect(seedCard).toContainText('स्रोत: हिंदी समाचार रिपोर्ट');
    await page.goto(readerPath('hi'));
    await expect(page.locator('.reader-facts')).toContainText('स्रोत: हिंदी समाचार रिपोर्ट');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const lng of ['en', 'hi'] as const) {
    test(`the header fits on one row in ${lng}`, async ({ page }) => {
      await page.goto(`/${lng}`);
      const parts = page.locator('.site-header > *');
      await expect(parts).toHaveCount(3);
      const boxes = await parts.evaluateAll((elements) =>
        elements.map((element) => {
          const box = element.getBoundingClientRect();
          return { top: box.top, bottom: box.bottom, right: box.right };
        }),
      );
      const [brand, ...rest] = boxes;
      for (const box of rest) {
        // On one row: every part's box overlaps the brand's vertically.
        expect(box.top).toBeLessThan(brand?.bottom ?? 0);
        expect(box.right).toBeLessThanOrEqual(390);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  }
});

test.describe('switching language keeps your place', () => {
  test('in the reader, the sentence in the address', async ({ page }) => {
    await page.goto(`${readerPath('en')}#link-12`);
    // Once the page runs its script, the link itself carries the place (for a new tab too).
    await expect(page.getByTestId('switch-hi')).toHaveAttribute('href', /#link-12$/);
    // A reader scrolls up to the header to switch: the place stays the sentence last read.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.waitForTimeout(400);
    await expect(page).toHaveURL(/#link-12$/);
    await page.getByTestId('switch-hi').click();
    await expect(page).toHaveURL(new RegExp(`${readerPath('hi')}#link-12$`));
    await expect(page.locator('#link-12')).toBeInViewport();
  });

  test('in the glossary, the search text', async ({ page }) => {
    await page.goto('/en/glossary?q=company');
    await expect(page.getByTestId('switch-hi')).toHaveAttribute('href', /\?q=company$/);
    await page.getByTestId('switch-hi').click();
    await expect(page).toHaveURL(/\/hi\/glossary\?q=company$/);
  });
});

test('the Hindi interface sets its small text a step larger than the English one', async ({ page }) => {
  const factsSize = async (lng: 'en' | 'hi') => {
    await page.goto(`/${lng}`);
    return page.locator('.passage-facts').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  };
  const english = await factsSize('en');
  const hindi = await factsSize('hi');
  expect(hindi).toBeGreaterThan(english);
});
