import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { resources } from '@/lib/i18n/resources';
import type { Lng, Namespace } from '@/lib/i18n';
import { expectNoSevereAxeViolations, readerPath } from './fixtures';

/** The interface's own words, so the same steps run in both languages. */
function words(lng: Lng) {
  return (ns: Namespace, key: string, values: Record<string, string | number> = {}): string => {
    let node: unknown = resources[lng][ns];
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') throw new Error(`no ${lng} string ${ns}:${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}

const flat = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Opens the reader and waits for My words to know where the words are kept. */
async function openReader(page: Page, lng: Lng, count: number): Promise<void> {
  const t = words(lng);
  await page.goto(readerPath(lng));
  // The count waits on the server's first answer, which opens the database on a fresh server.
  await expect(page.locator('.reader-tools').getByRole('link', { name: t('mywords', 'linkCount_other', { count }) })).toBeVisible({ timeout: 20_000 });
}

async function currentHindi(page: Page): Promise<string> {
  return flat(await page.locator('.pair.is-current [data-side="hi"]').first().textContent());
}

for (const lng of ['en', 'hi'] as const) {
  test(`a reader saves, reviews and exports My words in this browser (${lng})`, async ({ page }) => {
    test.setTimeout(120_000);
    const t = words(lng);
    await openReader(page, lng, 0);
    const saveButton = page.locator('button.sentence-tool[data-tool="save"]');
    await expect(saveButton).toHaveText(t('mywords', 'saveSentence'));
    const sentence = await currentHindi(page);
    expect(sentence).toMatch(/[\u0900-\u097F]/);
    const status = page.locator('.my-words-status');
    await saveButton.click();
    await expect(status).toHaveText(t('mywords', 'saved'));
    await saveButton.click();
    await expect(status).toHaveText(t('mywords', 'alreadySaved'));

    // The word card asks through the document; the key s saves the sentence one down.
    await page.evaluate(() => {
      document.dispatchEvent(
        new CustomEvent('sahpath:save-item', {
          detail: { kind: 'term', hindi: 'मॉडल', english: 'model', entryId: 'model', context: { hindi: 'नया मॉडल।', english: 'A new model.', sentence: 1 } },
        }),
      );
    });
    await expect(page.locator('.reader-tools').getByRole('link', { name: t('mywords', 'linkCount_other', { count: 2 }) })).toBeVisible();
    await page.locator('.pair.is-current [data-side="hi"]').first().focus();
    await page.keyboard.press('ArrowDown');
    const second = await currentHindi(page);
    expect(second).not.toBe(sentence);
    await page.keyboard.press('s');
    await expect(status).toHaveText(t('mywords', 'saved'));
    await expect(page.locator('.reader-tools').getByRole('link', { name: t('mywords', 'linkCount_other', { count: 3 }) })).toBeVisible();

    await page.locator('.reader-tools').getByRole('link', { name: t('mywords', 'linkCount_other', { count: 3 }) }).click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/words$`));
    await expect(page.getByRole('heading', { level: 1, name: t('mywords', 'title') })).toBeVisible();
    await expect(page.locator('[data-words-place="browser"]')).toBeVisible();
    const list = page.locator('.my-words-items');
    await expect(list.locator('.my-words-hindi')).toHaveText([sentence, 'मॉडल', second]);
    const sources = list.getByRole('link', { name: t('mywords', 'source') });
    await expect(sources.first()).toHaveAttribute('href', new RegExp(`/${lng}/read/[^#]+#sentence-\\d+$`));
    await expectNoSevereAxeViolations(page);

    // A saved sentence links back to itself in the passage, made the current sentence there.
    await sources.last().click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/read/[^#]+#sentence-\\d+$`));
    await expect.poll(() => currentHindi(page)).toBe(second);
    await page.goBack();
    await expect(list.locator('.my-words-hindi')).toHaveText([sentence, 'मॉडल', second]);

    // Three items, six cards due; Space shows the answer, Good (or 3) moves one card out of due.
    const dueCount = page.locator('.my-words-due-count');
    await expect(dueCount).toHaveAttribute('data-due', '6');
    await page.locator('.review-prompt').focus();
    await page.keyboard.press(' ');
    await expect(page.locator('.review-answer')).toBeVisible();
    await expectNoSevereAxeViolations(page);
    // A second tab still shows the card as it was: its answer is refused, and it moves on to the card as it stands.
    const otherTab = await page.context().newPage();
    await otherTab.goto(`/${lng}/words`);
    await expect(otherTab.locator('.my-words-due-count')).toHaveAttribute('data-due', '6');
    await page.getByRole('button', { name: t('mywords', 'review.good') }).click();
    await expect(dueCount).toHaveAttribute('data-due', '5');
    await expect(page.locator('.review-answer')).toHaveCount(0);
    await otherTab.getByRole('button', { name: t('mywords', 'review.reveal') }).click();
    await otherTab.getByRole('button', { name: t('mywords', 'review.again'), exact: true }).click();
    await expect(otherTab.locator('.my-words-review .my-words-live')).toHaveText(t('mywords', 'errors.stale-rating'));
    await expect(otherTab.locator('.my-words-due-count')).toHaveAttribute('data-due', '5');
    await otherTab.close();
    await page.keyboard.press(' ');
    await page.keyboard.press('4');
    await expect(dueCount).toHaveAttribute('data-due', '4');
    for (let remaining = 3; remaining >= 0; remaining -= 1) {
      await page.getByRole('button', { name: t('mywords', 'review.reveal') }).click();
      await page.getByRole('button', { name: t('mywords', 'review.easy') }).click();
      await expect(dueCount).toHaveAttribute('data-due', String(remaining));
    }
    await expect(page.locator('.review-nothing')).toContainText(t('mywords', 'review.nothingDue'));
    const [beforeWhen = '', afterWhen = ''] = t('mywords', 'review.nextDue', { when: '\u0000' }).split('\u0000');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(page.locator('.review-nothing')).toHaveText(new RegExp(`${escape(beforeWhen)}.+${escape(afterWhen)}$`));

    // The review is kept: after a reload nothing is due.
    await page.reload();
    await expect(dueCount).toHaveAttribute('data-due', '0');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: t('mywords', 'export') }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('sahpath-my-words.txt');
    const text = await readFile(await download.path(), 'utf8');
    expect(text.startsWith('#separator:tab\n#html:false\n')).toBe(true);
    expect(text).toContain('#columns:Hindi\tEnglish\tContext\tSource\n');
    expect(text).toContain(`${sentence}\t`);
    expect(text).toContain('मॉडल\tmodel\tनया मॉडल। — A new model.\t');

    await list.getByRole('button', { name: t('mywords', 'deleteLabel', { hindi: 'मॉडल' }) }).click();
    await expect(list.locator('.my-words-hindi')).toHaveText([sentence, second]);
    await page.reload();
    await expect(list.locator('.my-words-hindi')).toHaveText([sentence, second]);
  });
}

async function classCode(browser: Browser, run: string): Promise<string> {
  const t = words('en');
  const teacher = await (await browser.newContext()).newPage();
  await teacher.goto('/en/sign-up');
  await teacher.getByLabel(t('account', 'fields.name')).fill('Asha Verma');
  await teacher.getByLabel(t('account', 'fields.email')).fill(`words-${run}@example.org`);
  await teacher.getByLabel(t('account', 'fields.password')).fill('correct horse battery');
  await teacher.getByRole('button', { name: t('account', 'signUp.submit') }).click();
  await expect(teacher).toHaveURL(/\/en\/teach$/, { timeout: 30_000 });
  await teacher.getByLabel(t('classroom', 'teach.className')).fill(`Hindi ${run}`);
  await teacher.getByRole('button', { name: t('classroom', 'teach.create') }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: `Hindi ${run}` })).toBeVisible();
  const code = ((await teacher.getByTestId('join-code').textContent()) ?? '').trim();
  await teacher.context().close();
  return code;
}

test("a signed-in student's words are kept in the account and come back on another device", async ({ browser }) => {
  test.setTimeout(120_000);
  const t = words('en');
  const run = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const code = await classCode(browser, run);

  const student = await (await browser.newContext()).newPage();
  await student.goto(`/en/join?code=${code}`);
  await student.getByLabel(t('classroom', 'join.name')).fill('Ravi');
  await student.getByRole('button', { name: t('classroom', 'join.submit'), exact: true }).click();
  await expect(student.getByTestId('reentry-code')).toBeVisible({ timeout: 30_000 });
  const reentryCode = flat(await student.getByTestId('reentry-code').textContent());
  expect(reentryCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  await openReader(student, 'en', 0);
  const sentence = await currentHindi(student);
  await student.locator('button.sentence-tool[data-tool="save"]').click();
  await expect(student.locator('.my-words-status')).toHaveText(t('mywords', 'saved'));
  await expect(student.locator('[data-words-place="account"]')).toBeVisible();
  expect(await student.evaluate(() => window.localStorage.getItem('sahpath:my-words'))).toBeNull();

  const otherDevice = await (await browser.newContext()).newPage();
  await otherDevice.goto('/en/words');
  await expect(otherDevice.locator('[data-words-place="browser"]')).toBeVisible();
  await expect(otherDevice.locator('.my-words-hindi')).toHaveCount(0);
  await otherDevice.goto('/en/join');
  await otherDevice.getByLabel('Re-entry code').fill(reentryCode);
  await otherDevice.getByRole('button', { name: 'Continue' }).click();
  await expect(otherDevice).toHaveURL(/\/en\/study$/, { timeout: 30_000 });
  await otherDevice.goto('/en/words');
  await expect(otherDevice.locator('[data-words-place="account"]')).toBeVisible();
  await expect(otherDevice.locator('.my-words-hindi')).toHaveText([sentence]);
  await expect(otherDevice.locator('.my-words-due-count')).toHaveAttribute('data-due', '2');
  await student.goto('/en/words');
  await expect(student.locator('.my-words-due-count')).toHaveAttribute('data-due', '2');
  await otherDevice.getByRole('button', { name: t('mywords', 'review.reveal') }).click();
  await otherDevice.getByRole('button', { name: t('mywords', 'review.good') }).click();
  await expect(otherDevice.locator('.my-words-due-count')).toHaveAttribute('data-due', '1');
  await expectNoSevereAxeViolations(otherDevice);

  // The first device still shows the card answered on the other: the server refuses a second answer and sends it as it stands.
  await student.getByRole('button', { name: t('mywords', 'review.reveal') }).click();
  await student.getByRole('button', { name: t('mywords', 'review.easy') }).click();
  await expect(student.locator('.my-words-review .my-words-live')).toHaveText(t('mywords', 'errors.stale-rating'));
  await expect(student.locator('.my-words-due-count')).toHaveAttribute('data-due', '1');
  await student.reload();
  await expect(student.locator('.my-words-due-count')).toHaveAttribute('data-due', '1');
});

test('the API answers 401 to anonymous callers and refuses another site', async ({ request }) => {
  const listed = await request.get('/api/study/saved-items');
  expect(listed.status()).toBe(401);
  expect(await listed.json()).toMatchObject({ error: 'not-signed-in', message: 'You are not signed in.' });
  const inHindi = await request.post('/api/study/saved-items', { data: { lng: 'hi', item: { kind: 'word', hindi: 'शब्द' } } });
  expect(inHindi.status()).toBe(401);
  expect(await inHindi.json()).toMatchObject({ message: 'आप साइन इन नहीं हैं।' });
  const crossSite = await request.post('/api/study/saved-items', { data: { item: { kind: 'word', hindi: 'शब्द' } }, headers: { origin: 'https://elsewhere.example' } });
  expect(crossSite.status()).toBe(403);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  for (const lng of ['en', 'hi'] as const) {
    test(`My words and the header fit 375 pixels (${lng})`, async ({ page }) => {
      const t = words(lng);
      await page.goto(`/${lng}/words`);
      await expect(page.getByRole('navigation').getByRole('link', { name: t('common', 'nav.myWordsShort'), exact: true })).toBeVisible();
      await expect(page.locator('[data-words-place="browser"]')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });
  }
});
