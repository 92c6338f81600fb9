import type { AlignmentLink } from './types';

/**
 * Dynamic programming over a band of the (Hindi × English) grid. Cell (i, j) means "the first i
 * Hindi and j English sentences are aligned"; a link of shape (a, b) moves from (i − a, j − b)
 * to (i, j). Only cells within the band exist, so time and memory grow with its area, which is
 * linear in the document for a band of fixed width. Hand-written: no npm package aligns sentences.
 */
export interface Band {
  /** Hindi and English sentence counts: the grid is (rows + 1) × (cols + 1) cells. */
  rows: number;
  cols: number;
  /** Lowest and highest English position allowed in each row, inclusive. */
  lo: Int32Array;
  hi: Int32Array;
  /** Index of each row's first cell in the flat cell arrays. */
  start: Int32Array;
  size: number;
}

/** Hindi and English sentence counts of a link. */
export type LinkShape = readonly [hiCount: number, enCount: number];

/**
 * A link's two costs, lower is better: the path's, for the search, and the posterior's, a
 * −log likelihood for the confidence. They may differ: a path's costs are set for the best
 * alignment, a posterior's for the truest probability.
 */
export interface LinkCosts {
  path: number;
  posterior: number;
}

/** Sets `costs` for the link of shape `shapes[shape]` ending at cell (i, j). */
export type LinkCost = (shape: number, i: number, j: number, costs: LinkCosts) => void;

export interface BandDecoding {
  links: AlignmentLink[];
  /** The best path runs along an inner edge of the band, so a wider band might do better. */
  touchesEdge: boolean;
}

/** Cells this close to an inner band edge mean the path may have been pushed by the edge. */
const EDGE_MARGIN = 2;

/**
 * A band around a centre path given as each row's lowest and highest English position,
 * widened by `width` on both sides. Rows overlap enough to join, and (0, 0) and the last cell
 * are always inside.
 */
export function buildBand(
  rowMin: ArrayLike<number>,
  rowMax: ArrayLike<number>,
  cols: number,
  width: number,
): Band {
  const rows = rowMin.length - 1;
  const lo = new Int32Array(rows + 1);
  const hi = new Int32Array(rows + 1);
  const start = new Int32Array(rows + 1);
  let size = 0;
  for (let row = 0; row <= rows; row += 1) {
    // Reaching back to where the previous row's centre ends keeps consecutive rows joined.
    const low = Math.min(rowMin[row] as number, rowMax[Math.max(0, row - 1)] as number);
    lo[row] = clamp(Math.floor(low - width), 0, cols);
    hi[row] = clamp(Math.ceil((rowMax[row] as number) + width), 0, cols);
    if (row === 0) lo[row] = 0;
    if (row === rows) hi[row] = cols;
    hi[row] = Math.max(hi[row] as number, lo[row] as number);
    start[row] = size;
    size += (hi[row] as number) - (lo[row] as number) + 1;
  }
  return { rows, cols, lo, hi, start, size };
}

/** A band's centre that is the straight line from (0, 0) to the last cell. */
export function buildDiagonalCentre(rows: number, cols: number): [Float64Array, Float64Array] {
  const slope = rows > 0 ? cols / rows : 0;
  const rowMin = Float64Array.from({ length: rows + 1 }, (_, row) => Math.max(0, (row - 0.5) * slope));
  const rowMax = Float64Array.from({ length: rows + 1 }, (_, row) => Math.min(cols, (row + 0.5) * slope));
  return [rowMin, rowMax];
}

