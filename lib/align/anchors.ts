import { findFirstAtLeast, type DocumentFeatures } from './features';

/** A Hindi and an English sentence that very probably belong to the same link. */
export interface Anchor {
  hi: number;
  en: number;
  weight: number;
}

/** Distance from the diagonal, in sentences, within which a feature must occur only once. */
const MIN_WINDOW = 30;
/** Drift from the diagonal grows like a random walk, with the square root of the length. */
const WINDOW_PER_ROOT = 4;

/**
 * Anchors: sentence pairs that share features occurring once on each side near the diagonal
 * (or once in the whole document), chained by the heaviest monotone subsequence, so that a
 * chance match off the path is outvoted by its consistent neighbours. Time O(postings · log n).
 */
export function findAnchors(features: DocumentFeatures): Anchor[] {
  const rows = features.hi.length;
  const cols = features.en.length;
  if (rows === 0 || cols === 0) return [];
  const slope = cols / rows;
  const window = Math.max(MIN_WINDOW, Math.ceil(WINDOW_PER_ROOT * Math.sqrt(Math.max(rows, cols))));
  const candidates = new Map<number, number>();
  features.weights.forEach((weight, feature) => {
    if (weight === 0) return;
    const hiPostings = features.hiPostings[feature] as Int32Array;
    const enPostings = features.enPostings[feature] as Int32Array;
    const unique = hiPostings.length === 1 && enPostings.length === 1;
    for (const hi of hiPostings) {
      const expected = (hi + 0.5) * slope;
      const en = unique ? (enPostings[0] as number) : findOnlyIn(enPostings, expected - window, expected + window);
      if (en === undefined) continue;
      const back = (en + 0.5) / slope;
      if (!unique && findOnlyIn(hiPostings, back - window, back + window) !== hi) continue;
      const key = hi * cols + en;
      candidates.set(key, (candidates.get(key) ?? 0) + weight);
    }
  });
  const anchors = Array.from(candidates, ([key, weight]) => ({
    hi: Math.floor(key / cols),
    en: key % cols,
    weight,
  }));
  return chainHeaviest(anchors, cols);
}

/**
 * Between two anchors whose gaps differ by more than BALANCE_SLACK sentences, something was
 * inserted on one side (a heading, a paragraph, a tail the other side lacks) and the path bends
 * away from the straight line, so the band covers the whole rectangle between them, as long as
 * its shorter side is at most RECTANGLE_SIDE: the area then stays linear in the longer side.
 */
const BALANCE_SLACK = 4;
const RECTANGLE_SIDE = 40;

/** The anchor path: straight lines from (0, 0) through the middle of each anchor pair to the end. */
export function traceAnchorPath(anchors: readonly Anchor[], rows: number, cols: number): (x: number) => number {
  const xs = [0, ...anchors.map((anchor) => anchor.hi + 0.5), rows];
  const ys = [0, ...anchors.map((anchor) => anchor.en + 0.5), cols];
  return (x) => {
    const clamped = Math.min(rows, Math.max(0, x));
    let low = 0;
    let high = xs.length - 1;
    while (high - low > 1) {
      const middle = (low + high) >>> 1;
      if ((xs[middle] as number) <= clamped) low = middle;
      else high = middle;
    }
    const [x0, x1, y0, y1] = [xs[low] as number, xs[high] as number, ys[low] as number, ys[high] as number];
    return x1 === x0 ? y1 : y0 + ((y1 - y0) * (clamped - x0)) / (x1 - x0);
  };
}

/**
 * The band's centre around the anchor path, as each row's lowest and highest English position:
 * the path's slice of the row, or the whole rectangle between two anchors where the path bends.
 */
