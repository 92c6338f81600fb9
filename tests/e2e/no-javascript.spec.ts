import { expect, test } from '@playwright/test';
import { readerPath } from './fixtures';

test.use({ javaScriptEnabled: false });

test('the reader is complete and readable without JavaScript', async ({ page }) => {
  await page.goto(readerPath('en'));
  await expect(page.locator('[data-side="hi"]')).toHaveCount(60);
  await expect(page.locator('[data-side="hi"]').first()).toContainText('प्लेटफॉर्म');
  await expect(page.locator('[data-side="en"]').first()).toBeVisible();
  const term = page.locator('.term-link').first();
  await expect(term).toHaveAttribute('href', /\/en\/glossary\/[a-z0-9-]+$/);
  await term.click();
  await expect(page).toHaveURL(/\/en\/glossary\/[a-z0-9-]+$/);
  await expect(page.locator('[data-testid="occurrence"]').first()).toBeVisible();
});

test('the glossary lists every entry without JavaScript', async ({ page }) => {
  await page.goto('/hi/glossary');
  expect(await page.getByTestId('glossary-item').count()).toBeGreaterThan(70);
});
