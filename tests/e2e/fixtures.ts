import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const seedSlug = 'anthropic-safeguards-head-resigns';
export const readerPath = (lng: 'en' | 'hi') => `/${lng}/read/${seedSlug}`;

/** Fails with every serious or critical axe violation on the page as it stands. */
export async function expectNoSevereAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(severe.map((violation) => `${page.url()} ${violation.id}: ${violation.nodes.length} × ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
}
