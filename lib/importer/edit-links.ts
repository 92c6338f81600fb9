import type { AlignmentLink } from '@/lib/align';

export type LinkSide = 'hi' | 'en';

/** A link a person has shaped is as certain as it gets. */
const editedScore = 1;

function withoutEmptyLinks(links: AlignmentLink[]): AlignmentLink[] {
  return links.filter((link) => link.hi.length > 0 || link.en.length > 0);
}

function replaceAt(links: readonly AlignmentLink[], index: number, count: number, replacement: AlignmentLink[]) {
  return withoutEmptyLinks([...links.slice(0, index), ...replacement, ...links.slice(index + count)]);
}

/** Joins a link with the one after it. */
export function mergeWithNext(links: readonly AlignmentLink[], index: number): AlignmentLink[] {
  const current = links[index];
  const next = links[index + 1];
  if (!current || !next) return [...links];
  return replaceAt(links, index, 2, [
    { hi: [...current.hi, ...next.hi], en: [...current.en, ...next.en], score: editedScore },
  ]);
}

/** Splits a link after the first sentence of each side that has more than one. */
export function splitLink(links: readonly AlignmentLink[], index: number): AlignmentLink[] {
  const current = links[index];
  if (!current || (current.hi.length < 2 && current.en.length < 2)) return [...links];
  const cut = (side: number[]) => (side.length < 2 ? [side, []] : [side.slice(0, 1), side.slice(1)]);
  const [hiFirst = [], hiRest = []] = cut(current.hi);
  const [enFirst = [], enRest = []] = cut(current.en);
  return replaceAt(links, index, 1, [
    { hi: hiFirst, en: enFirst, score: editedScore },
    { hi: hiRest, en: enRest, score: editedScore },
  ]);
}

/** Moves the next link's first sentence on one side into this link. */
export function takeFirstFromNext(links: readonly AlignmentLink[], index: number, side: LinkSide): AlignmentLink[] {
  const current = links[index];
  const next = links[index + 1];
  const moved = next?.[side][0];
  if (!current || !next || moved === undefined) return [...links];
  return replaceAt(links, index, 2, [
    { ...current, [side]: [...current[side], moved], score: editedScore },
    { ...next, [side]: next[side].slice(1), score: editedScore },
  ]);
}

/** Moves this link's last sentence on one side into the next link, making one if there is none. */
export function giveLastToNext(links: readonly AlignmentLink[], index: number, side: LinkSide): AlignmentLink[] {
  const current = links[index];
  const moved = current?.[side].at(-1);
  if (!current || moved === undefined) return [...links];
  const next = links[index + 1] ?? { hi: [], en: [], score: editedScore };
  return replaceAt(links, index, 2, [
    { ...current, [side]: current[side].slice(0, -1), score: editedScore },
    { ...next, [side]: [moved, ...next[side]], score: editedScore },
  ]);
}
