import { describe, expect, it } from 'vitest';
import { isLibraryOrder, orderPassages, passageDate } from '@/lib/library';

const passage = (slug: string, en: string, hi: string, dates: { published?: string; added?: string }) => ({
  slug,
  title: { en, hi },
  source: { name: 'test', ...(dates.published ? { published: dates.published } : {}) },
  ...(dates.added ? { added: dates.added } : {}),
});

const passages = [
  passage('bells', 'The Bells', 'घंटियाँ', { added: '2026-11-27' }),
  passage('anthropic', 'Anthropic', 'एंथ्रोपिक', { published: '2026-02-10', added: '2026-11-27' }),
  passage('undated', 'Aardvark', 'अ', {}),
  passage('amber', 'Amber', 'अंबर', { added: '2026-11-27' }),
];

describe('library order', () => {
  it('knows a passage by its publication date, else by the day it was added', () => {
    expect(passageDate(passages[1]!)).toEqual({ date: '2026-02-10', kind: 'published' });
    expect(passageDate(passages[0]!)).toEqual({ date: '2026-11-27', kind: 'added' });
    expect(passageDate(passages[2]!)).toBeNull();
  });

  it('puts the newest first, ties by title, undated last', () => {
    expect(orderPassages(passages, 'newest', 'en').map((p) => p.slug)).toEqual(['amber', 'bells', 'anthropic', 'undated']);
  });

  it('orders by the title in the interface language', () => {
    expect(orderPassages(passages, 'title', 'en').map((p) => p.slug)).toEqual(['undated', 'amber', 'anthropic', 'bells']);
    expect(orderPassages(passages, 'title', 'hi').map((p) => p.slug)).toEqual(['undated', 'amber', 'anthropic', 'bells']);
  });

  it('accepts only the orders it knows', () => {
    expect(isLibraryOrder('title')).toBe(true);
    expect(isLibraryOrder('oldest')).toBe(false);
    expect(isLibraryOrder(null)).toBe(false);
  });
});
