export { wordFamily } from './family';
export {
  countStatuses,
  isWordStatus,
  parseStatusRecord,
  statusOf,
  statusRecord,
  totalStatuses,
  withStatus,
  wordStatuses,
} from './status';
export type { KeptWordStatus, StatusCounts, WordStatus, WordStatusMap } from './status';
export {
  checkDictionaryTemplate,
  defaultDictionaryTemplates,
  dictionaryIds,
  dictionaryUrl,
  maxTemplateLength,
  parseDictionaryTemplates,
  wordPlaceholder,
} from './dictionaries';
export type { DictionaryId, DictionaryTemplates, TemplateProblem } from './dictionaries';
export { maxFamiliesPerRequest, maxFamilyLength, statusChangesSchema } from './limits';
export type { StatusChange } from './limits';
