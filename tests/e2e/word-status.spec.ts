import { expect, test, type Page } from '@playwright/test';
import { expectNoSevereAxeViolations, readerPath } from './fixtures';

/** The reader's islands have run: the card element is there and the counts are shown. */
async function openReader(page: Page, path = readerPath('en')) {
  await page.goto(path);
  await expect(page.locator('#term-card')).toBeAttached();
  await expect(page.locator('.word-counts')).toBeVisible();
}

/** A word of the Hindi text (plain or a glossary term) as written. */
const wordIn = (page: Page, text: string) =>
  page.locator('[data-side="hi"] :is(.w, .term)').filter({ hasText: new RegExp(`^${text}$`) }).first();

test('a plain word opens a card with its romanisation and dictionaries; learning marks its family in every passage', async ({ page }) => {
  // axe over a whole passage is slow on a busy machine.
  test.setTimeout(180_000);
  await openReader(page);
  const learningBefore = await page.locator('[data-count="learning"]').textContent();
  expect(learningBefore).toBe('0 learning');
  const word = page.locator('[data-side="hi"] .w').filter({ hasText: /^लोगों$/ }).first();
  await word.scrollIntoViewIfNeeded();
  await word.click();
  const card = page.locator('#term-card');
  await expect(card).toBeVisible();
  await expect(card.locator('.card-headword')).toHaveText('लोगों');
  await expect(card.locator('.card-roman')).toHaveText(/^l.g.ṁ$/);
  await expect(card.locator('[data-dictionary="wiktionary"]')).toHaveAttribute('href', `https://en.wiktionary.org/wiki/${encodeURIComponent('लोगों')}#Hindi`);
  await expect(card.locator('[data-dictionary="shabdkosh"]')).toHaveAttribute('href', /shabdkosh\.com/);
  await expect(card.locator('[data-dictionary="translate"]')).toHaveAttribute('href', /translate\.google\.com.*sl=hi&tl=en/);
  await expect(card.getByRole('button', { name: 'New' })).toHaveAttribute('aria-pressed', 'true');
  await expectNoSevereAxeViolations(page);

  await card.getByRole('button', { name: 'Learning' }).click();
  await expect(card.getByRole('button', { name: 'Learning' })).toHaveAttribute('aria-pressed', 'true');
  await expect(word).toHaveAttribute('data-status', 'learning');
  // Another inflection in the same passage shares the status, and its dotted underline.
  const other = wordIn(page, 'लोग');
  await expect(other).toHaveAttribute('data-status', 'learning');
  await expect(other).toHaveCSS('border-bottom-style', 'dotted');
  await expect(page.locator('[data-count="learning"]')).toHaveText('1 learning');

  // So does the family in another passage, after a reload from browser storage.
  await openReader(page, '/en/read/ntrex-ai-funding');
  await expect(wordIn(page, 'लोगों')).toHaveAttribute('data-status', 'learning');
  await expect(page.locator('[data-count="learning"]')).toHaveText('1 learning');

  await page.goto('/en');
  await expect(page.locator('.words-known')).toContainText('Words you know: 0');
  await expect(page.locator('.words-known')).toContainText('Learning: 1');
});

