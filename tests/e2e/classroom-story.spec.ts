import { expect, test, type Browser, type Page } from '@playwright/test';
import { resources } from '@/lib/i18n/resources';
import type { Lng, Namespace } from '@/lib/i18n';
import { expectNoSevereAxeViolations, seedSlug } from './fixtures';

/** A message with its placeholders left open, to find it whatever they were filled with. */
function shaped(message: string): RegExp {
  return new RegExp(message.split(/\{\{\w+\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+'));
}

/** The interface's own words, so the same story runs in both languages. */
function words(lng: Lng) {
  const raw = (ns: Namespace, key: string): string => {
    let node: unknown = resources[lng][ns];
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') throw new Error(`no ${lng} string ${ns}:${key}`);
    return node;
  };
  const t = (ns: Namespace, key: string, values: Record<string, string | number> = {}): string =>
    raw(ns, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  return Object.assign(t, { pattern: (ns: Namespace, key: string) => shaped(raw(ns, key)) });
}


async function join(browser: Browser, lng: Lng, code: string, name: string): Promise<Page> {
  const t = words(lng);
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/${lng}/join?code=${code}`);
  await expectNoSevereAxeViolations(page);
  await page.getByLabel(t('classroom', 'join.name')).fill(name);
  await page.getByRole('button', { name: t('classroom', 'join.submit'), exact: true }).click();
  await expect(page.getByTestId('reentry-code')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await page.getByRole('link', { name: t('classroom', 'join.continue') }).click();
  await expect(page).toHaveURL(new RegExp(`/${lng}/study$`));
  return page;
}

for (const lng of ['en', 'hi'] as const) {
  test(`a class from sign-up to feedback, one teacher and two students (${lng})`, async ({ browser }) => {
    test.setTimeout(300_000);
    const t = words(lng);
    const run = `${lng}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

    // The teacher signs up, makes a class and sets the first four sentences of the seed passage.
    const teacher = await (await browser.newContext()).newPage();
    await teacher.goto(`/${lng}/sign-up`);
    await teacher.getByLabel(t('account', 'fields.name')).fill('Asha Verma');
    await teacher.getByLabel(t('account', 'fields.email')).fill(`story-${run}@example.org`);
    await teacher.getByLabel(t('account', 'fields.password')).fill('correct horse battery');
    await teacher.getByRole('button', { name: t('account', 'signUp.submit') }).click();
    await expect(teacher).toHaveURL(new RegExp(`/${lng}/teach$`));
    await expectNoSevereAxeViolations(teacher);
    await teacher.getByLabel(t('classroom', 'teach.className')).fill(`Hindi ${run}`);
    await teacher.getByRole('button', { name: t('classroom', 'teach.create') }).click();
    await expect(teacher.getByRole('heading', { level: 1, name: `Hindi ${run}` })).toBeVisible();
    await expectNoSevereAxeViolations(teacher);
    const classUrl = teacher.url();
    const code = ((await teacher.getByTestId('join-code').textContent()) ?? '').trim();

    await teacher.goto(`${classUrl}/assignments/new?passage=${encodeURIComponent(`library:${seedSlug}`)}`);
    const sentenceButton = (number: number) =>
      teacher.getByRole('button', { name: new RegExp(`^${t('assignments', 'new.sentenceLabel', { number, text: '' }).trim()}`) });
    await sentenceButton(1).click();
    await sentenceButton(4).click();
    await expect(teacher.getByText(t('assignments', 'new.rangeChosen', { first: 1, last: 4 }))).toBeVisible();
    await teacher.getByLabel(t('assignments', 'new.fields.translateRow', { number: 1 }), { exact: true }).check();
    await teacher.getByLabel(t('assignments', 'new.fields.instructions')).fill('Read, translate the first row, then the quiz.');
    await expectNoSevereAxeViolations(teacher);
    await teacher.getByRole('button', { name: t('assignments', 'new.submit') }).click();
    await expect(teacher).toHaveURL(new RegExp(`/${lng}/teach/assignments/[^/]+$`));
    const resultsUrl = teacher.url();
    const assignmentId = resultsUrl.split('/').at(-1) ?? '';

    // Two students join in their own browsers; what one types as markup stays text for everyone.
    const meera = await join(browser, lng, code, 'Meera');
    const ravi = await join(browser, lng, code, '<b>Ravi</b>');
    await expectNoSevereAxeViolations(meera);

    // Meera reads with the English hidden, shows one sentence, translates, answers the quiz and hands in.
    await meera.goto(`/${lng}/study/assignments/${assignmentId}`);
    await expectNoSevereAxeViolations(meera);
    const firstRow = meera.locator('.work-row').first();
    await expect(firstRow.locator('.work-en')).toHaveCount(0);
    await firstRow.getByRole('button', { name: t('assignments', 'work.showEnglish') }).click();
    await expect(firstRow.locator('.work-en')).toBeVisible();
    await meera.locator('textarea').first().fill('The head of the safeguards team has resigned.');
    const quiz = meera.locator('fieldset');
    expect(await quiz.count()).toBeGreaterThan(0);
    await quiz.first().getByRole('radio').first().check();
    await meera.getByRole('button', { name: t('assignments', 'work.saveDraft') }).click();
    await expect(meera.getByText(t.pattern('assignments', 'work.savedAt'))).toBeVisible();
    meera.once('dialog', (dialog) => void dialog.accept());
    await meera.getByRole('button', { name: t('assignments', 'work.submit') }).click();
    await expect(meera.getByRole('heading', { name: t('assignments', 'work.resultHeading') })).toBeVisible();

    // Ravi only saves a draft.
    await ravi.goto(`/${lng}/study/assignments/${assignmentId}`);
    await ravi.locator('textarea').first().fill('A draft.');
    await ravi.getByRole('button', { name: t('assignments', 'work.saveDraft') }).click();
    await expect(ravi.getByText(t.pattern('assignments', 'work.savedAt'))).toBeVisible();

    // The teacher sees both, reads Meera's work beside the reference and writes feedback.
    await teacher.goto(resultsUrl);
    await expectNoSevereAxeViolations(teacher);
    const meeraRow = teacher.getByRole('row', { name: /Meera/ });
    await expect(meeraRow).toContainText(t('review', 'status.submitted'));
    await expect(meeraRow).toContainText(t('review', 'results.revealedOf', { count: 1, of: 4 }).replace(/\s/g, ' '));
    await expect(teacher.getByRole('row', { name: /<b>Ravi<\/b>/ })).toContainText(t('review', 'status.draft'));
    const csv = await teacher.request.get(`${resultsUrl}/results.csv`);
    expect(csv.status()).toBe(200);
    const csvText = Buffer.from(await csv.body()).toString('utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText).toContain('Meera');
    expect(csvText).toContain('<b>Ravi</b>');

    await meeraRow.getByRole('link', { name: 'Meera' }).click();
    await expectNoSevereAxeViolations(teacher);
    await teacher.getByLabel(t('review', 'feedback.row', { number: 1 })).fill('Good: “safeguards” is right. <i>Well done</i>.');
    await teacher.getByRole('button', { name: t('review', 'feedback.save') }).click();
    await expect(teacher.getByText(t('review', 'feedback.saved'))).toBeVisible();

    // Meera sees the feedback on her assignment page, as text.
    await meera.reload();
    await expect(meera.getByText('Good: “safeguards” is right. <i>Well done</i>.')).toBeVisible();

    // The teacher reopens Meera's work; she changes her translation and hands it in again.
    await teacher.getByText(t('review', 'reopen.open')).click();
    await teacher.getByRole('button', { name: t('review', 'reopen.confirm') }).click();
    await expect(teacher.getByText(t('review', 'reopen.done'))).toBeVisible();
    await meera.reload();
    await expect(meera.getByText(t('assignments', 'work.reopened'))).toBeVisible();
    await meera.locator('textarea').first().fill('The head of the Safeguards research team has resigned.');
    meera.once('dialog', (dialog) => void dialog.accept());
    await meera.getByRole('button', { name: t('assignments', 'work.submit') }).click();
    await expect(meera.getByRole('heading', { name: t('assignments', 'work.resultHeading') })).toBeVisible();
    await teacher.goto(resultsUrl);
    await expect(teacher.getByRole('row', { name: /Meera/ })).toContainText(t('review', 'status.submitted'));

    // Neither student can open the teacher's pages, nor the other's work.
    const peek = await ravi.request.get(resultsUrl, { maxRedirects: 0 });
    expect(peek.status()).toBe(307);
    expect(peek.headers().location).toContain(`/${lng}/sign-in`);
    expect((await ravi.request.get(`${resultsUrl}/results.csv`)).status()).toBe(404);

    await Promise.all([teacher.context().close(), meera.context().close(), ravi.context().close()]);
  });
}
