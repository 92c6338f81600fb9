export { listGoldLoanwordForms, measureDetection, pairPassageSentences } from './detection';
export type { DetectionScore } from './detection';
export { isHeldOut, lexiconEntriesOf, predictedSchwas, pronouncedSchwas, readWikipronHindi, scoreSchwas } from './schwa';
export type { SchwaJudgement, SchwaScore, WikipronRow } from './schwa';
