import { expect, test } from '@playwright/test';
import { readerPath } from './fixtures';

test.describe('glossary', () => {
  test('search finds entries by Devanagari, romanisation and English', async ({ page }) => {
    await page.goto('/en/glossary');
    const items = page.getByTestId('glossary-item');
    const visible = page.locator('[data-testid="glossary-item"]:visible');
    const total = await items.count();
    expect(total).toBeGreaterThan(70);
    const search = page.getByRole('searchbox', { name: 'Search' });

    await search.fill('सेफगार्ड');
    await expect(visible.first()).toContainText('सेफगार्ड');
    expect(await visible.count()).toBeLessThan(total);

    await search.fill('sefgard');
    await expect(visible.first()).toContainText('सेफगार्ड');

    await search.fill('valuation');
    await expect(visible).toHaveCount(1);
    await expect(visible.first()).toContainText('वैल्यूएशन');

    await search.fill('zzzz');
    await expect(visible).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('No entry matches your search.');
  });

  test('the origin filter narrows the list', async ({ page }) => {
    await page.goto('/hi/glossary');
    const visible = page.locator('[data-testid="glossary-item"]:visible');
    const total = await visible.count();
    await page.getByRole('combobox', { name: 'मूल भाषा' }).selectOption('en');
    await expect.poll(() => visible.count()).toBeLessThanOrEqual(total);
    const origins = await visible.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-origin')));
    expect(new Set(origins)).toEqual(new Set(['en']));
  });

  test('an entry page shows the entry and links each occurrence back to the reader', async ({ page }) => {
    await page.goto('/en/glossary/safeguard');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('सेफगार्ड');
    await expect(page.locator('.entry-fields')).toContainText('safeguard');
    const occurrences = page.getByTestId('occurrence');
    expect(await occurrences.count()).toBeGreaterThan(0);
    await occurrences.first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${readerPath('en')}#link-\\d+$`));
    const hash = new URL(page.url()).hash;
    await expect(page.locator(hash)).toContainText('सेफगार्ड');
  });
});
