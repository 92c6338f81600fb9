import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { NTREX_DEV_DIR } from '@/lib/datasets';
import { saveRequestLimits } from '@/lib/importer';
import { readerPath } from './fixtures';

const readNtrex = (name: string) => readFileSync(path.join(NTREX_DEV_DIR, name), 'utf8');

/** Three short pairs, one a line; बैटरी and मोबाइल are loanwords the glossary does not have. */
const batteryHi = 'कंपनी ने नई बैटरी बनाई है।\nयह बैटरी बहुत सस्ती है।\nलोग इसे मोबाइल में लगाते हैं।';
const batteryEn = 'The company has made a new battery.\nThis battery is very cheap.\nPeople put it in their mobile.';

/** A fresh suffix per run, so that a retry does not meet the passage its first attempt saved. */
const runSuffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function alignTexts(page: Page, lng: 'en' | 'hi', hi: string, en: string, presplit: boolean) {
  const labels = lng === 'en' ? ['Hindi text', 'English translation', 'Align'] : ['हिन्दी पाठ', 'अंग्रेज़ी अनुवाद', 'मिलान करें'];
  const [hiLabel = '', enLabel = '', align = ''] = labels;
  await page.getByLabel(hiLabel).fill(hi);
  await page.getByLabel(enLabel).fill(en);
  if (presplit) await page.getByLabel(lng === 'en' ? 'Each line is already one sentence' : 'हर पंक्ति पहले से एक वाक्य है').check();
  await page.getByRole('button', { name: align }).click();
  // The first alignment after the server starts loads the pronouncing dictionary: slow on a busy machine.
  await expect(page.getByTestId('link-row').first()).toBeVisible({ timeout: 30_000 });
}

// Saving runs the content check over the whole content folder and renders the pages anew: on a busy
// machine that takes far longer than a click.
const saveTimeout = 60_000;

/** A teacher account of its own for each test (a fresh email), signed in, on `next`. */
async function signUpTeacher(page: Page, next: string) {
  await page.goto(`/en/sign-up?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Your name').fill('Asha Verma');
  await page.getByLabel('Email').fill(`teacher-${runSuffix()}@example.org`);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, '\\$&')}$`), { timeout: 30_000 });
}

/** Where a saved passage is read: her own reader page, by the passage's id. */
const ownReader = (lng: 'en' | 'hi') => new RegExp(`/${lng}/passages/[A-Za-z0-9_-]{16}$`);

/** Server actions are POST requests; the texts refused in the browser must never become one. */
function recordPosts(page: Page): string[] {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  return posts;
}

