import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { seedSlug } from './fixtures';

async function expectNoSevereAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(severe.map((violation) => `${violation.id}: ${violation.nodes.length} × ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
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
  await teacher.getByLabel('Translate row 2', { exact: true }).check();
  await teacher.getByLabel('Title').fill('First lines <b>bold</b>');
  await teacher.getByLabel('Instructions (optional)').fill('Read slowly. <script>alert(1)</script>');
  await teacher.getByRole('button', { name: 'Create assignment' }).click();
  await expect(teacher).toHaveURL(/\/en\/teach\/assignments\/[^/]+$/);
  const assignmentId = new URL(teacher.url()).pathname.split('/').at(-1) ?? '';

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await student.goto('/en/join');
  await student.locator('input[name="code"]').fill(joinCode);
  await student.locator('input[name="displayName"], input[name="name"]').first().fill('Ravi');
  await student.locator('form:has(input[name="code"]) button[type="submit"]').click();
  await expect(student).toHaveURL(/\/en\/study/);

  const workPath = `/en/study/assignments/${assignmentId}`;
  await student.goto(workPath);
  await expect(student.getByRole('heading', { level: 1, name: 'First lines <b>bold</b>' })).toBeVisible();
  await expect(student.getByText('Read slowly. <script>alert(1)</script>')).toBeVisible();
  await expectNoSevereAxeViolations(student);

  const firstRow = student.locator('.work-row').first();
  await expect(firstRow.locator('.work-en')).toHaveCount(0);
  await firstRow.getByRole('button', { name: 'Show English' }).click();
  await expect(firstRow.locator('.work-en')).toBeVisible();
  await student.reload();
  await expect(student.locator('.work-row').first().locator('.work-en')).toBeVisible();
  await expect(student.locator('.work-row').nth(1).getByRole('button', { name: 'Show English' })).toBeVisible();

  const answer = student.locator('textarea').first();
  await answer.fill('x'.repeat(5_001));
  await expect(student.getByText(/too long: an answer may hold at most 5000 characters/)).toBeVisible();
  await expect(student.getByRole('button', { name: 'Hand in' })).toBeDisabled();
  await answer.fill('The company’s <i>head</i> resigned.');
  await student.getByRole('button', { name: 'Save draft' }).click();
  await expect(student.getByText(/^Draft saved at/)).toBeVisible();
  await student.reload();
  await expect(student.locator('textarea').first()).toHaveValue('The company’s <i>head</i> resigned.');

  student.once('dialog', (dialog) => void dialog.accept());
  await student.getByRole('button', { name: 'Hand in' }).click();
  await expect(student.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect(student.getByText(/Mean chrF score of your translations: \d+\.\d/)).toBeVisible();
  await expect(student.locator('textarea').first()).toHaveAttribute('readonly', '');
  await expect(student.getByRole('button', { name: 'Hand in' })).toHaveCount(0);

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
