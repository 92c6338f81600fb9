import { expect, test } from '@playwright/test';
import { readerPath } from './fixtures';

test.describe('reader', () => {
  test('shows every sentence in two aligned columns', async ({ page }) => {
    await page.goto(readerPath('en'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Anthropic');
    const hindi = page.locator('[data-side="hi"]');
    const english = page.locator('[data-side="en"]');
    await expect(hindi).toHaveCount(60);
    expect(await english.count()).toBeGreaterThan(50);

    const hindiIds = await hindi.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-align')));
    const englishIds = await english.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-align')));
    expect(new Set(hindiIds)).toEqual(new Set(englishIds));

    // A 1-2 link and a 2-1 link share one id across their sentences.
    const counts = (ids: (string | null)[]) =>
      ids.reduce<Record<string, number>>((acc, id) => ({ ...acc, [id ?? '']: (acc[id ?? ''] ?? 0) + 1 }), {});
    expect(Object.values(counts(hindiIds)).some((count) => count === 2)).toBe(true);
    expect(Object.values(counts(englishIds)).some((count) => count === 2)).toBe(true);

    await expect(hindi.first()).toHaveAttribute('lang', 'hi');
    await expect(english.first()).toHaveAttribute('lang', 'en');
    await expect(page.locator('[data-side="hi"][lang="en"]').first()).toContainText('Today is my last day at Anthropic.');
  });

  test('Hindi and English sit side by side on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(readerPath('en'));
    const hindiBox = await page.locator('[data-side="hi"]').first().boundingBox();
    const englishBox = await page.locator('[data-side="en"]').first().boundingBox();
    expect(hindiBox && englishBox).toBeTruthy();
    if (!hindiBox || !englishBox) return;
    expect(englishBox.x).toBeGreaterThan(hindiBox.x + hindiBox.width - 1);
    expect(Math.abs(englishBox.y - hindiBox.y)).toBeLessThan(20);
  });

  test('a pair reached by its address shows in full below the sticky column headings', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${readerPath('en')}#link-30`);
    const target = page.locator('#link-30');
    await expect(target).toBeInViewport();
    const pairBox = await target.boundingBox();
    const headingsBox = await page.locator('.reader-columns').boundingBox();
    expect(pairBox && headingsBox).toBeTruthy();
    if (!pairBox || !headingsBox) return;
    expect(pairBox.y).toBeGreaterThanOrEqual(headingsBox.y + headingsBox.height - 1);
  });

  test('hovering or focusing a sentence highlights its partner', async ({ page }) => {
    await page.goto(readerPath('en'));
    const hindi = page.locator('[data-side="hi"]').nth(2);
    const id = await hindi.getAttribute('data-align');
    const partner = page.locator(`[data-side="en"][data-align="${id}"]`).first();
    const background = () => partner.evaluate((node) => getComputedStyle(node).backgroundColor);
    const before = await background();
    await hindi.hover();
    await expect.poll(background).not.toBe(before);
    await page.mouse.move(0, 0);
    await expect.poll(background).toBe(before);
    await hindi.focus();
    await expect.poll(background).not.toBe(before);
  });

  test('a glossary term opens its card on hover and lights up the English source word', async ({ page }) => {
    await page.goto(readerPath('en'));
    const term = page.locator('.term[data-term="platform"] .term-link').first();
    await expect(term).toHaveAttribute('href', '/en/glossary/platform');
    const card = page.locator('#term-card');
    await expect(card).toBeHidden();
    await term.hover();
    await expect(card).toBeVisible();
    await expect(card).toContainText('platform');
    await expect(term).toHaveAttribute('aria-describedby', 'term-card');
    const sourceWord = term.locator('xpath=ancestor::*[contains(@class,"pair")][1]').locator('mark[data-term="platform"]');
    await expect(sourceWord).toHaveClass(/is-active/);
    await page.mouse.move(0, 0);
    await expect(card).toBeHidden();
    await expect(sourceWord).not.toHaveClass(/is-active/);
  });

  test('cards open on keyboard focus and close with Escape', async ({ page }) => {
    await page.goto(readerPath('en'));
    const term = page.locator('.term-link').first();
    const card = page.locator('#term-card');
    await term.focus();
    await expect(term).toBeFocused();
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(term).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(term).toBeFocused();
    await expect(card).toBeVisible();
  });

  test('a click keeps a card open with a link to the entry and a close button', async ({ page }) => {
    await page.goto(readerPath('en'));
    const term = page.locator('.term[data-term="platform"] .term-link').first();
    const card = page.locator('#term-card');
    await term.click();
    await expect(card).toHaveAttribute('data-pinned', '');
    await expect(page).toHaveURL(new RegExp(`${readerPath('en')}$`));
    await page.mouse.move(0, 0);
    await expect(card).toBeVisible();
    await expect(card.getByRole('link', { name: 'Open the full entry' })).toHaveAttribute('href', /\/en\/glossary\/platform$/);
    await card.getByRole('button', { name: 'Close' }).click();
    await expect(card).toBeHidden();
    await expect(term).toBeFocused();
    await term.click();
    await term.click();
    await expect(page).toHaveURL(/\/en\/glossary\/platform$/);
  });

  test('a card shows what the entry means in this passage, when the passage says', async ({ page }) => {
    await page.route(/\/en\/read\/[^/]+\/cards$/, async (route) => {
      const response = await route.fetch();
      const cards = await response.json();
      cards.cards.platform.note = 'Here: the service people use to talk to the model.';
      await route.fulfill({ response, json: cards });
    });
    await page.goto(readerPath('en'));
    await page.locator('.term[data-term="platform"] .term-link').first().hover();
    const note = page.locator('#term-card .card-note');
    await expect(note).toContainText('In this passage: Here: the service people use to talk to the model.');
    await expect(note.locator('[lang="en"]')).toHaveText('Here: the service people use to talk to the model.');
  });

  test('every loanword listed in the issue is linked', async ({ page }) => {
    await page.goto(readerPath('hi'));
    for (const word of ['सेफगार्ड', 'प्लेटफॉर्म', 'स्टार्टअप', 'रिसर्चर', 'वैल्यूएशन']) {
      await expect(page.locator('.term-link', { hasText: word }).first()).toBeVisible();
    }
    expect(await page.locator('.term-link').count()).toBeGreaterThan(100);
  });

  test('translator’s notes explain idioms', async ({ page }) => {
    await page.goto(readerPath('en'));
    const note = page.locator('.note', { hasText: 'लंका' }).first();
    const explanation = note.locator('p');
    await expect(note).toBeVisible();
    await expect(explanation).toBeHidden();
    await note.locator('summary').click();
    await expect(explanation).toBeVisible();
    await expect(explanation).toContainText('Lanka');
  });
});
