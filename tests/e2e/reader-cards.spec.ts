import { expect, test, type Locator, type Page } from '@playwright/test';
import { readerPath } from './fixtures';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The reader's island has run: it adds the one card element. */
async function openReader(page: Page) {
  await page.goto(readerPath('hi'));
  await expect(page.locator('#term-card')).toBeAttached();
}

/**
 * The Hindi term whose box starts furthest left, or ends furthest right, among the sentences'
 * terms with an English source word (so the card has something to keep clear of).
 */
async function edgeTerm(page: Page, edge: 'left' | 'right'): Promise<Locator> {
  const index = await page.locator('.term').evaluateAll((terms, wanted) => {
    let best = -1;
    let bestValue = -Infinity;
    terms.forEach((term, position) => {
      const id = term.getAttribute('data-term') ?? '';
      if (!term.closest('.pair')?.querySelector(`mark[data-term="${CSS.escape(id)}"]`)) return;
      const box = term.getBoundingClientRect();
      const value = wanted === 'right' ? box.right : -box.left;
      if (box.width > 0 && value > bestValue + 0.5) {
        bestValue = value;
        best = position;
      }
    });
    return best;
  }, edge);
  expect(index).toBeGreaterThanOrEqual(0);
  return page.locator('.term').nth(index);
}

/** Checks the open card lies inside the viewport and covers neither the term nor its lit English words. */
async function expectCardClear(page: Page, term: Locator) {
  const card = page.locator('#term-card');
  await expect(card).toBeVisible();
  const viewport = page.viewportSize();
  expect(viewport).not.toBeNull();
  const cardBox = await card.boundingBox();
  const termBox = await term.boundingBox();
  expect(cardBox).not.toBeNull();
  expect(termBox).not.toBeNull();
  if (!viewport || !cardBox || !termBox) return;
  expect(cardBox.x).toBeGreaterThanOrEqual(0);
  expect(cardBox.y).toBeGreaterThanOrEqual(0);
  expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(viewport.width);
  expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(viewport.height);
  expect(overlaps(cardBox, termBox)).toBe(false);
  const words = page.locator('mark.is-active');
  expect(await words.count()).toBeGreaterThan(0);
  for (const word of await words.all()) {
    const wordBox = await word.boundingBox();
    expect(wordBox).not.toBeNull();
    if (wordBox) expect(overlaps(cardBox, wordBox)).toBe(false);
  }
}

function namedTerm(page: Page, text: string): Locator {
  return page.locator('.term', { has: page.locator('.term-link', { hasText: text }) }).first();
}

test.describe('cards on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const edge of ['left', 'right'] as const) {
    test(`a card for the ${edge}-most term stays in the viewport and clear of its English word, on hover and on click`, async ({
      page,
    }) => {
      await openReader(page);
      const term = await edgeTerm(page, edge);
      await term.scrollIntoViewIfNeeded();
      await term.locator('.term-link').hover();
      await expectCardClear(page, term);
      await term.locator('.term-link').click();
      await expect(page.locator('#term-card')).toHaveAttribute('data-pinned', '');
      await expectCardClear(page, term);
    });
  }

  for (const word of ['कम से कम', 'सेफगार्ड']) {
    test(`the card for ${word} stays in the viewport and clear of its English word`, async ({ page }) => {
      await openReader(page);
      const term = namedTerm(page, word);
      await term.scrollIntoViewIfNeeded();
      await term.locator('.term-link').hover();
      await expectCardClear(page, term);
    });
  }

  test('a card near the bottom of the window opens above its term', async ({ page }) => {
    await openReader(page);
    // A term well down the passage, with an English source word, so the page can scroll it to the bottom.
    const index = await page.locator('.term').evaluateAll((terms) =>
      terms.findIndex((term) => {
        const pair = term.closest('.pair');
        const id = term.getAttribute('data-term') ?? '';
        return Number(pair?.id.replace('link-', '')) >= 20 && pair?.querySelector(`mark[data-term="${CSS.escape(id)}"]`);
      }),
    );
    expect(index).toBeGreaterThan(0);
    const term = page.locator('.term').nth(index);
    await term.scrollIntoViewIfNeeded();
    await term.evaluate((node) => window.scrollBy(0, node.getBoundingClientRect().bottom - (window.innerHeight - 20)));
    const termBox = await term.boundingBox();
    expect(termBox && termBox.y + termBox.height).toBeGreaterThan(840);
    await term.locator('.term-link').hover();
    await expectCardClear(page, term);
    const cardBox = await page.locator('#term-card').boundingBox();
    expect(cardBox && termBox && cardBox.y + cardBox.height <= termBox.y).toBe(true);
  });

  test('a hover card lets the pointer through to the next term', async ({ page }) => {
    await openReader(page);
    const first = page.locator('.term-link').nth(0);
    const second = page.locator('.term-link').nth(1);
    await first.hover();
    await expect(page.locator('#term-card')).toBeVisible();
    await expect(page.locator('#term-card')).toHaveCSS('pointer-events', 'none');
    await second.hover();
    await expect(second).toHaveAttribute('aria-describedby', 'term-card');
    await expect(first).not.toHaveAttribute('aria-describedby', 'term-card');
  });
});

test.describe('cards on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const edge of ['left', 'right'] as const) {
    test(`a tap on the ${edge}-most term opens a bottom sheet inside the screen, clear of its English word`, async ({ page }) => {
      await openReader(page);
      const term = await edgeTerm(page, edge);
      await term.scrollIntoViewIfNeeded();
      await term.locator('.term-link').tap();
      await expectCardClear(page, term);
      const cardBox = await page.locator('#term-card').boundingBox();
      expect(cardBox && Math.round(cardBox.y + cardBox.height)).toBe(844);
    });
  }

  for (const word of ['कम से कम', 'सेफगार्ड']) {
    test(`a tap on ${word} opens a sheet that fits the screen`, async ({ page }) => {
      await openReader(page);
      const term = namedTerm(page, word);
      await term.scrollIntoViewIfNeeded();
      await term.locator('.term-link').tap();
      await expectCardClear(page, term);
    });
  }

  test('the sheet closes by its close button, by a tap outside and by Escape', async ({ page }) => {
    await openReader(page);
    const card = page.locator('#term-card');
    const term = page.locator('.term-link').first();
    await term.tap();
    await expect(card).toBeVisible();
    await card.locator('.card-close').tap();
    await expect(card).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${readerPath('hi')}$`));

    await term.tap();
    await expect(card).toBeVisible();
    await page.locator('h1').tap();
    await expect(card).toBeHidden();

    await term.tap();
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });
});
