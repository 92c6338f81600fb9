export { listGoldLoanwordForms, measureDetection, pairPassageSentences } from './detection';
export type { DetectionScore } from './detection';
export { predictedSchwas, pronouncedSchwas, scoreSchwas } from './schwa';
export type { SchwaJudgement, SchwaScore } from './schwa';
