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

test('the glossary search form is answered by the server, ranked as with JavaScript', async ({ page }) => {
  await page.goto('/en/glossary');
  const headwords = page.locator('[data-testid="glossary-item"] .glossary-headword');
  await page.getByRole('searchbox', { name: 'Search' }).fill('seftee');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(page).toHaveURL(/\/en\/glossary\?q=seftee(&origin=)?$/);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('seftee');
  await expect(headwords.first()).toHaveText('सेफ्टी');
  await expect(page.getByRole('status')).toContainText('“seftee”');

  await page.getByRole('searchbox', { name: 'Search' }).fill('protection against harm');
  await page.getByRole('combobox', { name: 'Origin' }).selectOption('en');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/en\/glossary\?q=protection\+against\+harm&origin=en$/);
  await expect(headwords.first()).toHaveText('सेफगार्ड');
  const origins = await page
    .getByTestId('glossary-item')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-origin')));
  expect(new Set(origins)).toEqual(new Set(['en']));

  await page.goto('/hi/glossary?q=xqxqxq');
  await expect(page.getByTestId('glossary-item')).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('“xqxqxq” से मेल खाती कोई प्रविष्टि नहीं मिली');
});
