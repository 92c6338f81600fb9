export { glossaryEntrySchema, origins, partsOfSpeech } from './schema';
export type { GlossaryEntry, GlossaryEntryData, Origin } from './schema';
export { createGlossaryLinker, describeForm, splitAtMatches } from './linker';
export type {
  GlossaryLinker,
  LinkableEntry,
  LinkContext,
  LinkedTerm,
  PhrasePin,
  SenseDecision,
  SharedForm,
  TermMatch,
  TextSegment,
} from './linker';
