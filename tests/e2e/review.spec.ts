import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';

async function signUpTeacher(page: Page, name: string): Promise<void> {
  await page.goto('/en/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill(`${name.toLowerCase().replace(/\W+/g, '-')}-${randomBytes(4).toString('hex')}@example.org`);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/en\/teach$/);
}

test.describe('teacher review refusals', () => {
  test('a visitor is sent to sign in and gets no results file', async ({ page }) => {
    await page.goto('/en/teach/assignments/some-assignment');
    await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Fteach%2Fassignments%2Fsome-assignment$/);
    const csv = await page.request.get('/en/teach/assignments/some-assignment/results.csv');
    expect(csv.status()).toBe(404);
    expect(csv.headers()['content-type']).not.toContain('text/csv');
  });

  test('a teacher who guesses ids of assignments and students finds nothing', async ({ page }) => {
    await signUpTeacher(page, 'Asha');
    const results = await page.goto('/en/teach/assignments/guessed-assignment-id');
    expect(results?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    const submission = await page.goto('/en/teach/assignments/guessed-assignment-id/students/guessed-student-id');
    expect(submission?.status()).toBe(404);
    const csv = await page.request.get('/en/teach/assignments/guessed-assignment-id/results.csv');
    expect(csv.status()).toBe(404);
  });

  test('a student of the class is refused the teacher’s pages and file', async ({ page, browser }) => {
    await signUpTeacher(page, 'Bela');
    await page.locator('input[name="name"]').fill('Hindi 2');
    await page.locator('input[name="name"]').press('Enter');
    await expect(page).toHaveURL(/\/en\/teach\/classes\/[^/]+$/);
    const joinCode = (await page.locator('main').innerText()).match(/\b[0-9A-TV-Z]{4}-[0-9A-TV-Z]{4}\b/)?.[0];
    expect(joinCode).toBeDefined();

    const studentContext = await browser.newContext();
    const student = await studentContext.newPage();
    await student.goto('/en/join');
    await student.getByLabel('Class code').fill(joinCode ?? '');
    await student.getByLabel('Your name').fill('Ravi');
    await student.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(student.getByTestId('reentry-code')).toBeVisible();

    await student.goto('/en/teach/assignments/guessed-assignment-id');
    await expect(student).toHaveURL(/\/en\/sign-in\?next=/);
    const csv = await student.request.get('/en/teach/assignments/guessed-assignment-id/results.csv');
    expect(csv.status()).toBe(404);
    await studentContext.close();
  });
});
