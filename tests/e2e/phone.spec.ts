import { expect, test } from '@playwright/test';
import { readerPath } from './fixtures';

test('on a phone each Hindi sentence stacks above its English', async ({ page }) => {
  await page.goto(readerPath('en'));
  const hindiBox = await page.locator('[data-side="hi"]').nth(1).boundingBox();
  const englishBox = await page.locator('[data-side="en"]').nth(1).boundingBox();
  expect(hindiBox && englishBox).toBeTruthy();
  if (!hindiBox || !englishBox) return;
  expect(englishBox.y).toBeGreaterThanOrEqual(hindiBox.y + hindiBox.height - 1);
  expect(Math.abs(englishBox.x - hindiBox.x)).toBeLessThan(30);
});

test('a tap on a term opens its card; a second tap opens the entry', async ({ page }) => {
  await page.goto(readerPath('en'));
  const term = page.locator('.term[data-term="startup"] .term-link').first();
  const card = term.locator('xpath=..').locator('.term-card');
  await term.tap();
  await expect(card).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${readerPath('en')}$`));
  await term.tap();
  await expect(page).toHaveURL(/\/en\/glossary\/startup$/);
});
