/** What a learner says of a word family. No record means new. */
export const wordStatuses = ['new', 'learning', 'known'] as const;
export type WordStatus = (typeof wordStatuses)[number];
/** The statuses that are kept; new is the absence of a record. */
export type KeptWordStatus = Exclude<WordStatus, 'new'>;
export type WordStatusMap = ReadonlyMap<string, KeptWordStatus>;

export function isWordStatus(value: unknown): value is WordStatus {
  return typeof value === 'string' && (wordStatuses as readonly string[]).includes(value);
}

export function statusOf(statuses: WordStatusMap, family: string): WordStatus {
  return statuses.get(family) ?? 'new';
}

/** The statuses with one family set: new drops its record. Returns a new map. */
export function withStatus(statuses: WordStatusMap, family: string, status: WordStatus): Map<string, KeptWordStatus> {
  const next = new Map(statuses);
  if (status === 'new') next.delete(family);
  else next.set(family, status);
  return next;
}

export type StatusCounts = Record<WordStatus, number>;

/** How many distinct families of a passage are new, learning and known; '' (no word) is not counted. */
export function countStatuses(families: Iterable<string>, statuses: WordStatusMap): StatusCounts {
  const counts: StatusCounts = { new: 0, learning: 0, known: 0 };
  for (const family of new Set(families)) if (family) counts[statusOf(statuses, family)] += 1;
  return counts;
}

/** How many families the learner knows and is learning, over every passage. */
export function totalStatuses(statuses: WordStatusMap): Omit<StatusCounts, 'new'> {
  let known = 0;
  for (const status of statuses.values()) if (status === 'known') known += 1;
  return { known, learning: statuses.size - known };
}

/** Statuses as browser storage or the API keeps them: a plain object; anything else in it is dropped. */
export function parseStatusRecord(value: unknown): Map<string, KeptWordStatus> {
  const statuses = new Map<string, KeptWordStatus>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return statuses;
  for (const [family, status] of Object.entries(value)) {
    if (status === 'learning' || status === 'known') statuses.set(family, status);
  }
  return statuses;
}

export function statusRecord(statuses: WordStatusMap): Record<string, KeptWordStatus> {
  return Object.fromEntries(statuses);
}
