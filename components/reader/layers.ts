/** Where the reader's choice to hide the Persian, Arabic and other loanwords is remembered. */
export const otherLoanwordsStorageKey = 'sahpath:other-loanwords';
/** The switch for that layer, found by the inline script before the island hydrates. */
export const otherLoanwordsSwitchId = 'other-loanwords-switch';
