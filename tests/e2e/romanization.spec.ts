import { expect, test, type Page } from '@playwright/test';
import { expectNoSevereAxeViolations, readerPath } from './fixtures';

/** The reader's islands have run: the card element is there and the romanisation switch is. */
async function openReader(page: Page, path = readerPath('en')) {
  await page.goto(path);
  await expect(page.locator('#term-card')).toBeAttached();
  await expect(page.locator('.romanization-mode[data-mode="off"]')).toBeVisible();
}

const firstHindi = (page: Page) => page.locator('[data-side="hi"]').first();

test.describe('romanisation', () => {
  // axe over a page of ruby is slow on a busy machine.
  test.describe.configure({ timeout: 180_000 });
  test('a line under each sentence, with its words romanised as they are said', async ({ page }) => {
    await openReader(page);
    await page.locator('.romanization-mode[data-mode="line"]').click();
    await expect(page.locator('.romanization-mode[data-mode="line"]')).toHaveAttribute('aria-pressed', 'true');
    const line = page.locator('.roman-line').first();
    await expect(line).toBeVisible();
    await expect(line).toHaveAttribute('lang', 'hi-Latn');
    // अपने AI प्लेटफॉर्म …: apne, with the ॉ as ô.
    await expect(line).toContainText('apne AI pleṭphôrm');
    // The sentence's own text stays Hindi; its words and terms are still there.
    await expect(firstHindi(page)).not.toContainText('apne');
    await expect(firstHindi(page).locator('.w').first()).toHaveText('अपने');
    await expect(firstHindi(page).locator('.term-link').first()).toBeVisible();
    // The lexicon, fetched on first use, says what the rules alone would not: कंपनी kampanī, not kampnī.
    await expect(page.locator('.roman-line').filter({ hasText: 'kampanī' }).first()).toBeVisible();
    await expect(page.locator('.roman-line').filter({ hasText: 'kampnī' })).toHaveCount(0);
    await expectNoSevereAxeViolations(page);
  });

  test('ruby over each word, keeping the word elements and term links', async ({ page }) => {
    await openReader(page);
    await page.locator('.romanization-mode[data-mode="ruby"]').click();
    const firstWord = firstHindi(page).locator('.w').first();
    await expect(firstWord.locator('ruby > rt')).toHaveAttribute('data-roman', 'apne');
    await expect(firstWord).toHaveText('अपने');
    const term = firstHindi(page).locator('.term-link').first();
    await expect(term.locator('ruby > rt')).toHaveAttribute('data-roman', /ô/);
    await expect(term).toHaveAttribute('href', /glossary/);
    await expect(page.locator('.roman-line')).toHaveCount(0);
    await expectNoSevereAxeViolations(page);
  });

  test('the key r cycles off, line, ruby and back; the choice persists on reload', async ({ page }) => {
    await openReader(page);
    await firstHindi(page).focus();
    await page.keyboard.press('r');
    await expect(page.locator('.roman-line').first()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Romanisation/ })).toHaveText('Romanisation: a line under each sentence');
    await page.keyboard.press('r');
    await expect(page.locator('ruby.roman-ruby').first()).toBeVisible();
    await page.reload();
    await expect(page.locator('#term-card')).toBeAttached();
    await expect(page.locator('.romanization-mode[data-mode="ruby"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(firstHindi(page).locator('.w').first().locator('rt')).toHaveAttribute('data-roman', 'apne');
    await firstHindi(page).focus();
    await page.keyboard.press('r');
    await expect(page.locator('ruby.roman-ruby')).toHaveCount(0);
    await expect(page.locator('.roman-line')).toHaveCount(0);
  });

  test('the key to the letters opens from the bar, in Hindi too, at phone width', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openReader(page, readerPath('hi'));
    const key = page.locator('.romanization-key');
    await key.locator('summary').click();
    const panel = key.locator('.romanization-key-panel');
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('row', { name: /ṭ ṭh/ })).toContainText('ट ठ');
    await expect(panel).toContainText('अक्षर');
    const box = await panel.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 1000)).toBeLessThanOrEqual(375);
    await expectNoSevereAxeViolations(page);
  });
});
