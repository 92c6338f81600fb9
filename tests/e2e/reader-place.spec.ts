import { expect, test, type Page } from '@playwright/test';
import { readerPath } from './fixtures';

/** The reader's island has run: it adds the one card element. */
async function waitForReader(page: Page) {
  await expect(page.locator('#term-card')).toBeAttached();
}

test.describe('read in context', () => {
  test('an occurrence link marks its sentence, term and English word until the reader moves on', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/en/glossary/safeguard');
    const link = page.getByTestId('occurrence').nth(1).getByRole('link');
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${readerPath('en')}\\?term=safeguard#link-\\d+$`));
    const linkId = href?.split('#link-')[1];
    await link.click();
    await waitForReader(page);
    await expect(page).toHaveURL(new RegExp(`${readerPath('en')}\\?term=safeguard#link-${linkId}$`));

    const pair = page.locator(`#link-${linkId}`);
    await expect(pair).toHaveClass(/is-context/);
    await expect(pair).toBeInViewport();
    await expect(pair.locator('.term[data-term="safeguard"].is-context').first()).toBeVisible();
    await expect(pair.locator('mark[data-term="safeguard"].is-context').first()).toBeVisible();
    await expect(pair.locator('[data-side="hi"]').first()).toHaveAttribute('tabindex', '0');

    // Hovering the term does not move on; a click elsewhere in the text does.
    await pair.locator('.term[data-term="safeguard"] .term-link').first().hover();
    await expect(pair).toHaveClass(/is-context/);
    await pair.locator('[data-side="en"]').first().click({ position: { x: 2, y: 2 } });
    await expect(page.locator('.is-context')).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`${readerPath('en')}#link-${linkId}$`));
  });

  test('moving to another sentence by keyboard clears the marks', async ({ page }) => {
    await page.goto(`${readerPath('hi')}?term=safeguard#link-30`);
    await waitForReader(page);
    await expect(page.locator('#link-30')).toHaveClass(/is-context/);
    await page.locator('#link-30 [data-side="hi"]').first().focus();
    await expect(page.locator('#link-30')).toHaveClass(/is-context/);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.is-context')).toHaveCount(0);
  });
});

test.describe('place kept in the address', () => {
  test('scrolling names the pair at the top of the window in the hash, without new history entries', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(readerPath('en'));
    await waitForReader(page);
    const historyLength = await page.evaluate(() => history.length);
    await page.locator('#link-20').evaluate((node) => node.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await expect(page).toHaveURL(/#link-20$/);
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.locator('#link-40').evaluate((node) => node.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await expect(page).toHaveURL(/#link-40$/);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollY);

    // The address is enough to come back to the same pair, as the language switch does.
    await page.reload();
    await expect(page.locator('#link-40')).toBeInViewport();
    await expect(page).toHaveURL(/#link-40$/);
  });
});

test.describe('two underline layers', () => {
  test('English and Persian or Arabic loanwords are underlined differently, and a key explains them', async ({ page }) => {
    await page.goto(readerPath('en'));
    await waitForReader(page);
    const english = page.locator('.term[data-origin="en"] .term-link').first();
    const other = page.locator('.term:is([data-origin="fa"], [data-origin="ar"]) .term-link').first();
    await expect(english).toHaveCSS('text-decoration-style', 'solid');
    await expect(other).toHaveCSS('text-decoration-style', 'dashed');
    const colour = (locator: typeof english) => locator.evaluate((node) => getComputedStyle(node).textDecorationColor);
    expect(await colour(english)).not.toBe(await colour(other));
    await expect(page.locator('.reader-key')).toContainText('English');
    await expect(page.locator('.reader-key')).toContainText('Persian');
  });

  test('turning the Persian and Arabic layer off makes those words plain text, and a reload remembers it', async ({ page }) => {
    await page.goto(readerPath('en'));
    await waitForReader(page);
    const layerSwitch = page.getByLabel('Underline Persian and Arabic words');
    const other = page.locator('.term:not([data-origin="en"]) .term-link').first();
    const english = page.locator('.term[data-origin="en"] .term-link').first();
    await expect(layerSwitch).toBeChecked();
    await layerSwitch.uncheck();
    await expect(other).not.toHaveAttribute('href');
    await expect(other).toHaveCSS('text-decoration-line', 'none');
    await expect(other).toHaveAttribute('tabindex', '-1');
    await expect(english).toHaveAttribute('href', /\/en\/glossary\//);
    await other.hover({ force: true });
    await expect(page.locator('#term-card')).toBeHidden();

    await page.reload();
    await waitForReader(page);
    await expect(layerSwitch).not.toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-other-loanwords', 'hidden');
    await expect(other).not.toHaveAttribute('href');
    await expect(other).toHaveCSS('text-decoration-line', 'none');

    await layerSwitch.check();
    await expect(other).toHaveAttribute('href', /\/en\/glossary\//);
    await expect(other).toHaveCSS('text-decoration-style', 'dashed');
    await page.reload();
    await waitForReader(page);
    await expect(layerSwitch).toBeChecked();
  });

  test('a reader who turned the layer off never sees it before the script runs', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('sahpath:other-loanwords', 'hidden'));
    // Hold the page's scripts back: only the inline one in the HTML can act.
    await page.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
    await page.goto(readerPath('en'), { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute('data-other-loanwords', 'hidden');
    await expect(page.locator('.term:not([data-origin="en"]) .term-link').first()).toHaveCSS('text-decoration-line', 'none');
    await expect(page.locator('#other-loanwords-switch')).not.toBeChecked();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('both layers show and the switch is not offered', async ({ page }) => {
    await page.goto(readerPath('en'));
    await expect(page.locator('.reader-key')).toBeVisible();
    await expect(page.locator('#other-loanwords-switch')).toBeHidden();
    await expect(page.locator('.term:not([data-origin="en"]) .term-link').first()).toHaveCSS('text-decoration-style', 'dashed');
    await expect(page.locator('.term:not([data-origin="en"]) .term-link').first()).toHaveAttribute('href', /\/en\/glossary\//);
    expect(await page.locator('[data-side][tabindex="0"]').count()).toBeGreaterThan(100);
  });
});
