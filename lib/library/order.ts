import type { PassageSummary } from '@/lib/content';

export const libraryOrders = ['newest', 'title'] as const;
export type LibraryOrder = (typeof libraryOrders)[number];

export function isLibraryOrder(value: unknown): value is LibraryOrder {
  return typeof value === 'string' && (libraryOrders as readonly string[]).includes(value);
}

/** The date a passage is known by: when its source was published, else when it joined the library. */
export function passageDate(passage: Pick<PassageSummary, 'source' | 'added'>): { date: string; kind: 'published' | 'added' } | null {
  if (passage.source.published) return { date: passage.source.published, kind: 'published' };
  if (passage.added) return { date: passage.added, kind: 'added' };
  return null;
}

/**
 * Passages in the given order. Newest first puts undated passages last; ties, and the title order,
 * follow the title in the interface language, collated for that language.
 */
export function orderPassages<T extends Pick<PassageSummary, 'slug' | 'title' | 'source' | 'added'>>(
  passages: readonly T[],
  order: LibraryOrder,
  lng: 'hi' | 'en',
): T[] {
  const collator = new Intl.Collator(lng);
  const byTitle = (a: T, b: T) => collator.compare(a.title[lng], b.title[lng]) || (a.slug < b.slug ? -1 : 1);
  if (order === 'title') return [...passages].sort(byTitle);
  return [...passages].sort((a, b) => {
    const dateA = passageDate(a)?.date ?? '';
    const dateB = passageDate(b)?.date ?? '';
    if (dateA !== dateB) return dateA < dateB ? 1 : -1;
    return byTitle(a, b);
  });
}
