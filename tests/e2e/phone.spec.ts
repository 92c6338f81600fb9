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
  const card = page.locator('#term-card');
  await term.tap();
  await expect(card).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${readerPath('en')}$`));
  await term.tap();
  await expect(page).toHaveURL(/\/en\/glossary\/startup$/);
});

test('a card opens as a sheet inside the screen, with a close button', async ({ page }) => {
  await page.goto(readerPath('hi'));
  const term = page.locator('.term-link', { hasText: 'कम से कम' }).first();
  const card = page.locator('#term-card');
  await term.scrollIntoViewIfNeeded();
  await term.tap();
  await expect(card).toBeVisible();
  const box = await card.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport).toBeTruthy();
  if (!box || !viewport) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
  await card.getByRole('button', { name: 'बंद करें' }).tap();
  await expect(card).toBeHidden();
});

test('the how-to speaks of taps on a touch screen', async ({ page }) => {
  await page.goto(readerPath('en'));
  await expect(page.locator('.reader-howto-touch')).toBeVisible();
  await expect(page.locator('.reader-howto-touch')).toContainText('Tap');
  await expect(page.locator('.reader-howto-pointer')).toBeHidden();
});