export function buildAnchorCentre(
  anchors: readonly Anchor[],
  rows: number,
  cols: number,
): [Float64Array, Float64Array] {
  const xs = [0, ...anchors.map((anchor) => anchor.hi + 0.5), rows];
  const ys = [0, ...anchors.map((anchor) => anchor.en + 0.5), cols];
  const rowMin = new Float64Array(rows + 1).fill(Number.POSITIVE_INFINITY);
  const rowMax = new Float64Array(rows + 1).fill(Number.NEGATIVE_INFINITY);
  for (let segment = 0; segment + 1 < xs.length; segment += 1) {
    const [x0, x1, y0, y1] = [
      xs[segment] as number,
      xs[segment + 1] as number,
      ys[segment] as number,
      ys[segment + 1] as number,
    ];
    const wholeRectangle =
      Math.abs(y1 - y0 - (x1 - x0)) > BALANCE_SLACK && Math.min(x1 - x0, y1 - y0) <= RECTANGLE_SIDE;
    const interpolate = (x: number): number => y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    const lastRow = Math.min(rows, Math.floor(x1 + 0.5));
    for (let row = Math.max(0, Math.ceil(x0 - 0.5)); row <= lastRow; row += 1) {
      const low = wholeRectangle ? y0 : interpolate(Math.max(row - 0.5, x0));
      const high = wholeRectangle ? y1 : interpolate(Math.min(row + 0.5, x1));
      rowMin[row] = Math.min(rowMin[row] as number, low);
      rowMax[row] = Math.max(rowMax[row] as number, high);
    }
  }
  return [rowMin, rowMax];
}

/** The only posting within [from, to], or undefined when there is none or more than one. */
function findOnlyIn(postings: Int32Array, from: number, to: number): number | undefined {
  const first = findFirstAtLeast(postings, from);
  const only = postings[first];
  if (only === undefined || only > to) return undefined;
  const next = postings[first + 1];
  return next !== undefined && next <= to ? undefined : only;
}

/**
 * The chain of anchors, increasing on both sides, with the greatest total weight: a weighted
 * longest increasing subsequence with a Fenwick tree of prefix maxima over English positions.
 * Hand-written: a few lines, not worth a dependency.
 */
function chainHeaviest(anchors: Anchor[], cols: number): Anchor[] {
  anchors.sort((left, right) => left.hi - right.hi || left.en - right.en);
  const treeValue = new Float64Array(cols + 1);
  const treeIndex = new Int32Array(cols + 1).fill(-1);
  const chainWeight = new Float64Array(anchors.length);
  const previous = new Int32Array(anchors.length);
  let groupStart = 0;
  while (groupStart < anchors.length) {
    let groupEnd = groupStart;
    const hi = (anchors[groupStart] as Anchor).hi;
    while (groupEnd < anchors.length && (anchors[groupEnd] as Anchor).hi === hi) groupEnd += 1;
    // All anchors of one Hindi sentence are scored before any is added: a chain uses one of them.
    for (let index = groupStart; index < groupEnd; index += 1) {
      const anchor = anchors[index] as Anchor;
      let bestValue = 0;
      let bestIndex = -1;
      for (let position = anchor.en; position > 0; position -= position & -position) {
        if ((treeValue[position] as number) > bestValue) {
          bestValue = treeValue[position] as number;
          bestIndex = treeIndex[position] as number;
        }
      }
      chainWeight[index] = bestValue + anchor.weight;
      previous[index] = bestIndex;
    }
    for (let index = groupStart; index < groupEnd; index += 1) {
      const value = chainWeight[index] as number;
      for (let position = (anchors[index] as Anchor).en + 1; position <= cols; position += position & -position) {
        if (value > (treeValue[position] as number)) {
          treeValue[position] = value;
          treeIndex[position] = index;
        }
      }
    }
    groupStart = groupEnd;
  }
  let last = -1;
  chainWeight.forEach((weight, index) => {
    if (last < 0 || weight > (chainWeight[last] as number)) last = index;
  });
  const chain: Anchor[] = [];
  for (let index = last; index >= 0; index = previous[index] as number) chain.push(anchors[index] as Anchor);
  return chain.reverse();
}