test.describe('adding a passage in the browser', () => {
  test('an anonymous visitor is sent to sign in, and comes back to the import after', async ({ page }) => {
    await page.goto('/en/import');
    await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Fimport$/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByLabel('Hindi text')).toHaveCount(0);
  });

  test('the curated library is still prerendered, its cards too', async ({ request }) => {
    for (const address of [readerPath('en'), `${readerPath('hi')}/cards`, '/en']) {
      const response = await request.get(address);
      expect(response.status()).toBe(200);
      // Served from the output of the build, not rendered for this request.
      expect(response.headers()['x-nextjs-cache']).toBe('HIT');
    }
  });

  test('from paste to reading the saved passage in her own reader', async ({ page, browser }) => {
    test.setTimeout(150_000);
    const run = runSuffix();
    const titleEn = `Aguero scores against Brighton ${run}`;
    const slug = `aguero-scores-against-brighton-${run}`;
    await signUpTeacher(page, '/en/import');
    await alignTexts(page, 'en', readNtrex('upi.176251.hi.txt'), readNtrex('upi.176251.en.txt'), true);

    const rows = page.getByTestId('link-row');
    const before = await rows.count();
    expect(before).toBe(20);

    // Merge by mouse: the row keeps the focus, so S splits it again from the keyboard.
    await rows.first().getByRole('button', { name: 'Merge with the next row' }).click();
    await expect(rows).toHaveCount(before - 1);
    await expect(rows.first()).toBeFocused();
    await page.keyboard.press('s');
    await expect(rows).toHaveCount(before);
    await expect(rows.first()).toBeFocused();
    // M then S, from the keyboard alone, on a row further down.
    await rows.nth(3).focus();
    await page.keyboard.press('m');
    await expect(rows).toHaveCount(before - 1);
    await expect(rows.nth(3)).toBeFocused();
    await page.keyboard.press('s');
    await expect(rows).toHaveCount(before);
    await expect(rows.nth(3)).toBeFocused();
    // Move an English sentence down and back up.
    await rows.nth(2).getByRole('button', { name: 'Give the last English sentence to the next row' }).click();
    await expect(rows.nth(2)).toContainText('(no partner)');
    await expect(rows.nth(2)).toBeFocused();
    await rows.nth(2).getByRole('button', { name: 'Take the next row’s first English sentence' }).click();
    await expect(rows.nth(2)).not.toContainText('(no partner)');

    await page.getByLabel('Title in Hindi').fill('ब्राइटन के ख़िलाफ़ एगुएरो का गोल');
    await page.getByLabel('Title in English').fill(titleEn);
    await expect(page.getByLabel('Address (letters, digits and hyphens)')).toHaveValue(slug);
    await page.getByRole('button', { name: 'Save the passage' }).click();

    await expect(page).toHaveURL(ownReader('en'), { timeout: saveTimeout });
    const readerUrl = page.url();
    // Rendered on request, for her: nothing of it is prerendered or kept in a shared cache.
    expect((await page.request.get(readerUrl)).headers()['x-nextjs-prerender']).toBeUndefined();
    await expect(page.locator('[data-side="hi"]')).toHaveCount(20);
    await expect(page.locator('[data-side="en"]').first()).toContainText('Aguero');

    // Hers, not the library's: it is in her list and not in the library.
    await page.goto('/en/teach/passages');
    await expect(page.getByTestId('my-passage').filter({ hasText: titleEn })).toBeVisible();
    await page.goto('/en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('passage-card').filter({ hasText: titleEn })).toHaveCount(0);
    expect((await page.request.get(`/en/read/${slug}`)).status()).toBe(404);

    // Another visitor, signed in or not, is told the passage does not exist.
    const stranger = await browser.newContext();
    expect((await stranger.request.get(readerUrl)).status()).toBe(404);
    expect((await stranger.request.get(`${readerUrl}/cards`)).status()).toBe(404);
    await stranger.close();

    // The same address cannot be used twice by her; nothing is overwritten.
    await page.goto('/en/import');
    await alignTexts(page, 'en', 'यह एक वाक्य है.', 'This is a sentence.', false);
    await page.getByLabel('Title in Hindi').fill('दोहराव');
    await page.getByLabel('Title in English').fill(titleEn);
    await page.getByRole('button', { name: 'Save the passage' }).click();
    await expect(page.getByTestId('import-errors')).toContainText('You already have a passage with this address', { timeout: saveTimeout });
    await page.goto(readerUrl);
    await expect(page.locator('[data-side="hi"]')).toHaveCount(20);

    // Deleting asks first, then the passage is gone.
    await page.goto('/en/teach/passages');
    await page.getByTestId('my-passage').filter({ hasText: titleEn }).getByRole('link', { name: 'Delete' }).click();
    await expect(page.getByTestId('confirm-delete')).toContainText(titleEn);
    await page.getByTestId('confirm-delete').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('The passage was deleted.')).toBeVisible();
    await expect(page.getByTestId('my-passage')).toHaveCount(0);
    expect((await page.request.get(readerUrl)).status()).toBe(404);
  });

  test('proposed entries: a guessed gender marked to check, menus in Hindi, a placeholder meaning kept unreviewed', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signUpTeacher(page, '/hi/import');
    await alignTexts(page, 'hi', batteryHi, batteryEn, true);

    const battery = page.getByTestId('proposed-entry').filter({ hasText: 'battery' });
    const mobile = page.getByTestId('proposed-entry').filter({ hasText: 'mobile' });
    await expect(battery.getByRole('combobox', { name: 'लिंग', exact: true })).toHaveValue('f');
    await expect(battery.getByRole('combobox', { name: 'लिंग', exact: true }).locator('option:checked')).toHaveText('स्त्रीलिंग');
    await expect(battery.getByTestId('gender-guessed')).toContainText('जाँचें');
    await expect(battery.getByRole('combobox', { name: 'शब्द-भेद', exact: true }).locator('option:checked')).toHaveText('संज्ञा');
    await expect(battery.getByRole('combobox', { name: 'शब्द-भेद', exact: true }).locator('option')).toHaveText([
      'संज्ञा',
      'व्यक्तिवाचक संज्ञा',
      'क्रिया',
      'विशेषण',
      'क्रियाविशेषण',
      'वाक्यांश',
    ]);
    await expect(mobile.getByRole('combobox', { name: 'लिंग', exact: true })).toHaveValue('m');

    // Both meanings are placeholders; writing one takes its hint away.
    await expect(battery.getByTestId('meaning-hint')).toBeVisible();
    await expect(mobile.getByTestId('meaning-hint')).toBeVisible();
    await mobile.getByLabel('यहाँ अर्थ').fill('a telephone carried in the pocket');
    await expect(mobile.getByTestId('meaning-hint')).toHaveCount(0);
    // Choosing the gender from the menu is a person's choice: the mark goes.
    await expect(mobile.getByTestId('gender-guessed')).toBeVisible();
    await mobile.getByRole('combobox', { name: 'लिंग', exact: true }).selectOption('f');
    await expect(mobile.getByTestId('gender-guessed')).toHaveCount(0);
    await mobile.getByRole('combobox', { name: 'लिंग', exact: true }).selectOption('m');

    await battery.getByRole('button', { name: 'स्वीकार करें', exact: true }).click();
    await mobile.getByRole('button', { name: 'स्वीकार करें', exact: true }).click();
    const run = runSuffix();
    await page.getByLabel('हिन्दी में शीर्षक').fill('सस्ती बैटरी');
    await page.getByLabel('अंग्रेज़ी में शीर्षक').fill(`A cheap battery ${run}`);
    await page.getByRole('button', { name: 'पाठ सहेजें' }).click();
    await expect(page).toHaveURL(ownReader('hi'), { timeout: saveTimeout });

    // Her reader's cards come from her own entries: the meaning she wrote, and the placeholder kept.
    const cards = (await (await page.request.get(`${page.url()}/cards`)).json()) as {
      cards: Record<string, { headword: string; meaning: string }>;
    };
    const byHeadword = new Map(Object.values(cards.cards).map((card) => [card.headword, card.meaning]));
    expect(byHeadword.get('मोबाइल')).toBe('a telephone carried in the pocket');
    expect(byHeadword.get('बैटरी')).toMatch(/battery/);
    // The library's glossary is untouched.
    expect((await page.request.get('/hi/glossary/mobile')).status()).toBe(404);
  });

  test('markup in the texts is kept as literal text, in the review step and in the reader', async ({ page }) => {
    test.setTimeout(90_000);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const script = '<script>window.sahpathInjected = 1</script>';
    const image = '<img src=x onerror="window.sahpathInjected = 2; alert(2)">';
    await signUpTeacher(page, '/en/import');
    await alignTexts(
      page,
      'en',
      `पहला ${script} वाक्य है। दूसरा ${image} वाक्य है।`,
      `The first ${script} sentence. The second ${image} sentence.`,
      false,
    );
    const rows = page.getByTestId('link-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText(`पहला ${script} वाक्य है।`);
    await expect(rows.nth(0)).toContainText(`The first ${script} sentence.`);
    await expect(rows.nth(1)).toContainText(`दूसरा ${image} वाक्य है।`);
    await expect(page.locator('.link-rows img, .link-rows script')).toHaveCount(0);

    const run = runSuffix();
    await page.getByLabel('Title in Hindi').fill('चिह्न');
    await page.getByLabel('Title in English').fill(`Markup ${run}`);
    await page.getByRole('button', { name: 'Save the passage' }).click();
    await expect(page).toHaveURL(ownReader('en'), { timeout: saveTimeout });
    await expect(page.locator('[data-side="hi"]')).toHaveCount(2);
    await expect(page.locator('[data-side="en"]').nth(1)).toContainText(`The second ${image} sentence.`);
    await expect(page.locator('[data-side] img, [data-side] script')).toHaveCount(0);
    expect(await page.evaluate(() => 'sahpathInjected' in window)).toBe(false);
    expect(dialogs).toEqual([]);
  });

  test('bad input gets a clear message in the interface language', async ({ page }) => {
    await signUpTeacher(page, '/hi/import');
    const posts = recordPosts(page);
    const errors = page.getByTestId('import-errors');
    await page.getByRole('button', { name: 'मिलान करें' }).click();
    // Both sides' problems at once.
    await expect(errors).toContainText('हिन्दी पाठ ख़ाली है।');
    await expect(errors).toContainText('अंग्रेज़ी पाठ ख़ाली है।');

    // An English text with one Hindi word in it is not a Hindi text.
    await page.getByLabel('हिन्दी पाठ').fill('The minister said the नीति would be announced next week.');
    await page.getByLabel('अंग्रेज़ी अनुवाद').fill('The minister said the policy would be announced next week.');
    await page.getByRole('button', { name: 'मिलान करें' }).click();
    await expect(errors).toContainText('हिन्दी पाठ का अधिकांश हिस्सा देवनागरी में नहीं है।');
    await expect(errors).not.toContainText('अंग्रेज़ी');
    const sentSoFar = posts.length;

    await page.getByTestId('upload-hi').setInputFiles({
      name: 'broken.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0xe0, 0xa4, 0x20, 0xff, 0xfe]),
    });
    await expect(errors).toContainText('फ़ाइल broken.txt UTF-8 टेक्स्ट नहीं है।');
    // An over-large file says the limit.
    await page.getByTestId('upload-en').setInputFiles({
      name: 'huge.txt',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(450_000, 'a'),
    });
    await expect(errors).toContainText('फ़ाइल huge.txt बहुत बड़ी है');
    await expect(errors).toContainText('300');
    await expect(errors).toContainText('broken.txt');

    // An oversized paste is refused as it arrives: the field keeps its text, and nothing is sent.
    await page.getByLabel('हिन्दी पाठ').fill('क'.repeat(100_001));
    await expect(errors).toContainText('हिन्दी पाठ नहीं लिया गया: उसमें 1,00,001 अक्षर हैं, और सीमा 1,00,000 अक्षरों की है।');
    await expect(page.getByLabel('हिन्दी पाठ')).toHaveValue('The minister said the नीति would be announced next week.');
    await page.getByRole('button', { name: 'मिलान करें' }).click();
    await expect(errors).toContainText('huge.txt');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(posts.length).toBe(sentSoFar);
  });

  test('messages in English: both sides at once, the titles, an over-long field', async ({ page }) => {
    test.setTimeout(90_000);
    await signUpTeacher(page, '/en/import');
    const errors = page.getByTestId('import-errors');
    await page.getByLabel('Hindi text').fill('The minister said the नीति would be announced next week.');
    await page.getByRole('button', { name: 'Align' }).click();
    await expect(errors).toContainText('The Hindi text is mostly not in Devanagari.');
    await expect(errors).toContainText('The English text is empty.');

    await page.getByLabel('Hindi text').fill('x'.repeat(100_001));
    await expect(errors).toContainText('The Hindi text was not taken: it has 100,001 characters, and the limit is 100,000.');

    await page.reload();
    await alignTexts(page, 'en', batteryHi, batteryEn, true);
    await page.getByLabel('Source').fill('s'.repeat(saveRequestLimits.source + 1));
    await page.getByRole('button', { name: 'Save the passage' }).click();
    await expect(errors).toContainText('Titles missing', { timeout: saveTimeout });
    await expect(errors).toContainText('Address (letters, digits and hyphens) is missing.');
    await expect(errors).toContainText(`Source is too long (at most ${saveRequestLimits.source} characters).`);
  });

  for (const lng of ['en', 'hi'] as const) {
    test(`the review step fits a phone screen (${lng})`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await signUpTeacher(page, `/${lng}/import`);
      await alignTexts(page, lng, batteryHi, batteryEn, true);
      await page.screenshot({ path: testInfo.outputPath(`import-phone-${lng}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      const firstRow = page.getByTestId('link-row').first();
      const buttons = firstRow.getByRole('button');
      await expect(buttons).toHaveCount(6);
      for (const button of await buttons.all()) {
        await expect(button).toHaveAttribute('title', /\S/);
        await expect(button).not.toHaveText('');
        const box = await button.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      }
    });
  }
});
