import { expect, test } from '@playwright/test';
import { readerPath } from './fixtures';

test.describe('interface language', () => {
  test('/ redirects by Accept-Language when nothing is remembered', async ({ browser }) => {
    const hindi = await browser.newContext({ locale: 'hi-IN', extraHTTPHeaders: { 'Accept-Language': 'hi-IN,hi;q=0.9' } });
    const page = await hindi.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/hi$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('पुस्तकालय');
    await hindi.close();

    const english = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    const englishPage = await english.newPage();
    await englishPage.goto('/');
    await expect(englishPage).toHaveURL(/\/en$/);
    await expect(englishPage.locator('html')).toHaveAttribute('lang', 'en');
    await expect(englishPage).toHaveTitle(/Library · Sahpath/);
    await english.close();
  });

  test('the switch keeps the page, and the choice is remembered for /', async ({ page }) => {
    await page.goto(readerPath('en'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('switch-hi').click();
    await expect(page).toHaveURL(new RegExp(`${readerPath('hi')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    await expect(page.locator('.reader-columns')).toContainText('हिन्दी');

    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'sahpath_lng')?.value).toBe('hi');

    await page.goto('/');
    await expect(page).toHaveURL(/\/hi$/);
  });

  test('a path without a language is sent to the preferred language', async ({ page }) => {
    await page.goto('/glossary');
    await expect(page).toHaveURL(/\/en\/glossary$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  });

  test('unknown pages give a 404 in the interface language', async ({ page }) => {
    const english = await page.goto('/en/read/no-such-passage');
    expect(english?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

    const hindi = await page.goto('/hi/read/no-such-passage');
    expect(hindi?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('पेज नहीं मिला');
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');

    const glossary = await page.goto('/hi/glossary/no-such-entry');
    expect(glossary?.status()).toBe(404);

    const unknownLanguage = await page.goto('/fr/read/anthropic-safeguards-head-resigns');
    expect(unknownLanguage?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('पेज नहीं मिला');
  });
});
