import { expect, test, type Page } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';
import { pairsInRange } from '@/lib/classroom';
import { loadGlossary, loadPassage, type Passage } from '@/lib/content';
import { createGlossaryLinker } from '@/lib/glossary';
import { buildReaderView } from '@/lib/reader';
import { romanizeHindi } from '@/lib/text';
import { expectNoSevereAxeViolations, readerPath, seedSlug } from './fixtures';

const worksheetPath = `${readerPath('en')}/print`;

// A whole passage's worksheet is a long page: axe and the PDF take their time on a shared machine.
test.describe.configure({ timeout: 120_000 });

async function loadSeed(): Promise<Passage> {
  const passage = await loadPassage(seedSlug);
  if (!passage) throw new Error(`The passage ${seedSlug} is missing`);
  return passage;
}

const hindiOf = (passage: Passage, link: number): string =>
  (passage.links[link]?.hi ?? []).map((index) => passage.hi.sentences[index]?.text ?? '').join(' ');
const englishOf = (passage: Passage, link: number): string =>
  (passage.links[link]?.en ?? []).map((index) => passage.en.sentences[index]?.text ?? '').join(' ');

/** The PDF's pages: their size in points and their text, as PDF.js extracts it. */
async function readPdf(pdf: Buffer): Promise<{ sizes: Array<[number, number]>; text: string }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const sizes: Array<[number, number]> = [];
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    sizes.push([Math.round(viewport.width), Math.round(viewport.height)]);
    const content = await page.getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { sizes, text: texts.join('\n').replace(/\s+/g, ' ') };
}

/** The page's @page rules as written in its style elements (a style element has no rendered text to match). */
async function pageRules(page: Page): Promise<string[]> {
  const styles = await page.locator('style').evaluateAll((found) => found.map((style) => style.textContent ?? ''));
  return styles.filter((text) => text.startsWith('@page'));
}

async function signUpTeacher(page: Page): Promise<void> {
  const email = `print-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
  await page.goto('/en/sign-up');
  await page.locator('input[name="name"]').fill('Asha Verma');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill('correct horse battery staple');
  await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
  // The first account of a fresh database waits for it to start.
  await expect(page).toHaveURL(/\/en\/teach$/, { timeout: 60_000 });
}

test('the reader links to its worksheet, which numbers the Hindi and leaves room for the English', async ({ page }) => {
  const passage = await loadSeed();
  await page.goto(readerPath('en'));
  await page.getByRole('link', { name: 'Printable worksheet' }).click();
  // The worksheet is laid out on request: the first one can take a while on a busy machine.
  await expect(page).toHaveURL(new RegExp(`${worksheetPath}$`), { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(passage.title.en);
  await expect(page.getByText('Licence: CC BY-SA 4.0')).toBeVisible();

  const lines = page.locator('.worksheet-line');
  await expect(lines).toHaveCount(passage.links.length);
  await expect(lines.first().locator('.worksheet-number')).toHaveText('1.');
  await expect(lines.nth(1).locator('.worksheet-number')).toHaveText('2.');
  await expect(lines.first().locator('.worksheet-hi')).toHaveText(hindiOf(passage, 0));
  await expect(lines.first().getByRole('img', { name: 'Space to write the English of line 1' })).toBeVisible();
  await expect(page.locator('.worksheet-en')).toHaveCount(0);
  await expect(page.locator('.worksheet-roman')).toHaveCount(0);
  await expect(page.getByText(englishOf(passage, 0))).toHaveCount(0);
  expect(await pageRules(page)).toEqual([expect.stringMatching(/^@page \{ size: A4 /)]);
  await expectNoSevereAxeViolations(page);
});

test('the options show the English and the romanisation, on Letter paper, and the glossary lists the printed terms', async ({ page }) => {
  const [passage, glossary] = await Promise.all([loadSeed(), loadGlossary()]);
  const view = buildReaderView(passage, createGlossaryLinker(glossary));
  const headwords = new Map(glossary.map((entry) => [entry.id, entry.headword]));
  await page.goto(worksheetPath);
  await page.getByLabel('Shown under each line').check();
  await page.getByLabel('Romanisation under each Hindi line').check();
  await page.getByLabel('Letter').check();
  await page.getByRole('button', { name: 'Show with these options' }).click();
  await expect(page).toHaveURL(/\?english=shown&paper=letter&romanize=1$/);

  const first = page.locator('.worksheet-line').first();
  await expect(first.locator('.worksheet-en')).toHaveText(englishOf(passage, 0));
  await expect(first.locator('.worksheet-roman')).toHaveText(romanizeHindi(hindiOf(passage, 0)));
  await expect(page.locator('.worksheet-write')).toHaveCount(0);
  expect(await pageRules(page)).toEqual([expect.stringMatching(/^@page \{ size: letter /)]);
  await expect(page.getByLabel('Letter')).toBeChecked();

  const rows = page.locator('.worksheet-glossary tbody tr');
  await expect(rows).toHaveCount(view.entryIds.length);
  expect(await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-entry')))).toEqual(view.entryIds);
  const firstId = view.entryIds[0] ?? '';
  await expect(rows.first().locator('th')).toHaveText(headwords.get(firstId) ?? '');
  await expectNoSevereAxeViolations(page);
});

test('printing leaves the site header, the options and the button off the paper', async ({ page }) => {
  await page.goto(worksheetPath);
  await expect(page.locator('.site-header')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.worksheet-controls')).toBeHidden();
  await expect(page.locator('.worksheet-line').first()).toBeVisible();
  expect(await page.locator('.worksheet-line').first().evaluate((line) => getComputedStyle(line).breakInside)).toBe('avoid');
  expect(await page.locator('.worksheet').evaluate((sheet) => [getComputedStyle(sheet).color, getComputedStyle(sheet).backgroundColor])).toEqual([
    'rgb(0, 0, 0)',
    'rgb(255, 255, 255)',
  ]);
});

for (const [paper, format, size] of [
  ['a4', 'A4', [595, 842]],
  ['letter', 'Letter', [612, 792]],
] as const) {
  test(`the worksheet prints to a ${format} PDF holding the passage's text`, async ({ page }) => {
    const passage = await loadSeed();
    await page.goto(`${worksheetPath}?english=shown&paper=${paper}`);
    await page.evaluate(() => document.fonts.ready);
    const pdf = await readPdf(await page.pdf({ format, preferCSSPageSize: true }));
    expect(pdf.sizes.length).toBeGreaterThan(1);
    expect(pdf.sizes.every(([width, height]) => width === size[0] && height === size[1])).toBe(true);
    expect(pdf.text).toContain(passage.title.en);
    expect(pdf.text).toContain('English rendering: Sahpath');
    expect(pdf.text).not.toContain('Show with these options');
    const firstEnglish = englishOf(passage, 0).split(' ').slice(0, 4).join(' ');
    expect(pdf.text).toContain(firstEnglish);
    for (const number of [1, 2, passage.links.length]) expect(pdf.text).toMatch(new RegExp(`(^| )${number}\\.( |$)`));
    // PDF.js gives the Devanagari glyph by glyph, without the vowel signs drawn before their consonant
    // (ि) and reph: words of plain letters and right-hand vowel signs survive once the spaces are gone.
    const joined = pdf.text.replace(/\s/g, '');
    for (const word of ['वजह', 'कदम', 'तरफ', 'इस्तीफा']) expect(joined).toContain(word);
    expect(joined.match(/[\u0900-\u097F]/g)?.length ?? 0).toBeGreaterThan(3000);
  });
}

