/** Sentences of one side aligned with sentences of the other; indices are 0-based, ascending. */
export interface AlignmentLink {
  hi: number[];
  en: number[];
  /** Confidence in [0, 1]; links below DOUBTFUL_BELOW are the doubtful ones. */
  score: number;
}

/**
 * Links less sure than this are flagged for a person to check. Over the NTREX development
 * documents of `eval:align` with seeds 1–20, the links below 0.8 hold two thirds of the wrong
 * ones (17 of 25) and about 1 in 85 of the right ones; below 0.5 would flag 2 of the 25.
 */
export const DOUBTFUL_BELOW = 0.8;

export const alignMethods = ['best', 'gale-church'] as const;
export type AlignMethod = (typeof alignMethods)[number];

export interface AlignOptions {
  /** 'best' (default) uses shared numbers, names and loanwords; 'gale-church' only lengths. */
  method?: AlignMethod;
}
