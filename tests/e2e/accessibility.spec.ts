import { test } from '@playwright/test';
import { expectNoSevereAxeViolations, readerPath } from './fixtures';

// The classroom's pages for someone not signed in; the signed-in ones are checked along the classroom story.
const pages = (lng: 'en' | 'hi') => [
  `/${lng}`,
  readerPath(lng),
  `/${lng}/glossary`,
  `/${lng}/glossary/safeguard`,
  `/${lng}/classroom`,
  `/${lng}/sign-in`,
  `/${lng}/sign-up`,
  `/${lng}/join`,
];

for (const lng of ['en', 'hi'] as const) {
  for (const path of pages(lng)) {
    test(`no serious or critical axe violations on ${path}`, async ({ page }) => {
      // The reader holds a few hundred glossary cards; axe needs longer than the default on two cores.
      test.setTimeout(180_000);
      await page.goto(path);
      await expectNoSevereAxeViolations(page);
    });
  }
}