test('from the keyboard: ← and → reach the words, Enter opens a card, 1, 2 and 3 set the status and say so', async ({ page }) => {
  await openReader(page);
  const sentence = page.locator('[data-side="hi"]').first();
  await sentence.focus();
  await page.keyboard.press('ArrowRight');
  const words = sentence.locator(':is(.w, .term .term-link[href])');
  const first = words.first();
  await expect(first).toBeFocused();
  await page.keyboard.press('l');
  const second = words.nth(1);
  await expect(second).toBeFocused();
  await page.keyboard.press('h');
  await expect(first).toBeFocused();
  // Further words of the sentence, one press each, never leaving the sentence.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const third = words.nth(2);
  await expect(third).toBeFocused();
  const text = (await third.textContent()) ?? '';
  const target = sentence.locator(':is(.w, .term)').nth(2);

  await page.keyboard.press('3');
  await expect(target).toHaveAttribute('data-status', 'known');
  await expect(page.locator('[data-word-announcer]')).toHaveText(`${text}: Known`);
  await expect(page.locator('[data-count="known"]')).toHaveText('1 known');
  await page.keyboard.press('2');
  await expect(target).toHaveAttribute('data-status', 'learning');
  await expect(page.locator('[data-word-announcer]')).toHaveText(`${text}: Learning`);
  await page.keyboard.press('1');
  await expect(target).not.toHaveAttribute('data-status');
  await expect(page.locator('[data-count="known"]')).toHaveText('0 known');

  await page.keyboard.press('3');
  await expect(target).toHaveAttribute('data-status', 'known');
  await page.keyboard.press('Enter');
  const card = page.locator('#term-card');
  await expect(card).toHaveAttribute('data-pinned', '');
  await expect(card.locator('.card-status[data-status="known"]')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(third).toBeFocused();

  await page.goto('/en');
  await expect(page.locator('.words-known')).toContainText('Words you know: 1');
});

test('the card’s Save asks My words to save the word with its sentence in both languages', async ({ page }) => {
  await openReader(page);
  await page.evaluate(() => {
    document.addEventListener('sahpath:save-item', (event) => {
      (window as unknown as { saved: unknown }).saved = (event as CustomEvent).detail;
    });
  });
  const word = page.locator('[data-side="hi"] .w').first();
  await word.click();
  await page.locator('#term-card .card-save').click();
  const saved = (await page.evaluate(() => (window as unknown as { saved: unknown }).saved)) as {
    kind: string;
    hindi: string;
    context: { hindi: string; english: string; sentence: number };
  };
  expect(saved.kind).toBe('word');
  expect(saved.hindi).toBe(await word.textContent());
  expect(saved.context.hindi).toContain(saved.hindi);
  expect(saved.context.english.length).toBeGreaterThan(0);
  expect(saved.context.sentence).toBe(0);
});

test('a dictionary address can be changed; a wrong one is refused with a reason', async ({ page }) => {
  test.setTimeout(180_000);
  await openReader(page);
  await page.locator('.word-settings summary').click();
  const field = page.getByLabel('Wiktionary');
  await field.fill('https://example.org/search');
  await page.getByRole('button', { name: 'Save the links' }).click();
  await expect(page.locator('.dictionary-problem')).toHaveText('The address must contain {word}, where the word goes.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('ftp://example.org/{word}');
  await page.getByRole('button', { name: 'Save the links' }).click();
  await expect(page.locator('.dictionary-problem')).toHaveText('The address must start with https:// or http://.');
  await field.fill('https://hi.wiktionary.org/wiki/{word}');
  await page.getByRole('button', { name: 'Save the links' }).click();
  await expect(page.locator('.dictionary-message')).toHaveText('Dictionary links saved.');
  await expect(page.locator('.dictionary-problem')).toHaveCount(0);
  await expectNoSevereAxeViolations(page);

  const word = page.locator('[data-side="hi"] .w').first();
  await word.click();
  const wordText = (await word.textContent()) ?? '';
  await expect(page.locator('#term-card [data-dictionary="wiktionary"]')).toHaveAttribute(
    'href',
    `https://hi.wiktionary.org/wiki/${encodeURIComponent(wordText)}`,
  );
});

test('a glossary term’s card keeps its entry and adds a status that marks the term', async ({ page }) => {
  await openReader(page);
  const term = page.locator('[data-side="hi"] .term').first();
  await term.locator('.term-link').click();
  const card = page.locator('#term-card');
  await expect(card).toHaveAttribute('data-pinned', '');
  await expect(card.locator('.card-meaning')).toBeVisible();
  await expect(card.locator('.card-open')).toBeVisible();
  await card.getByRole('button', { name: 'Known' }).click();
  await expect(term).toHaveAttribute('data-status', 'known');
});
