import { expect, test } from '@playwright/test';
import { expectNoSevereAxeViolations, readerPath } from './fixtures';

test('on a phone practice opens as a sheet along the foot of the screen and compares', async ({ page }) => {
  // axe over the whole reader takes a while on a busy machine.
  test.setTimeout(120_000);
  await page.goto(readerPath('en'));
  await expect(page.locator('#term-card')).toBeAttached();
  // Focus, not a tap: a tap on the sentence may land on a term and open its card over the bar.
  await page.locator('[data-side="hi"]').nth(3).focus();
  await expect(page.locator('.pair.is-current [data-side="en"]')).toContainText('bound to come up');
  await page.locator('button.sentence-tool[data-tool="practise"]').tap();
  const dialog = page.locator('dialog.practice-panel');
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  expect(viewport).not.toBeNull();
  expect(box?.x).toBe(0);
  expect(box?.width).toBe(viewport?.width);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeCloseTo(viewport?.height ?? -1, 0);

  await dialog.locator('#practice-answer').fill('After a senior safety researcher quit, the question had to come up.');
  await dialog.getByRole('button', { name: 'Compare' }).tap();
  await expect(dialog.locator('.practice-score-number')).toBeVisible();
  await expect(dialog.locator('.practice-notes li').filter({ hasText: 'ये उठना लाजिमी है' })).toHaveCount(1);
  const compare = await dialog.getByRole('button', { name: 'Compare' }).boundingBox();
  expect(compare?.height).toBeGreaterThanOrEqual(36);
  await expectNoSevereAxeViolations(page);
  await dialog.getByRole('button', { name: 'Close' }).tap();
  await expect(dialog).toBeHidden();
});