test('a teacher prints her assignment’s range alone, numbered from 1; no one else may', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const passage = await loadSeed();
  await signUpTeacher(page);
  await page.locator('form:has(input[name="name"]) input[name="name"]').fill('Hindi print');
  await page.locator('form:has(input[name="name"]) button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/teach\/classes\/[^/]+$/);
  const classUrl = page.url();
  await page.goto(`${classUrl}/assignments/new?passage=${encodeURIComponent(`library:${seedSlug}`)}`);
  await page.getByRole('button', { name: /^Sentence 5:/ }).click();
  await page.getByRole('button', { name: /^Sentence 8:/ }).click();
  await expect(page.getByText('Sentences 5 to 8 are chosen.')).toBeVisible();
  await page.getByLabel('Title').fill('Middle lines');
  await page.getByRole('button', { name: 'Create assignment' }).click();
  await expect(page).toHaveURL(/\/en\/teach\/assignments\/[^/]+$/);
  const assignmentUrl = page.url();

  await page.getByRole('link', { name: 'Printable worksheet of this range' }).click();
  await expect(page).toHaveURL(`${assignmentUrl}/print`);
  const range = pairsInRange(passage, 4, 7);
  const lines = page.locator('.worksheet-line');
  await expect(lines).toHaveCount(range.length);
  await expect(lines.first().locator('.worksheet-number')).toHaveText('1.');
  await expect(lines.first().locator('.worksheet-hi')).toHaveText(range[0]?.hi ?? '');
  await expect(lines.last().locator('.worksheet-number')).toHaveText(`${range.length}.`);
  await expect(page.getByText(hindiOf(passage, 0))).toHaveCount(0);
  await expect(page.getByTestId('worksheet-assignment')).toContainText('Sentences 5–8');
  await expect(page.getByTestId('worksheet-assignment')).toContainText('Middle lines');
  await expectNoSevereAxeViolations(page);

  await page.getByLabel('Shown under each line').check();
  await page.getByRole('button', { name: 'Show with these options' }).click();
  await expect(page).toHaveURL(`${assignmentUrl}/print?english=shown&paper=a4`);
  await expect(page.locator('.worksheet-en')).toHaveText(range.map((pair) => pair.en));

  const stranger = await browser.newContext();
  const peek = await stranger.request.get(`${assignmentUrl}/print`, { maxRedirects: 0 });
  expect(peek.status()).toBe(307);
  expect(peek.headers().location).toContain('/en/sign-in');
  const other = await stranger.newPage();
  await signUpTeacher(other);
  expect((await other.request.get(`${assignmentUrl}/print`)).status()).toBe(404);
  await stranger.close();
});

test('in Hindi, with an option it does not understand, the worksheet says so and keeps its default', async ({ page }) => {
  await page.goto(`/hi/read/${seedSlug}/print?paper=a3`);
  await expect(page.getByRole('status')).toHaveText('पते के कुछ विकल्प समझ में नहीं आए; उनकी जगह सामान्य विकल्प लिए गए हैं।');
  await expect(page.getByLabel('A4')).toBeChecked();
  await expect(page.getByRole('heading', { name: 'शब्दावली' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'छापें' })).toBeVisible();
  await expectNoSevereAxeViolations(page);
});

test('a teacher passage’s worksheet is not found for a reader who may not read it', async ({ request }) => {
  expect((await request.get('/en/passages/AAAAAAAAAAAAAAAA/print')).status()).toBe(404);
});
