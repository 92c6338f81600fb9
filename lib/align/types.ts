/** Sentences of one side aligned with sentences of the other; indices are 0-based, ascending. */
export interface AlignmentLink {
  hi: number[];
  en: number[];
  /** Probability in [0, 1] that the link is right; links below DOUBTFUL_BELOW are the doubtful ones. */
  score: number;
}

/**
 * Links less sure than this are flagged for a person to check. A link's score is the posterior
 * probability that it is right, so a link at this threshold is wrong about one time in 33. Set on
 * the NTREX development documents of `eval:align` with seeds 1–10, as the highest threshold that
 * flags at most 2% of the right links; `eval:align -- --seeds 1-20` reports what it catches: 18 of
 * the 20 wrong links (seeds 1–10: 6 of 8; 11–20, for checking: 12 of 12) and 240 of the 13,152
 * right ones (1.8%; seeds 1–10: 121 of 6,578, 11–20: 119 of 6,574).
 */
export const DOUBTFUL_BELOW = 0.97;

export const alignMethods = ['best', 'gale-church'] as const;
export type AlignMethod = (typeof alignMethods)[number];

export interface AlignOptions {
  /** 'best' (default) uses shared numbers, names and loanwords; 'gale-church' only lengths. */
  method?: AlignMethod;
}
