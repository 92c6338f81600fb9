import { expect, test, type Browser } from '@playwright/test';
import { expectNoSevereAxeViolations } from './fixtures';

/** A fresh suffix per test, so that a retry does not meet the account its first attempt made. */
const runSuffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 10_000)}`;

const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}$/;
const REENTRY = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;


/** Signs a new teacher up in a context of her own and makes a class; answers her page and the class's code. */
async function teacherWithClass(browser: Browser, className: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const run = runSuffix();
  await page.goto('/en/sign-up');
  await page.getByLabel('Your name').fill('Asha Verma');
  await page.getByLabel('Email').fill(`asha-${run}@example.org`);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/en\/teach$/);
  await page.getByLabel('Class name').fill(className);
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page).toHaveURL(/\/en\/teach\/classes\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: className })).toBeVisible();
  const code = (await page.getByTestId('join-code').textContent())?.trim() ?? '';
  expect(code).toMatch(CODE);
  return { context, page, code, classUrl: page.url() };
}

test.describe('classes and joining', () => {
  test('a teacher makes a class, a student joins and comes back with the re-entry code', async ({ browser }) => {
    test.setTimeout(240_000);
    const className = `Class 7B ${runSuffix()}`;
    const teacher = await teacherWithClass(browser, className);
    await expectNoSevereAxeViolations(teacher.page);

    await teacher.page.getByRole('link', { name: 'Print the join sheet' }).click();
    await expect(teacher.page.getByTestId('sheet-code')).toHaveText(teacher.code);
    await expect(teacher.page.getByTestId('sheet-address')).toContainText('/en/join');
    await expect(teacher.page.getByTestId('sheet-qr')).toHaveAttribute('src', /^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    await expectNoSevereAxeViolations(teacher.page);

    await teacher.page.goto('/en/teach');
    await expect(teacher.page.getByRole('link', { name: className })).toBeVisible();
    await expect(teacher.page.locator('#main').getByRole('link', { name: 'Add a passage' })).toHaveAttribute('href', '/en/import');
    await expectNoSevereAxeViolations(teacher.page);

    const student = await browser.newContext();
    const studentPage = await student.newPage();
    await studentPage.goto(`/en/join?code=${teacher.code}`);
    await expect(studentPage.getByLabel('Class code')).toHaveValue(teacher.code);
    await expectNoSevereAxeViolations(studentPage);
    await studentPage.getByLabel('Your name').fill('Ravi <b>K</b>');
    await studentPage.getByRole('button', { name: 'Join' }).click();
    await expect(studentPage.getByRole('heading', { name: `You have joined “${className}”` })).toBeVisible();
    await expect(studentPage.getByText('Write this code down now')).toBeVisible();
    const reentryCode = (await studentPage.getByTestId('reentry-code').textContent())?.trim() ?? '';
    expect(reentryCode).toMatch(REENTRY);
    await studentPage.getByRole('link', { name: 'Go to your classes' }).click();
    await expect(studentPage).toHaveURL(/\/en\/study$/);
    await expect(studentPage.getByText(className)).toBeVisible();
    await expect(studentPage.getByText('Teacher: Asha Verma')).toBeVisible();
    await expect(studentPage.getByText('Your name here: Ravi <b>K</b>')).toBeVisible();
    await expect(studentPage.getByText('make sure you have your re-entry code')).toBeVisible();
    await expectNoSevereAxeViolations(studentPage);
    // The teacher's pages are not a student's.
    await studentPage.goto(teacher.classUrl);
    await expect(studentPage).toHaveURL(/\/en\/sign-in/);

    await teacher.page.goto(teacher.classUrl);
    const row = teacher.page.getByRole('row', { name: /Ravi <b>K<\/b>/ });
    await expect(row).toContainText(reentryCode);
    await expectNoSevereAxeViolations(teacher.page);

    const otherDevice = await browser.newContext();
    const otherPage = await otherDevice.newPage();
    await otherPage.goto('/en/join');
    await otherPage.getByLabel('Re-entry code').fill(reentryCode.toLowerCase());
    await otherPage.getByRole('button', { name: 'Continue' }).click();
    await expect(otherPage).toHaveURL(/\/en\/study$/);
    await expect(otherPage.getByText(className)).toBeVisible();

    // Resetting the code shows a new one on the roster, ends the sessions the old one opened, and the old one no longer signs anyone in.
    await row.getByRole('button', { name: 'New re-entry code for Ravi <b>K</b>' }).click();
    const newRow = teacher.page.getByRole('row', { name: /Ravi/ });
    await expect(newRow).not.toContainText(reentryCode);
    const newCode = (await newRow.locator('.reentry-cell').textContent())?.trim() ?? '';
    expect(newCode).toMatch(REENTRY);
    await studentPage.goto('/en/study');
    await expect(studentPage).toHaveURL(/\/en\/join$/);
    const fresh = await browser.newContext();
    const freshPage = await fresh.newPage();
    await freshPage.goto('/en/join');
    await freshPage.getByLabel('Re-entry code').fill(reentryCode);
    await freshPage.getByRole('button', { name: 'Continue' }).click();
    await expect(freshPage.locator('.form-errors')).toHaveText('No student has this re-entry code. Check it, or ask your teacher for a new one.');
    await freshPage.getByLabel('Re-entry code').fill(newCode);
    await freshPage.getByRole('button', { name: 'Continue' }).click();
    await expect(freshPage).toHaveURL(/\/en\/study$/);
    await expect(freshPage.getByText(className)).toBeVisible();

    // Removing the student takes the class off their page.
    await newRow.getByText('Remove…').click();
    await teacher.page.getByRole('button', { name: 'Yes, remove' }).click();
    await expect(teacher.page.getByText('No student has joined yet.')).toBeVisible();
    await freshPage.goto('/en/study');
    await expect(freshPage.getByText('You are not in any class now.')).toBeVisible();

    await Promise.all([teacher.context.close(), student.close(), otherDevice.close(), fresh.close()]);
  });

  test('a wrong code and an archived class are refused with a message', async ({ browser }) => {
    test.setTimeout(120_000);
    const teacher = await teacherWithClass(browser, `Closed ${runSuffix()}`);
    const student = await browser.newContext();
    const page = await student.newPage();
    await page.goto('/en/join');
    await page.getByLabel('Class code').fill('ZZZZ-ZZZZ');
    await page.getByLabel('Your name').fill('Meena');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.locator('.form-errors')).toHaveText('No class has this code. Check it and try again.');
    // What was typed stays.
    await expect(page.getByLabel('Your name')).toHaveValue('Meena');

    await teacher.page.getByRole('button', { name: 'Archive class' }).click();
    await expect(teacher.page.getByText('This class is archived: nobody can join it.')).toBeVisible();
    await page.getByLabel('Class code').fill(teacher.code);
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.locator('.form-errors')).toHaveText('This class is closed and takes no new students. Ask your teacher.');

    await teacher.page.getByText('Delete class…').click();
    await teacher.page.getByRole('button', { name: 'Yes, delete the class' }).click();
    await expect(teacher.page).toHaveURL(/\/en\/teach$/);
    await expect(teacher.page.getByText('You have no classes yet.')).toBeVisible();
    await Promise.all([teacher.context.close(), student.close()]);
  });

  test('in Hindi, the join page speaks Hindi, refusals included', async ({ browser }) => {
    test.setTimeout(120_000);
    const className = `हिंदी कक्षा ${runSuffix()}`;
    const teacher = await teacherWithClass(browser, className);
    const student = await browser.newContext();
    const page = await student.newPage();
    await page.goto('/hi/join');
    await expect(page.getByRole('heading', { level: 1, name: 'कक्षा में शामिल हों' })).toBeVisible();
    await page.getByLabel('कक्षा का कोड').fill('ZZZZ-ZZZZ');
    await page.getByLabel('आपका नाम').fill('सीता');
    await page.getByRole('button', { name: 'शामिल हों' }).click();
    await expect(page.locator('.form-errors')).toHaveText('इस कोड की कोई कक्षा नहीं है। कोड जाँचकर फिर कोशिश कीजिए।');

    await page.getByLabel('कक्षा का कोड').fill(teacher.code.toLowerCase());
    await page.getByRole('button', { name: 'शामिल हों' }).click();
    await expect(page.getByRole('heading', { name: `आप “${className}” में शामिल हो गए` })).toBeVisible();
    await expect(page.getByText('यह कोड अभी लिख लीजिए')).toBeVisible();
    await expectNoSevereAxeViolations(page);
    await page.getByRole('link', { name: 'अपनी कक्षाओं पर जाइए' }).click();
    await expect(page).toHaveURL(/\/hi\/study$/);
    await expect(page.getByText('शिक्षक: Asha Verma')).toBeVisible();
    await expectNoSevereAxeViolations(page);
    await Promise.all([teacher.context.close(), student.close()]);
  });

  test('the JSON endpoints join and re-enter, and refuse in the asked language', async ({ browser, playwright, baseURL }) => {
    test.setTimeout(120_000);
    const teacher = await teacherWithClass(browser, `API ${runSuffix()}`);
    const api = await playwright.request.newContext({ baseURL });
    const wrong = await api.post('/api/classroom/join', { data: { code: 'ZZZZ-ZZZZ', name: 'Tara', lng: 'hi' } });
    expect(wrong.status()).toBe(404);
    expect(await wrong.json()).toEqual({ error: 'not-found', message: 'इस कोड की कोई कक्षा नहीं है। कोड जाँचकर फिर कोशिश कीजिए।' });
    const empty = await api.post('/api/classroom/join', { data: { code: teacher.code, name: ' ' } });
    expect(empty.status()).toBe(400);
    expect(await empty.json()).toMatchObject({ error: 'invalid-input', message: 'Type your name.' });

    const joined = await api.post('/api/classroom/join', { data: { code: teacher.code, name: 'Tara' } });
    expect(joined.status()).toBe(200);
    const body = (await joined.json()) as { studentId: string; classId: string; reentryCode: string };
    expect(body.reentryCode).toMatch(REENTRY);
    expect(teacher.classUrl.endsWith(body.classId)).toBe(true);
    expect(joined.headers()['set-cookie']).toMatch(/session_token=/);

    const again = await playwright.request.newContext({ baseURL });
    const back = await again.post('/api/classroom/reenter', { data: { code: body.reentryCode } });
    expect(back.status()).toBe(200);
    expect(await back.json()).toEqual({ studentId: body.studentId, name: 'Tara' });
    const refused = await again.post('/api/classroom/reenter', { data: { code: 'not a code' }, headers: { 'accept-language': 'hi' } });
    expect(refused.status()).toBe(404);
    expect(await refused.json()).toMatchObject({ error: 'not-found' });
    await Promise.all([teacher.context.close(), api.dispose(), again.dispose()]);
  });

  test('joining and re-entering work without JavaScript', async ({ browser }) => {
    test.setTimeout(120_000);
    const className = `No script ${runSuffix()}`;
    const teacher = await teacherWithClass(browser, className);
    const student = await browser.newContext({ javaScriptEnabled: false });
    const page = await student.newPage();
    await page.goto(`/en/join?code=${teacher.code}`);
    await page.getByLabel('Your name').fill('Gita');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.getByRole('heading', { name: `You have joined “${className}”` })).toBeVisible();
    const reentryCode = (await page.getByTestId('reentry-code').textContent())?.trim() ?? '';
    expect(reentryCode).toMatch(REENTRY);
    await page.getByRole('link', { name: 'Go to your classes' }).click();
    await expect(page.getByText(className)).toBeVisible();

    const other = await browser.newContext({ javaScriptEnabled: false });
    const otherPage = await other.newPage();
    await otherPage.goto('/en/join');
    await otherPage.getByLabel('Re-entry code').fill(reentryCode);
    await otherPage.getByRole('button', { name: 'Continue' }).click();
    await expect(otherPage).toHaveURL(/\/en\/study$/);
    await expect(otherPage.getByText(className)).toBeVisible();
    await Promise.all([teacher.context.close(), student.close(), other.close()]);
  });

  test('another site cannot post the join or re-entry form for a visitor', async ({ request }) => {
    for (const path of ['/api/classroom/join', '/api/classroom/reenter']) {
      const answer = await request.post(path, {
        headers: { origin: 'https://elsewhere.example', 'content-type': 'text/plain' },
        data: JSON.stringify({ code: 'AAAA-BBBB', name: 'Mallory' }),
      });
      expect(answer.status()).toBe(403);
      expect(await answer.json()).toEqual({ error: 'cross-origin' });
      expect(answer.headers()['set-cookie']).toBeUndefined();
    }
  });
});
