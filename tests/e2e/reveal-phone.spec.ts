import { expect, test } from '@playwright/test';
import { resources } from '@/lib/i18n/resources';
import { expectNoSevereAxeViolations, readerPath } from './fixtures';

const hideEnglish = String(resources.en.reveal.mode);

test('on a phone a tap shows one sentence’s English under its Hindi, on a target large enough to tap', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(readerPath('en'));
  await expect(page.locator('[data-reveal-keeper="browser"]')).toBeAttached({ timeout: 20_000 });
  await page.getByLabel(hideEnglish).tap();
  const pair = page.locator('.pair[data-pair-key]:has([data-side="en"])').nth(1);
  const hindi = pair.locator('[data-side="hi"]').first();
  const english = pair.locator('[data-side="en"]').first();
  const button = pair.locator('[data-reveal-show]');
  await expect(english).toBeHidden();
  await button.scrollIntoViewIfNeeded();
  await expectNoSevereAxeViolations(page);

  const buttonBox = await button.boundingBox();
  const hindiBefore = await hindi.boundingBox();
  if (!buttonBox || !hindiBefore) throw new Error('the pair is not laid out');
  // 2.25rem at the phone's 16px root size.
  expect(buttonBox.height).toBeGreaterThanOrEqual(36);
  expect(buttonBox.y).toBeGreaterThanOrEqual(hindiBefore.y + hindiBefore.height - 1);

  await button.tap();
  await expect(english).toBeVisible();
  await expect(button).toHaveCount(0);
  const hindiAfter = await hindi.boundingBox();
  const englishBox = await english.boundingBox();
  if (!hindiAfter || !englishBox) throw new Error('the pair is not laid out');
  // The Hindi above stays put; the English takes the button's place below it.
  expect(Math.abs(hindiAfter.y - hindiBefore.y)).toBeLessThan(1);
  expect(englishBox.y).toBeGreaterThanOrEqual(hindiAfter.y + hindiAfter.height - 1);
  expect(Math.abs(englishBox.x - hindiAfter.x)).toBeLessThan(30);
  await expect(page.locator('.pair[data-pair-key]:has([data-side="en"])').nth(2).locator('[data-side="en"]').first()).toBeHidden();
});
