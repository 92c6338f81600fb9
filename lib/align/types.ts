/** Sentences of one side aligned with sentences of the other; indices are 0-based, ascending. */
export interface AlignmentLink {
  hi: number[];
  en: number[];
  /** Confidence in [0, 1]; links below 0.5 are the doubtful ones. */
  score: number;
}

export const alignMethods = ['best', 'gale-church'] as const;
export type AlignMethod = (typeof alignMethods)[number];

export interface AlignOptions {
  /** 'best' (default) uses shared numbers, names and loanwords; 'gale-church' only lengths. */
  method?: AlignMethod;
}