/** A band's centre that follows a previous alignment's path. */
export function buildPathCentre(links: readonly AlignmentLink[], rows: number): [Float64Array, Float64Array] {
  const rowMin = new Float64Array(rows + 1).fill(Number.POSITIVE_INFINITY);
  const rowMax = new Float64Array(rows + 1).fill(Number.NEGATIVE_INFINITY);
  let i = 0;
  let j = 0;
  const visit = (): void => {
    rowMin[i] = Math.min(rowMin[i] as number, j);
    rowMax[i] = Math.max(rowMax[i] as number, j);
  };
  visit();
  for (const link of links) {
    // Visit the corner the link passes through too, so a 2-2 link's rows stay covered.
    i += link.hi.length;
    visit();
    j += link.en.length;
    visit();
  }
  // A 2-1 or 3-1 link jumps over rows; such a row lies between its neighbours' positions.
  for (let row = 1; row <= rows; row += 1) {
    if (rowMin[row] !== Number.POSITIVE_INFINITY) continue;
    rowMin[row] = rowMax[row - 1] as number;
    rowMax[row] = rowMax[row - 1] as number;
  }
  return [rowMin, rowMax];
}

/**
 * The cheapest monotone path through the band (Viterbi) by the path costs, with each link's
 * confidence: its posterior probability by forward–backward over the band, the share of all the
 * band's alignments, weighed by exp(−posterior cost), that hold this link.
 */
export function decodeBand(band: Band, shapes: readonly LinkShape[], costOf: LinkCost): BandDecoding {
  const shapeCount = shapes.length;
  const hiCounts = Int32Array.from(shapes, ([hiCount]) => hiCount);
  const enCounts = Int32Array.from(shapes, ([, enCount]) => enCount);
  const costs = new Float32Array(band.size * shapeCount).fill(Number.POSITIVE_INFINITY);
  const best = new Float64Array(band.size).fill(Number.POSITIVE_INFINITY);
  const forward = new Float64Array(band.size).fill(Number.POSITIVE_INFINITY);
  const choice = new Uint8Array(band.size);
  const terms = new Float64Array(shapeCount);
  // One object for every call: the search asks for millions of links.
  const linkCosts: LinkCosts = { path: 0, posterior: 0 };
  best[0] = 0;
  forward[0] = 0;
  const { lo, hi, start } = band;
  const infinity = Number.POSITIVE_INFINITY;

  for (let i = 0; i <= band.rows; i += 1) {
    const rowLo = lo[i] as number;
    const rowStart = (start[i] as number) - rowLo;
    for (let j = rowLo; j <= (hi[i] as number); j += 1) {
      const cell = rowStart + j;
      if (cell === 0) continue;
      let bestCost = infinity;
      let bestShape = 0;
      let smallest = infinity;
      for (let shape = 0; shape < shapeCount; shape += 1) {
        terms[shape] = infinity;
        const sourceRow = i - (hiCounts[shape] as number);
        const sourceCol = j - (enCounts[shape] as number);
        if (sourceRow < 0 || sourceCol < (lo[sourceRow] as number) || sourceCol > (hi[sourceRow] as number)) continue;
        const source = (start[sourceRow] as number) + sourceCol - (lo[sourceRow] as number);
        const sourceBest = best[source] as number;
        if (sourceBest === infinity) continue;
        costOf(shape, i, j, linkCosts);
        const { path, posterior } = linkCosts;
        costs[cell * shapeCount + shape] = posterior;
        if (sourceBest + path < bestCost) {
          bestCost = sourceBest + path;
          bestShape = shape;
        }
        const term = (forward[source] as number) + posterior;
        terms[shape] = term;
        if (term < smallest) smallest = term;
      }
      best[cell] = bestCost;
      choice[cell] = bestShape;
      forward[cell] = computeSoftMinFrom(terms, smallest);
    }
  }

  const backward = computeBackward(band, hiCounts, enCounts, costs, terms);
  const total = forward[band.size - 1] as number;
  const links: AlignmentLink[] = [];
  let touchesEdge = false;
  let i = band.rows;
  let j = band.cols;
  while (i > 0 || j > 0) {
    const cell = findCell(band, i, j);
    touchesEdge ||= isNearInnerEdge(band, i, j);
    const shape = choice[cell] as number;
    const [a, b] = shapes[shape] as LinkShape;
    links.push({
      hi: listRange(i - a, i),
      en: listRange(j - b, j),
      score: clamp(sumLinkPosterior(band, shape, [a, b], i, j, { forward, backward, costs, shapeCount, total }), 0, 1),
    });
    i -= a;
    j -= b;
  }
  return { links: links.reverse(), touchesEdge };
}

