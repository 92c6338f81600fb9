import { expect, test, type Browser, type Page } from '@playwright/test';
import { resources } from '@/lib/i18n/resources';
import type { Lng, Namespace } from '@/lib/i18n';
import { expectNoSevereAxeViolations, readerPath, seedSlug } from './fixtures';

// Hydration, a request to the account and the classroom's forms can be slow on a busy machine.
const slow = { timeout: 20_000 };

/** The interface's own words, so the steps read as a learner sees them. */
function words(lng: Lng) {
  return (ns: Namespace, key: string, values: Record<string, string | number> = {}): string => {
    let node: unknown = resources[lng][ns];
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') throw new Error(`no ${lng} string ${ns}:${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}

const hideablePairs = (page: Page) => page.locator('.pair[data-pair-key]:has([data-side="en"])');
const englishOf = (page: Page, index: number) => hideablePairs(page).nth(index).locator('[data-side="en"]').first();

/** The reader once its reveal island knows where reveals are kept. */
async function openReader(page: Page, lng: Lng, keeper: 'browser' | 'account'): Promise<void> {
  await page.goto(readerPath(lng));
  await expect(page.locator(`[data-reveal-keeper="${keeper}"]`)).toBeAttached(slow);
}

async function pairNumber(page: Page, index: number): Promise<number> {
  return Number(await hideablePairs(page).nth(index).getAttribute('data-pair-key')) + 1;
}

test('an anonymous reader hides the English, reveals it one pair at a time, and finds it so after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const t = words('en');
  await openReader(page, 'en', 'browser');
  const total = await hideablePairs(page).count();
  expect(total).toBeGreaterThan(5);
  await expect(englishOf(page, 0)).toBeVisible();

  await page.getByLabel(t('reveal', 'mode')).check();
  await expect(englishOf(page, 0)).toBeHidden();
  await expect(englishOf(page, 1)).toBeHidden();
  await expect(page.locator('[data-reveal-show]')).toHaveCount(total);
  await expect(page.getByText(t('reveal', 'progress', { shown: 0, total }))).toBeVisible();
  await expectNoSevereAxeViolations(page);

  // A click shows one pair's English and nothing else.
  const first = await pairNumber(page, 0);
  await page.getByRole('button', { name: t('reveal', 'showLabel', { number: first }), exact: true }).click();
  await expect(englishOf(page, 0)).toBeVisible();
  await expect(englishOf(page, 1)).toBeHidden();
  await expect(page.locator('.reveal-visually-hidden[role="status"]')).toHaveText(t('reveal', 'announce.shown', { number: first }));

  // Key e shows the current pair's English, and hides it again.
  await hideablePairs(page).nth(1).locator('[data-side="hi"]').first().focus();
  await expect(hideablePairs(page).nth(1)).toHaveClass(/is-current/);
  await page.keyboard.press('e');
  await expect(englishOf(page, 1)).toBeVisible();
  await page.keyboard.press('e');
  await expect(englishOf(page, 1)).toBeHidden();

  // Enter on a hidden pair's button shows that pair.
  const third = await pairNumber(page, 2);
  await page.getByRole('button', { name: t('reveal', 'showLabel', { number: third }), exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(englishOf(page, 2)).toBeVisible();
  await expect(englishOf(page, 2)).toBeFocused();
  await expect(page.getByText(t('reveal', 'progress', { shown: 2, total }))).toBeVisible();

  // A reload keeps the mode (set before the island starts) and what was shown.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-reveal-mode', '');
  await expect(page.locator('[data-reveal-keeper="browser"]')).toBeAttached(slow);
  await expect(page.getByLabel(t('reveal', 'mode'))).toBeChecked();
  await expect(englishOf(page, 0)).toBeVisible();
  await expect(englishOf(page, 1)).toBeHidden();
  await expect(englishOf(page, 2)).toBeVisible();
  await expect(englishOf(page, 3)).toBeHidden();

  await page.getByRole('button', { name: t('reveal', 'revealAll') }).click();
  await expect(page.locator('[data-reveal-show]')).toHaveCount(0);
  await expect(page.getByText(t('reveal', 'progress', { shown: total, total }))).toBeVisible();
  await page.getByRole('button', { name: t('reveal', 'hideAll') }).click();
  await expect(page.locator('[data-reveal-show]')).toHaveCount(total);
  await expect(englishOf(page, 0)).toBeHidden();

  await page.getByLabel(t('reveal', 'mode')).uncheck();
  await expect(englishOf(page, 1)).toBeVisible();
  await expect(page.locator('[data-reveal-show]')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-reveal-mode');
  await expect(englishOf(page, 1)).toBeVisible();
});

test('reveal mode speaks Hindi in the Hindi interface', async ({ page }) => {
  test.setTimeout(120_000);
  const t = words('hi');
  await openReader(page, 'hi', 'browser');
  await page.getByLabel(t('reveal', 'mode')).check();
  const first = await pairNumber(page, 0);
  await expect(page.getByRole('button', { name: t('reveal', 'showLabel', { number: first }), exact: true })).toBeVisible();
  await expectNoSevereAxeViolations(page);
});

async function join(browser: Browser, code: string, name: string): Promise<Page> {
  const t = words('en');
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/en/join?code=${code}`);
  await page.getByLabel(t('classroom', 'join.name')).fill(name);
  await page.getByRole('button', { name: t('classroom', 'join.submit'), exact: true }).click();
  await expect(page.getByTestId('reentry-code')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await page.getByRole('link', { name: t('classroom', 'join.continue') }).click();
  await expect(page).toHaveURL(/\/en\/study$/, slow);
  return page;
}

test('a student’s reveals in the reader are the ones the teacher counts, and the assignment’s show in the reader', async ({ browser }) => {
  test.setTimeout(300_000);
  const t = words('en');
  const run = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

  const teacher = await (await browser.newContext()).newPage();
  await teacher.goto('/en/sign-up');
  await teacher.getByLabel(t('account', 'fields.name')).fill('Asha Verma');
  await teacher.getByLabel(t('account', 'fields.email')).fill(`reveal-${run}@example.org`);
  await teacher.getByLabel(t('account', 'fields.password')).fill('correct horse battery');
  await teacher.getByRole('button', { name: t('account', 'signUp.submit') }).click();
  await expect(teacher).toHaveURL(/\/en\/teach$/, slow);
  await teacher.getByLabel(t('classroom', 'teach.className')).fill(`Hindi ${run}`);
  await teacher.getByRole('button', { name: t('classroom', 'teach.create') }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: `Hindi ${run}` })).toBeVisible();
  const classUrl = teacher.url();
  const code = ((await teacher.getByTestId('join-code').textContent()) ?? '').trim();
  await teacher.goto(`${classUrl}/assignments/new?passage=${encodeURIComponent(`library:${seedSlug}`)}`);
  const sentenceButton = (number: number) =>
    teacher.getByRole('button', { name: new RegExp(`^${t('assignments', 'new.sentenceLabel', { number, text: '' }).trim()}`) });
  await sentenceButton(1).click();
  await sentenceButton(4).click();
  await expect(teacher.getByText(t('assignments', 'new.rangeChosen', { first: 1, last: 4 }))).toBeVisible();
  await teacher.getByRole('button', { name: t('assignments', 'new.submit') }).click();
  await expect(teacher).toHaveURL(/\/en\/teach\/assignments\/[^/]+$/, slow);
  const resultsUrl = teacher.url();
  const assignmentId = resultsUrl.split('/').at(-1) ?? '';

  const meera = await join(browser, code, 'Meera');

  // In the reader, Meera shows the first pair's English: it goes to her account.
  await openReader(meera, 'en', 'account');
  await meera.getByLabel(t('reveal', 'mode')).check();
  await expect(meera.getByText(t('reveal', 'keptInAccount'))).toBeVisible();
  const first = await pairNumber(meera, 0);
  const saved = meera.waitForResponse((response) => response.url().endsWith('/api/study/reveals') && response.request().method() === 'POST');
  await meera.getByRole('button', { name: t('reveal', 'showLabel', { number: first }), exact: true }).click();
  expect((await saved).status()).toBe(200);
  await expect(englishOf(meera, 0)).toBeVisible();

  await teacher.goto(resultsUrl);
  const meeraRow = teacher.getByRole('row', { name: /Meera/ });
  await expect(meeraRow).toContainText(t('review', 'results.revealedOf', { count: 1, of: 4 }));

  // On the assignment page the reader's reveal shows; she opens the second row there.
  await meera.goto(`/en/study/assignments/${assignmentId}`);
  const rows = meera.locator('.work-row');
  await expect(rows.first().locator('.work-en')).toBeVisible();
  await expect(rows.nth(1).locator('.work-en')).toHaveCount(0);
  await rows.nth(1).getByRole('button', { name: t('assignments', 'work.showEnglish') }).click();
  await expect(rows.nth(1).locator('.work-en')).toBeVisible();

  // Back in the reader that pair is shown too.
  await openReader(meera, 'en', 'account');
  await expect(englishOf(meera, 0)).toBeVisible();
  await expect(englishOf(meera, 1)).toBeVisible();
  await expect(englishOf(meera, 2)).toBeHidden();

  // Hiding all again is her view only: the teacher still counts both.
  await meera.getByRole('button', { name: t('reveal', 'hideAll') }).click();
  await expect(englishOf(meera, 0)).toBeHidden();
  await meera.reload();
  await expect(meera.locator('[data-reveal-keeper="account"]')).toBeAttached(slow);
  await expect(englishOf(meera, 1)).toBeHidden();
  await teacher.reload();
  await expect(teacher.getByRole('row', { name: /Meera/ })).toContainText(t('review', 'results.revealedOf', { count: 2, of: 4 }));

  // A teacher's session gets no account reveals: her reader keeps them in the browser.
  const answer = await teacher.request.get(`/api/study/reveals?source=library&ref=${seedSlug}`);
  expect(answer.status()).toBe(401);
  expect(await answer.json()).toMatchObject({ error: 'not-signed-in' });

  await Promise.all([teacher.context().close(), meera.context().close()]);
});
