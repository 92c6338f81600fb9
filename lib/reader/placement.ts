/** A box in viewport coordinates, as `getBoundingClientRect` gives it. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface CardPlacementInput {
  /** The term the card belongs to. */
  term: Box;
  /** Other boxes the card must leave visible: the term's English source words. */
  keepVisible: readonly Box[];
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Space kept between the card and the viewport's edges, the term and the words. */
  gap?: number;
}

export interface CardPlacement {
  left: number;
  top: number;
  /** Whether the card covers none of the boxes it should leave visible. */
  clear: boolean;
}

const right = (box: Box) => box.left + box.width;
const bottom = (box: Box) => box.top + box.height;

function overlapArea(a: Box, b: Box): number {
  const width = Math.min(right(a), right(b)) - Math.max(a.left, b.left);
  const height = Math.min(bottom(a), bottom(b)) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * Where a term's card goes on a wide screen: below or above the term (then below or above its
 * source words too), aligned with the term's start or end, shifted to stay inside the viewport;
 * the first spot that covers neither the term nor its words, else the one that covers least.
 */
export function placeCard({ term, keepVisible, card, viewport, gap = 6 }: CardPlacementInput): CardPlacement {
  const avoid = [term, ...keepVisible];
  const everything = {
    top: Math.min(...avoid.map((box) => box.top)),
    bottom: Math.max(...avoid.map(bottom)),
  };
  const tops = [
    bottom(term) + gap,
    term.top - gap - card.height,
    everything.bottom + gap,
    everything.top - gap - card.height,
  ];
  const lefts = [term.left, right(term) - card.width, ...keepVisible.flatMap((box) => [right(box) + gap, box.left - gap - card.width])];
  const lowestTop = viewport.height - card.height - gap;
  // A spot that fits above or below as it is beats one pushed up or down into the viewport.
  const fitting = tops.filter((top) => top >= gap && top <= lowestTop);
  let best: CardPlacement | undefined;
  let bestOverlap = Infinity;
  for (const rawTop of [...fitting, ...tops]) {
    for (const rawLeft of lefts) {
      const left = clamp(rawLeft, gap, viewport.width - card.width - gap);
      const top = clamp(rawTop, gap, lowestTop);
      const box = { left, top, width: card.width, height: card.height };
      const overlap = avoid.reduce((sum, other) => sum + overlapArea(box, other), 0);
      if (overlap === 0) return { left, top, clear: true };
      if (overlap < bestOverlap) {
        bestOverlap = overlap;
        best = { left, top, clear: false };
      }
    }
  }
  return best ?? { left: gap, top: gap, clear: false };
}

/**
 * How far to scroll so that the boxes a bottom sheet must leave visible sit above it, without
 * pushing the highest of them above `topLimit` (a sticky header's bottom edge). Zero when they already clear it.
 */
export function scrollToClearSheet(keepVisible: readonly Box[], sheetTop: number, topLimit: number, gap = 8): number {
  if (keepVisible.length === 0) return 0;
  const lowest = Math.max(...keepVisible.map(bottom));
  const highest = Math.min(...keepVisible.map((box) => box.top));
  const needed = lowest + gap - sheetTop;
  if (needed <= 0) return 0;
  return Math.max(0, Math.min(needed, highest - topLimit - gap));
}