interface ForwardBackward {
  forward: Float64Array;
  backward: Float64Array;
  costs: Float32Array;
  shapeCount: number;
  /** The soft cost of all paths. */
  total: number;
}

/**
 * Posterior probability of the link of shape (a, b) ending at cell (i, j). A link with an empty
 * side is the same link wherever the other side stands (Hindi line 7 left out is "7:" before or
 * after English line 8 is left out), so its posterior sums over every cell of its row or column.
 */
function sumLinkPosterior(
  band: Band,
  shape: number,
  [a, b]: LinkShape,
  i: number,
  j: number,
  { forward, backward, costs, shapeCount, total }: ForwardBackward,
): number {
  const probability = (row: number, col: number): number => {
    const cell = findCell(band, row, col);
    const source = findCell(band, row - a, col - b);
    if (cell < 0 || source < 0) return 0;
    const cost = costs[cell * shapeCount + shape] as number;
    return Math.exp(total - (forward[source] as number) - cost - (backward[cell] as number));
  };
  if (a > 0 && b > 0) return probability(i, j);
  let sum = 0;
  if (b === 0) {
    for (let col = band.lo[i] as number; col <= (band.hi[i] as number); col += 1) sum += probability(i, col);
  } else {
    for (let row = 0; row <= band.rows; row += 1) {
      if (j >= (band.lo[row] as number) && j <= (band.hi[row] as number)) sum += probability(row, j);
    }
  }
  return sum;
}

/** Forward–backward's second half: the soft cost from each cell to the last one. */
function computeBackward(
  band: Band,
  hiCounts: Int32Array,
  enCounts: Int32Array,
  costs: Float32Array,
  terms: Float64Array,
): Float64Array {
  const shapeCount = hiCounts.length;
  const backward = new Float64Array(band.size).fill(Number.POSITIVE_INFINITY);
  backward[band.size - 1] = 0;
  for (let i = band.rows; i >= 0; i -= 1) {
    for (let j = band.hi[i] as number; j >= (band.lo[i] as number); j -= 1) {
      const cell = findCell(band, i, j);
      if (cell === band.size - 1) continue;
      for (let shape = 0; shape < shapeCount; shape += 1) {
        const a = hiCounts[shape] as number;
        const b = enCounts[shape] as number;
        const target = i + a <= band.rows && j + b <= band.cols ? findCell(band, i + a, j + b) : -1;
        terms[shape] =
          target < 0
            ? Number.POSITIVE_INFINITY
            : (costs[target * shapeCount + shape] as number) + (backward[target] as number);
      }
      backward[cell] = computeSoftMin(terms);
    }
  }
  return backward;
}

/** −log Σ exp(−x), shifted by the minimum so nothing underflows. */
function computeSoftMin(values: Float64Array): number {
  let minimum = Number.POSITIVE_INFINITY;
  for (let index = 0; index < values.length; index += 1) {
    minimum = Math.min(minimum, values[index] as number);
  }
  return computeSoftMinFrom(values, minimum);
}

function computeSoftMinFrom(values: Float64Array, minimum: number): number {
  if (minimum === Number.POSITIVE_INFINITY) return minimum;
  let sum = 0;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] as number;
    // exp(−∞) adds nothing; most cells near the band's edges lack some links.
    if (value !== Number.POSITIVE_INFINITY) sum += Math.exp(minimum - value);
  }
  return minimum - Math.log(sum);
}

function findCell(band: Band, i: number, j: number): number {
  const lo = band.lo[i] as number;
  if (j < lo || j > (band.hi[i] as number)) return -1;
  return (band.start[i] as number) + j - lo;
}

function isNearInnerEdge(band: Band, i: number, j: number): boolean {
  const lo = band.lo[i] as number;
  const hi = band.hi[i] as number;
  return (lo > 0 && j - lo < EDGE_MARGIN) || (hi < band.cols && hi - j < EDGE_MARGIN);
}

function listRange(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, offset) => from + offset);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
