export { listGoldLoanwordForms, measureDetection, pairPassageSentences } from './detection';
export type { DetectionScore } from './detection';
