import type { ScoredLink } from './score';

/** A parallel document made harder on purpose, with the alignment that undoes the damage. */
export interface PerturbedDocument {
  hi: string[];
  en: string[];
  gold: ScoredLink[];
}

export interface PerturbOptions {
  /** Expected share of adjacent line pairs joined into one line on one side. */
  mergeRate: number;
  /** Expected share of lines dropped from one side. */
  deleteRate: number;
}

export const DEFAULT_PERTURB_OPTIONS: PerturbOptions = { mergeRate: 0.15, deleteRate: 0.05 };

/** mulberry32, a tiny seeded generator of floats in [0, 1) (hand-written: six lines, not a dependency). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * From line-aligned texts (line k of one translates line k of the other), a document where some
 * adjacent lines are merged on one side (gold 2-1 or 1-2) and some lines are deleted from one
 * side (gold 1-0 or 0-1). Each side is picked at random, per merge and per deletion.
 */
export function perturbDocument(
  hi: readonly string[],
  en: readonly string[],
  random: () => number,
  options: PerturbOptions = DEFAULT_PERTURB_OPTIONS,
): PerturbedDocument {
  if (hi.length !== en.length) throw new Error(`Sides differ: ${hi.length} Hindi, ${en.length} English lines`);
  const document: PerturbedDocument = { hi: [], en: [], gold: [] };
  // A draw uses two lines when it merges, so per-draw chances are scaled to give per-line rates.
  const mergeChance = options.mergeRate / (1 - options.mergeRate);
  const deleteChance = options.deleteRate * (1 + mergeChance);
  let line = 0;
  while (line < hi.length) {
    const draw = random();
    const onHindiSide = random() < 0.5;
    const hiLine = hi[line] as string;
    const enLine = en[line] as string;
    if (draw < deleteChance) {
      if (onHindiSide) appendLink(document, [], [enLine]);
      else appendLink(document, [hiLine], []);
      line += 1;
    } else if (draw < deleteChance + mergeChance && line + 1 < hi.length) {
      const nextHi = hi[line + 1] as string;
      const nextEn = en[line + 1] as string;
      if (onHindiSide) appendLink(document, [`${hiLine} ${nextHi}`], [enLine, nextEn]);
      else appendLink(document, [hiLine, nextHi], [`${enLine} ${nextEn}`]);
      line += 2;
    } else {
      appendLink(document, [hiLine], [enLine]);
      line += 1;
    }
  }
  return document;
}

function appendLink(document: PerturbedDocument, hi: readonly string[], en: readonly string[]): void {
  document.gold.push({
    hi: hi.map((_, offset) => document.hi.length + offset),
    en: en.map((_, offset) => document.en.length + offset),
  });
  document.hi.push(...hi);
  document.en.push(...en);
}
