import { describe, expect, it } from 'vitest';
import { placeCard, scrollToClearSheet, type Box } from '@/lib/reader';

const viewport = { width: 1280, height: 900 };
const card = { width: 352, height: 160 };

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

function cardBox(placement: { left: number; top: number }): Box {
  return { ...placement, ...card };
}

function inside(box: Box): boolean {
  return box.left >= 0 && box.top >= 0 && box.left + box.width <= viewport.width && box.top + box.height <= viewport.height;
}

describe('placeCard', () => {
  it('puts the card below a term near the top, starting at the term', () => {
    const term = { left: 100, top: 200, width: 60, height: 24 };
    const placement = placeCard({ term, keepVisible: [], card, viewport });
    expect(placement).toEqual({ left: 100, top: 230, clear: true });
  });

  it('flips above a term near the bottom of the viewport', () => {
    const term = { left: 100, top: 820, width: 60, height: 24 };
    const placement = placeCard({ term, keepVisible: [], card, viewport });
    expect(placement.top + card.height).toBeLessThanOrEqual(term.top);
    expect(placement.clear).toBe(true);
  });

  it('prefers above the term to a spot pushed up beside the English word', () => {
    const term = { left: 500, top: 850, width: 60, height: 24 };
    const word = { left: 700, top: 850, width: 60, height: 24 };
    const placement = placeCard({ term, keepVisible: [word], card, viewport });
    expect(placement.top + card.height).toBeLessThanOrEqual(term.top);
    expect(placement.clear).toBe(true);
  });

  it('keeps a card for a term at the right edge inside the viewport', () => {
    const term = { left: 1220, top: 300, width: 50, height: 24 };
    const placement = placeCard({ term, keepVisible: [], card, viewport });
    expect(inside(cardBox(placement))).toBe(true);
    expect(overlaps(cardBox(placement), term)).toBe(false);
  });

  it('leaves the English source word below the term uncovered', () => {
    const term = { left: 560, top: 300, width: 70, height: 28 };
    const word = { left: 700, top: 330, width: 80, height: 22 };
    const placement = placeCard({ term, keepVisible: [word], card, viewport });
    expect(placement.clear).toBe(true);
    expect(overlaps(cardBox(placement), word)).toBe(false);
    expect(overlaps(cardBox(placement), term)).toBe(false);
    expect(inside(cardBox(placement))).toBe(true);
  });

  it('covers as little as it can when nothing fits', () => {
    const tiny = { width: 400, height: 200 };
    const term = { left: 0, top: 0, width: 400, height: 200 };
    const placement = placeCard({ term, keepVisible: [], card: { width: 400, height: 200 }, viewport: tiny, gap: 0 });
    expect(placement.clear).toBe(false);
  });
});

describe('scrollToClearSheet', () => {
  it('does not scroll when the words are above the sheet', () => {
    expect(scrollToClearSheet([{ left: 0, top: 100, width: 50, height: 20 }], 500, 0)).toBe(0);
  });

  it('scrolls the words up above the sheet', () => {
    const distance = scrollToClearSheet([{ left: 0, top: 600, width: 50, height: 20 }], 500, 0);
    expect(distance).toBe(128);
  });

  it('never pushes the highest word under the top limit', () => {
    const distance = scrollToClearSheet(
      [
        { left: 0, top: 60, width: 50, height: 20 },
        { left: 0, top: 700, width: 50, height: 20 },
      ],
      500,
      40,
    );
    expect(distance).toBe(12);
  });
});
