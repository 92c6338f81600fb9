import { expect, test, type Page } from '@playwright/test';
import { maxAnswerLength, scoreAnswer } from '@/lib/practice';
import { expectNoSevereAxeViolations, readerPath } from './fixtures';

const firstEnglish =
  'Anthropic, the American AI startup whose AI platform Claude Cowork has sent shockwaves through job markets worldwide, is back in the headlines.';
const answer = 'Anthropic, the American AI startup, is in the news again.';

/** The reader's island has run: it adds the one card element and marks the current pair. */
async function openReader(page: Page, path = readerPath('en')) {
  await page.goto(path);
  await expect(page.locator('#term-card')).toBeAttached();
  await expect(page.locator('.pair.is-current')).toHaveCount(1);
}

const panel = (page: Page) => page.locator('dialog.practice-panel');
const practiseButton = (page: Page) => page.locator('button.sentence-tool[data-tool="practise"]');

test.describe('translate practice', () => {
  test('opens for the current sentence, refuses an empty answer, and compares a written one', async ({ page }) => {
    // axe over the whole reader takes a while on a busy machine.
    test.setTimeout(120_000);
    await openReader(page);
    await practiseButton(page).click();
    const dialog = panel(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Translate this sentence' })).toBeVisible();
    await expect(dialog.locator('.practice-source')).toHaveAttribute('lang', 'hi');
    await expect(dialog.locator('.practice-source')).toContainText('खलबली मचाने वाली');
    const textarea = dialog.getByLabel('Your English translation');
    await expect(textarea).toBeFocused();

    await dialog.getByRole('button', { name: 'Compare' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Write your translation first, then compare.');
    await expect(textarea).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.locator('.practice-result')).toHaveCount(0);

    await textarea.fill(answer);
    await dialog.getByRole('button', { name: 'Compare' }).click();
    const expected = scoreAnswer(firstEnglish, answer);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(100);
    await expect(dialog.locator('.practice-score-number')).toHaveAttribute('data-score', String(expected));
    await expect(dialog.locator('.practice-score-number')).toHaveText(expected.toLocaleString('en', { maximumFractionDigits: 1 }));
    await expect(dialog.locator('.practice-reference')).toHaveText(firstEnglish);
    await expect(dialog.locator('.practice-diff ins').filter({ hasText: 'news' })).toHaveCount(1);
    await expect(dialog.locator('.practice-diff del').filter({ hasText: 'headlines' })).toHaveCount(1);
    await expect(dialog.locator('.practice-diff del').first().locator('.practice-visually-hidden')).toHaveText(/only in the reference:/);
    await expect(dialog.locator('.practice-diff ins').first().locator('.practice-visually-hidden')).toHaveText(/only in yours:/);
    await expect(dialog.getByRole('status')).toContainText(`chrF ${expected.toLocaleString('en', { maximumFractionDigits: 1 })} out of 100`);
    await expect(textarea).not.toHaveAttribute('aria-invalid');

    const note = dialog.locator('.practice-notes li').filter({ hasText: 'खलबली मचाने वाली' });
    await expect(note).toHaveCount(1);
    await expect(note).toContainText('to cause a commotion');
    await expectNoSevereAxeViolations(page);
  });

  test('an answer over the limit gets a message and no comparison', async ({ page }) => {
    await openReader(page);
    await practiseButton(page).click();
    const dialog = panel(page);
    await dialog.locator('#practice-answer').fill('a'.repeat(maxAnswerLength + 1));
    await dialog.getByRole('button', { name: 'Compare' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Your translation has 2,001 characters; please keep it to 2,000.');
    await expect(dialog.locator('.practice-result')).toHaveCount(0);
  });

  test('a sentence without notes says so, and the last answer comes back when it is opened again', async ({ page }) => {
    await openReader(page);
    const third = page.locator('[data-side="hi"]').nth(2);
    await third.click();
    await expect(page.locator('.pair.is-current [data-side="en"]')).toHaveText('Is all not well inside Anthropic?');
    await practiseButton(page).click();
    const dialog = panel(page);
    await dialog.locator('#practice-answer').fill('Is everything not fine inside Anthropic?');
    await dialog.getByRole('button', { name: 'Compare' }).click();
    await expect(dialog.getByText('No translator\'s notes for this sentence.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(practiseButton(page)).toBeFocused();

    await page.reload();
    await expect(page.locator('#term-card')).toBeAttached();
    await page.locator('[data-side="hi"]').nth(2).click();
    await practiseButton(page).click();
    await expect(dialog.locator('#practice-answer')).toHaveValue('Is everything not fine inside Anthropic?');
    await expect(dialog.locator('.practice-result')).toHaveCount(0);
  });

  test('English to Hindi shows the English and compares Hindi with the Hindi', async ({ page }) => {
    test.setTimeout(120_000);
    await openReader(page, readerPath('hi'));
    await practiseButton(page).click();
    const dialog = panel(page);
    await dialog.getByLabel('अंग्रेज़ी → हिंदी').check();
    await expect(dialog.locator('.practice-source')).toHaveAttribute('lang', 'en');
    await expect(dialog.locator('.practice-source')).toHaveText(firstEnglish);
    const textarea = dialog.getByLabel('आपका हिंदी अनुवाद');
    await expect(textarea).toHaveAttribute('lang', 'hi');
    await textarea.fill('अमेरिकी AI स्टार्टअप एंथ्रोपिक फिर से खबरों में है.');
    await dialog.getByRole('button', { name: 'मिलान करें' }).click();
    await expect(dialog.locator('.practice-reference')).toHaveAttribute('lang', 'hi');
    await expect(dialog.locator('.practice-reference')).toContainText('खलबली मचाने वाली');
    // Devanagari words are compared whole: एंथ्रोपिक is common to both, खबरों only in the answer.
    await expect(dialog.locator('.practice-diff ins').filter({ hasText: 'खबरों' })).toHaveCount(1);
    await expect(dialog.locator('.practice-diff span:not(.practice-visually-hidden)').filter({ hasText: 'एंथ्रोपिक' })).not.toHaveCount(0);
    await expect(dialog.locator('.practice-diff del').first().locator('.practice-visually-hidden')).toHaveText(/केवल संदर्भ में:/);
    await expect(dialog.locator('.practice-score-number')).toHaveAttribute('data-score', /^\d+(\.\d)?$/);
    await expectNoSevereAxeViolations(page);

    // The direction chosen is kept for the next sentence.
    await dialog.getByRole('button', { name: 'बंद करें' }).click();
    await page.locator('[data-side="hi"]').nth(1).click();
    await practiseButton(page).click();
    await expect(dialog.getByLabel('अंग्रेज़ी → हिंदी')).toBeChecked();
    await expect(dialog.locator('.practice-source')).toContainText('hammering IT shares');
  });

  test('by keyboard: Enter opens, the answer has the focus, Enter compares, arrows turn the direction, Escape closes and returns', async ({
    page,
  }) => {
    await openReader(page);
    await page.locator('[data-side="hi"]').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.pair.is-current [data-side="en"]')).toContainText('hammering IT shares');
    await practiseButton(page).focus();
    await page.keyboard.press('Enter');
    const dialog = panel(page);
    const textarea = dialog.locator('#practice-answer');
    await expect(textarea).toBeFocused();
    // Keys typed in the panel stay there: j does not move the reader to the next sentence.
    await page.keyboard.type('This time it is not for the IT shares, just the resignation.');
    await expect(page.locator('.pair.is-current [data-side="en"]')).toContainText('hammering IT shares');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Compare' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.locator('.practice-score-number')).toBeVisible();
    await expect(dialog.locator('.practice-notes li').filter({ hasText: 'लंका लगाने' })).toHaveCount(1);

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByLabel('Hindi → English')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByLabel('English → Hindi')).toBeChecked();
    await expect(dialog.locator('.practice-source')).toContainText('hammering IT shares');
    await expect(dialog.locator('.practice-result')).toHaveCount(0);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(practiseButton(page)).toBeFocused();
    await expect(page.locator('.pair.is-current [data-side="en"]')).toContainText('hammering IT shares');
  });
});
