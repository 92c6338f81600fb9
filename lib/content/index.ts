export type {
  AlignmentLink,
  ContentProblem,
  EntryNote,
  LocalizedText,
  Paragraph,
  ParagraphKind,
  Passage,
  PassageMeta,
  PassageSide,
  PassageSource,
  PassageSummary,
  Sentence,
  SensePin,
  TextLang,
  TranslatorNote,
} from './types';
export { checkContent, reviewContent } from './check';
export type { ContentReport } from './check';
export { linkPassageTerms } from './link-terms';
export { localize } from './localized';
export {
  ContentError,
  formatProblem,
  isDirectory,
  isValidName,
  listGlossaryIds,
  listPassages,
  listPassageSlugs,
  loadGlossary,
  loadGlossaryEntry,
  loadPassage,
  passageFiles,
  pathExists,
  readGlossaryVersion,
  resolveContentDir,
  resolvePassagesDir,
  summarizePassage,
} from './load';
export { checkAlignmentCoverage, parseAlignment } from './parse-alignment';
export { parseSentenceFile } from './parse-text';
export { passageMetaSchema } from './passage-meta';
export {
  buildPassage,
  readExistingGlossary,
  saveLockName,
  saveLockStaleMs,
  savePassage,
  serializeAlignment,
  serializeGlossaryEntry,
  serializePassageMeta,
  serializePassageDraft,
  serializeSentences,
} from './write';
export type { DraftSentence, PassageDraft, SaveRefusal, SaveResult } from './write';
