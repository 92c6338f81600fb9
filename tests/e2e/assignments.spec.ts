import { expect, test } from '@playwright/test';
import { maxQuizQuestions, pairsInRange } from '@/lib/classroom';
import { loadPassage } from '@/lib/content';
import { expectNoSevereAxeViolations, seedSlug } from './fixtures';


/**
 * The longest run of a text that any serialisation of the page (HTML text, the RSC payload's JSON
 * strings) writes unchanged, so that its absence from the page means the text is absent.
 */
function plainFragment(text: string, script: 'latin' | 'devanagari'): string {
  const runs = text.match(script === 'latin' ? /[A-Za-z0-9 ]+/g : /[\u0900-\u097F ]+/g) ?? [];
  const longest = runs.map((run) => run.trim()).sort((a, b) => b.length - a.length)[0] ?? '';
  expect(longest.length).toBeGreaterThan(12);
  return longest;
}

test('a teacher sets an assignment and a student reads, drafts and hands it in', async ({ browser }) => {
  test.setTimeout(240_000);
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  const email = `teacher-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
  await teacher.goto('/en/sign-up');
  await teacher.locator('input[name="name"]').fill('Asha Verma');
  await teacher.locator('input[name="email"]').fill(email);
  await teacher.locator('input[name="password"]').fill('correct horse battery staple');
  await teacher.locator('form:has(input[name="password"]) button[type="submit"]').click();
  await expect(teacher).toHaveURL(/\/en\/teach$/);

  await teacher.locator('form:has(input[name="name"]) input[name="name"]').fill('Hindi 1');
  await teacher.locator('form:has(input[name="name"]) button[type="submit"]').click();
  await expect(teacher).toHaveURL(/\/en\/teach\/classes\/[^/]+$/);
  const classId = new URL(teacher.url()).pathname.split('/').at(-1) ?? '';
  const joinCode = ((await teacher.getByTestId('join-code').textContent()) ?? '').trim();
  expect(joinCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  await teacher.goto(`/en/teach/classes/${classId}/assignments/new`);
  await expectNoSevereAxeViolations(teacher);
  await teacher.locator(`a[href*="${encodeURIComponent(`library:${seedSlug}`)}"]`).click();
  await expect(teacher.getByRole('heading', { name: 'Sentences' })).toBeVisible();
  await expectNoSevereAxeViolations(teacher);
  await teacher.getByRole('button', { name: /^Sentence 1:/ }).click();
  await expect(teacher.getByText('Range starts at sentence 1; now press the last sentence.')).toBeVisible();
  await teacher.getByRole('button', { name: /^Sentence 4:/ }).press('Enter');
  await expect(teacher.getByText('Sentences 1 to 4 are chosen.')).toBeVisible();
  await expect(teacher.locator('input[name="lastSentence"]')).toHaveValue('4');
  await expect(teacher.getByLabel('Translate row 6', { exact: true })).toBeDisabled();
  await teacher.locator('select[name="direction"]').selectOption('en-hi');
  await teacher.getByLabel('Translate row 2', { exact: true }).check();
  await teacher.getByLabel('Title').fill('First lines <b>bold</b>');
  await teacher.getByLabel('Instructions (optional)').fill('Read slowly. <script>alert(1)</script>');
  await teacher.getByRole('button', { name: 'Create assignment' }).click();
  await expect(teacher).toHaveURL(/\/en\/teach\/assignments\/[^/]+$/);
  const assignmentId = new URL(teacher.url()).pathname.split('/').at(-1) ?? '';

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await student.goto('/en/join');
  const joinForm = student.locator('form:has(input[name="displayName"])');
  await joinForm.locator('input[name="code"]').fill(joinCode);
  await joinForm.locator('input[name="displayName"]').fill('Ravi');
  await joinForm.locator('button[type="submit"]').click();
  await expect(student.getByRole('heading', { name: 'You have joined “Hindi 1”' })).toBeVisible();
  await student.getByRole('link', { name: 'Go to your classes' }).click();
  await expect(student).toHaveURL(/\/en\/study$/);

  const workPath = `/en/study/assignments/${assignmentId}`;
  await student.goto(workPath);
  await expect(student.getByRole('heading', { level: 1, name: 'First lines <b>bold</b>' })).toBeVisible();
  await expect(student.getByText('Read slowly. <script>alert(1)</script>')).toBeVisible();
  await expectNoSevereAxeViolations(student);

  const passage = await loadPassage(seedSlug);
  if (!passage) throw new Error(`the seed passage ${seedSlug} is missing`);
  const [readRow, intoHindiRow, laterRow] = pairsInRange(passage, 0, 3);
  if (!readRow || !laterRow || intoHindiRow?.key !== 1) throw new Error('the seed passage’s first rows are not as expected');
  const englishOfRead = plainFragment(readRow.en, 'latin');
  const englishOfLater = plainFragment(laterRow.en, 'latin');
  const hindiToWrite = plainFragment(intoHindiRow.hi, 'devanagari');
  // The source as sent, and its text without tags, where a row's Hindi is whole even if its terms are links.
  const pageSource = async () => {
    const html = await (await student.request.get(workPath)).text();
    return `${html}\n${html.replace(/<[^>]*>/g, '')}`;
  };

  const before = await pageSource();
  expect(before).toContain(plainFragment(readRow.hi, 'devanagari'));
  expect(before).toContain(plainFragment(intoHindiRow.en, 'latin'));
  expect(before).not.toContain(englishOfRead);
  expect(before).not.toContain(englishOfLater);
  expect(before).not.toContain(hindiToWrite);
  expect(await student.content()).not.toContain(englishOfRead);

  const rows = student.locator('.work-row');
  await expect(rows.nth(1).locator('.work-en')).toHaveText(intoHindiRow.en);
  await expect(rows.nth(1).locator('.work-hi')).toHaveCount(0);
  await expect(rows.nth(1).getByText('You translate this row into Hindi below; its Hindi is shown once you hand in.')).toBeVisible();
  await expect(rows.nth(1).getByRole('button', { name: 'Show English' })).toHaveCount(0);
  await expect(student.getByRole('heading', { name: 'Translate into Hindi' })).toBeVisible();
  await expect(student.getByLabel(intoHindiRow.en, { exact: true })).toBeVisible();
  await expect(student.locator('fieldset.work-question')).toHaveCount(maxQuizQuestions);

  const firstRow = rows.first();
  await expect(firstRow.locator('.work-en')).toHaveCount(0);
  await firstRow.getByRole('button', { name: 'Show English' }).click();
  await expect(firstRow.locator('.work-en')).toHaveText(readRow.en);
  await student.reload();
  await expect(student.locator('.work-row').first().locator('.work-en')).toHaveText(readRow.en);
  await expect(student.locator('.work-row').nth(2).getByRole('button', { name: 'Show English' })).toBeVisible();
  const afterReveal = await pageSource();
  expect(afterReveal).toContain(englishOfRead);
  expect(afterReveal).not.toContain(englishOfLater);
  expect(afterReveal).not.toContain(hindiToWrite);

  const answer = student.locator('textarea').first();
  await answer.fill('x'.repeat(5_001));
  await expect(student.getByText(/too long: an answer may hold at most 5000 characters/)).toBeVisible();
  await expect(student.getByRole('button', { name: 'Hand in' })).toBeDisabled();
  await answer.fill('कंपनी के <i>प्रमुख</i> ने इस्तीफ़ा दिया।');
  await student.getByRole('button', { name: 'Save draft' }).click();
  await expect(student.getByText(/^Draft saved at/)).toBeVisible();
  await student.reload();
  await expect(student.locator('textarea').first()).toHaveValue('कंपनी के <i>प्रमुख</i> ने इस्तीफ़ा दिया।');

  student.once('dialog', (dialog) => void dialog.accept());
  await student.getByRole('button', { name: 'Hand in' }).click();
  await expect(student.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect(student.getByText(/Mean chrF score of your translations: \d+\.\d/)).toBeVisible();
  await expect(student.locator('textarea').first()).toHaveAttribute('readonly', '');
  await expect(student.getByRole('button', { name: 'Hand in' })).toHaveCount(0);
  await expect(student.locator('.work-row').nth(1).locator('.work-hi')).toContainText(hindiToWrite);
  await expect(student.locator('.work-row').nth(2).locator('.work-en')).toHaveText(laterRow.en);
  await expect(student.getByRole('button', { name: 'Show English' })).toHaveCount(0);
  const afterSubmit = await pageSource();
  expect(afterSubmit).toContain(englishOfLater);
  expect(afterSubmit).toContain(hindiToWrite);

  const again = await student.request.post(`/api/classroom/assignments/${assignmentId}/submit`, {
    data: { answers: { translations: {}, quiz: {} } },
  });
  expect(again.status()).toBe(409);
  expect(await again.json()).toEqual({ error: 'already-submitted' });
  const guessed = await student.request.post('/api/classroom/assignments/guessed-id/reveals', { data: { sentence: 0 } });
  expect(guessed.status()).toBe(404);
  const anonymous = await teacher.request.post(`/api/classroom/assignments/${assignmentId}/reveals`, { data: { sentence: 0 } });
  expect(anonymous.status()).toBe(401);

  await teacherContext.close();
  await studentContext.close();
});
