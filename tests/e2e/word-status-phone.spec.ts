import { expect, test } from '@playwright/test';
import { expectNoSevereAxeViolations, readerPath } from './fixtures';

test('on a phone a tap on a word opens its card as a sheet; its status buttons are large enough and work', async ({ page }) => {
  // axe over a whole passage is slow on a busy machine.
  test.setTimeout(180_000);
  await page.goto(readerPath('hi'));
  await expect(page.locator('.word-counts')).toBeVisible();
  const word = page.locator('[data-side="hi"] .w').nth(3);
  await word.scrollIntoViewIfNeeded();
  await word.tap();
  const card = page.locator('#term-card');
  await expect(card).toBeVisible();
  const box = await card.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && Math.round(box.y + box.height)).toBe(viewport?.height);
  expect(box && viewport && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
  const learning = card.locator('.card-status[data-status="learning"]');
  const buttonBox = await learning.boundingBox();
  expect(buttonBox && buttonBox.height).toBeGreaterThanOrEqual(36);
  await learning.tap();
  await expect(word).toHaveAttribute('data-status', 'learning');
  await expect(page.locator('[data-count="learning"]')).toHaveText('1 सीखे जा रहे');
  await expectNoSevereAxeViolations(page);
  await card.locator('.card-close').tap();
  await expect(card).toBeHidden();
});
