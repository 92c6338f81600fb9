export { glossaryEntrySchema, origins, partsOfSpeech } from './schema';
export type { GlossaryEntry, GlossaryEntryData, Origin } from './schema';
export { createGlossaryLinker, splitAtMatches } from './linker';
export type { GlossaryLinker, LinkableEntry, TermMatch, TextSegment } from './linker';
