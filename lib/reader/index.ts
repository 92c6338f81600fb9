export { buildReaderView } from './build-view';
export type { PairView, ParagraphView, ReaderView, SentenceView, TextSegment } from './build-view';
export { indexOccurrences } from './occurrences';
export type { Occurrence } from './occurrences';
export { describeGlossaryCard } from './cards';
export type { GlossaryCardData, GlossaryCards } from './cards';
export { placeCard, scrollToClearSheet } from './placement';
export type { Box, CardPlacement, CardPlacementInput } from './placement';
