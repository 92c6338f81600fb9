import { expect, test } from '@playwright/test';
import { readerPath } from './fixtures';

test.describe('glossary', () => {
  test('search finds entries by Devanagari, romanisation and English', async ({ page }) => {
    await page.goto('/en/glossary');
    const items = page.getByTestId('glossary-item');
    const total = await items.count();
    expect(total).toBeGreaterThan(70);
    const search = page.getByRole('searchbox', { name: 'Search' });

    await search.fill('सेफगार्ड');
    await expect(items.first()).toContainText('सेफगार्ड');
    await expect.poll(() => items.count()).toBeLessThan(total);

    await search.fill('sefgard');
    await expect(items.first()).toContainText('सेफगार्ड');

    // Found by its source word first, then by the meaning of another entry.
    await search.fill('valuation');
    await expect(items.first()).toContainText('वैल्यूएशन');
    await expect.poll(() => items.count()).toBeLessThan(5);

    await search.fill('xqxqxq');
    await expect(items).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(
      'No entry matches “xqxqxq”. Try another spelling, or the word in Devanagari or English.',
    );
  });

  test('loose spellings and meanings find the entry first, and the list is ordered by rank', async ({ page }) => {
    await page.goto('/en/glossary');
    const items = page.getByTestId('glossary-item');
    const headwords = page.locator('[data-testid="glossary-item"] .glossary-headword');
    const search = page.getByRole('searchbox', { name: 'Search' });
    const alphabetical = await headwords.allTextContents();

    for (const [query, headword] of [
      ['seftee', 'सेफ्टी'],
      ['safti', 'सेफ्टी'],
      ['sefgaard', 'सेफगार्ड'],
      ['zariye', 'जरिया'],
      ['kampani', 'कंपनी'],
      ['कम्पनी', 'कंपनी'],
      ['प्लेटफार्म', 'प्लेटफॉर्म'],
      ['protection against harm', 'सेफगार्ड'],
    ] as const) {
      await search.fill(query);
      await expect(headwords.first(), query).toHaveText(headword);
    }

    // सेफ्टी comes after सेफ्टी केस in the alphabet; a search puts the word itself first.
    await search.fill('seftee');
    await expect(headwords.nth(0)).toHaveText('सेफ्टी');
    await expect(headwords.nth(1)).toHaveText('सेफ्टी केस');
    await expect(page.getByRole('status')).toContainText('“seftee”');

    await search.fill('');
    await expect(items).toHaveCount(alphabetical.length);
    expect(await headwords.allTextContents()).toEqual(alphabetical);
  });

  test('the address keeps the search, and a page loaded with it starts from it', async ({ page }) => {
    await page.goto('/en/glossary');
    const search = page.getByRole('searchbox', { name: 'Search' });
    const headwords = page.locator('[data-testid="glossary-item"] .glossary-headword');
    await search.fill('seftee');
    await expect(page).toHaveURL(/\/en\/glossary\?q=seftee$/);
    await page.getByRole('combobox', { name: 'Origin' }).selectOption('en');
    await expect(page).toHaveURL(/\/en\/glossary\?q=seftee&origin=en$/);

    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/hi/glossary?q=seftee');
    await expect(page.getByRole('searchbox', { name: 'खोजें' })).toHaveValue('seftee');
    await expect(headwords.first()).toHaveText('सेफ्टी');
    // The server's ranked list is what the island renders first: no hydration mismatch.
    await page.getByRole('searchbox', { name: 'खोजें' }).focus();
    expect(errors).toEqual([]);
    await page.getByRole('searchbox', { name: 'खोजें' }).fill('');
    await expect(page).toHaveURL(/\/hi\/glossary$/);
  });

  test('the origin filter narrows the list', async ({ page }) => {
    await page.goto('/hi/glossary');
    const items = page.getByTestId('glossary-item');
    const total = await items.count();
    await page.getByRole('combobox', { name: 'मूल भाषा' }).selectOption('en');
    await expect.poll(() => items.count()).toBeLessThan(total);
    const origins = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-origin')));
    expect(new Set(origins)).toEqual(new Set(['en']));

    await page.getByRole('combobox', { name: 'मूल भाषा' }).selectOption('ar');
    await page.getByRole('searchbox', { name: 'खोजें' }).fill('zariye');
    await expect(items.first()).toContainText('जरिया');
    const arabic = await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-origin')));
    expect(new Set(arabic)).toEqual(new Set(['ar']));
  });

  test('an entry page shows the entry and links each occurrence back to the reader', async ({ page }) => {
    await page.goto('/en/glossary/safeguard');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('सेफगार्ड');
    await expect(page.locator('.entry-fields')).toContainText('safeguard');
    const occurrences = page.getByTestId('occurrence');
    expect(await occurrences.count()).toBeGreaterThan(0);
    await occurrences.first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${readerPath('en')}\\?term=[a-z0-9-]+#link-\\d+$`));
    const hash = new URL(page.url()).hash;
    await expect(page.locator(hash)).toContainText('सेफगार्ड');
  });
});
