export { buildReaderView } from './build-view';
export type { PairView, ParagraphView, ReaderView, SentenceView, TextSegment } from './build-view';
export { indexOccurrences } from './occurrences';
export type { Occurrence } from './occurrences';
export { describeGlossaryCard, describePassageCards } from './cards';
export type { GlossaryCardData, GlossaryCards } from './cards';
export { countSenseDecisions } from './sense-figures';
export type { SenseFigures, SenseTally, SharedFormFigures } from './sense-figures';
