import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { NTREX_DEV_DIR } from '@/lib/datasets';

const readNtrex = (name: string) => readFileSync(path.join(NTREX_DEV_DIR, name), 'utf8');

test.describe('adding a passage in the browser', () => {
  test('from paste to reading the saved passage', async ({ page }) => {
    test.setTimeout(120_000);
    // A fresh title per run, so that a retry does not meet the passage its first attempt saved.
    const run = Date.now().toString(36);
    const titleEn = `Aguero scores against Brighton ${run}`;
    const slug = `aguero-scores-against-brighton-${run}`;
    await page.goto('/en/import');
    await page.getByLabel('Hindi text').fill(readNtrex('upi.176251.hi.txt'));
    await page.getByLabel('English translation').fill(readNtrex('upi.176251.en.txt'));
    await page.getByLabel('Each line is already one sentence').check();
    await page.getByRole('button', { name: 'Align' }).click();

    const rows = page.getByTestId('link-row');
    await expect(rows.first()).toBeVisible();
    const before = await rows.count();
    expect(before).toBe(20);

    // Merge by mouse, then split again by keyboard.
    await rows.first().getByRole('button', { name: 'Merge with the next row' }).click();
    await expect(rows).toHaveCount(before - 1);
    await rows.first().focus();
    await page.keyboard.press('s');
    await expect(rows).toHaveCount(before);
    // Move an English sentence down and back up.
    await rows.nth(2).getByRole('button', { name: 'Give the last English sentence to the next row' }).click();
    await expect(rows.nth(2)).toContainText('(no partner)');
    await rows.nth(2).getByRole('button', { name: 'Take the next row’s first English sentence' }).click();
    await expect(rows.nth(2)).not.toContainText('(no partner)');

    const entries = page.getByTestId('proposed-entry');
    const entryCount = await entries.count();
    if (entryCount > 0) {
      await entries.first().getByRole('button', { name: 'Accept' }).click();
      await expect(entries.first().getByTestId('entry-status')).toHaveText('Accepted');
    }
    if (entryCount > 1) await entries.nth(1).getByRole('button', { name: 'Reject' }).click();

    await page.getByLabel('Title in Hindi').fill('ब्राइटन के ख़िलाफ़ एगुएरो का गोल');
    await page.getByLabel('Title in English').fill(titleEn);
    await expect(page.getByLabel('Address (letters, digits and hyphens)')).toHaveValue(slug);
    await page.getByRole('button', { name: 'Save the passage' }).click();

    await expect(page).toHaveURL(new RegExp(`/en/read/${slug}$`));
    await expect(page.locator('[data-side="hi"]')).toHaveCount(20);
    await expect(page.locator('[data-side="en"]').first()).toContainText('Aguero');

    await page.goto('/en');
    await expect(page.getByTestId('passage-card').filter({ hasText: titleEn })).toBeVisible();

    // The same address cannot be used twice; nothing is overwritten.
    await page.goto('/en/import');
    await page.getByLabel('Hindi text').fill('यह एक वाक्य है.');
    await page.getByLabel('English translation').fill('This is a sentence.');
    await page.getByRole('button', { name: 'Align' }).click();
    await page.getByLabel('Title in Hindi').fill('दोहराव');
    await page.getByLabel('Title in English').fill(titleEn);
    await page.getByRole('button', { name: 'Save the passage' }).click();
    await expect(page.getByTestId('import-errors')).toContainText('already exists');
    await page.goto(`/en/read/${slug}`);
    await expect(page.locator('[data-side="hi"]')).toHaveCount(20);
  });

  test('bad input gets a clear message in the interface language', async ({ page }) => {
    await page.goto('/hi/import');
    await page.getByRole('button', { name: 'मिलान करें' }).click();
    await expect(page.getByTestId('import-errors')).toContainText('हिन्दी पाठ ख़ाली है।');

    await page.getByLabel('हिन्दी पाठ').fill('This is not Hindi.');
    await page.getByLabel('अंग्रेज़ी अनुवाद').fill('This is English.');
    await page.getByRole('button', { name: 'मिलान करें' }).click();
    await expect(page.getByTestId('import-errors')).toContainText('देवनागरी नहीं है');

    await page.getByTestId('upload-hi').setInputFiles({
      name: 'broken.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0xe0, 0xa4, 0x20, 0xff, 0xfe]),
    });
    await expect(page.getByTestId('import-errors')).toContainText('broken.txt');

    await page.getByLabel('हिन्दी पाठ').fill('क'.repeat(100_001));
    await page.getByRole('button', { name: 'मिलान करें' }).click();
    await expect(page.getByTestId('import-errors')).toContainText('बहुत लंबा');
  });
});
