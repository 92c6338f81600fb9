import 'server-only';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { TextProblem } from '@/lib/align';
import type { SaveResult } from '@/lib/content';
import type { Lng } from '@/lib/i18n';
import type { SaveTeacherPassageRefusal } from '@/lib/passages';

// Every message is found by a code: a new code needs only a locale key (errors.text.*,
// errors.issues.*, errors.reasons.*), and no English text is ever matched.

type SaveIssue = z.ZodError['issues'][number];
type SaveRefusal = Extract<SaveResult, { ok: false }>;
type PathKey = SaveIssue['path'][number];

const formatNumber = (lng: Lng, value: number) => value.toLocaleString(lng === 'hi' ? 'hi-IN' : 'en');

export function describeTextProblem(t: TFunction, lng: Lng, problem: TextProblem, maxLength: number): string {
  const message = t(`errors.text.${problem.code}_${problem.side}`, { max: formatNumber(lng, maxLength), defaultValue: '' });
  return message || t('errors.unexpected');
}

/** The entry fields a person edits in the review step, by the label they carry there. */
const entryFieldLabels: Partial<Record<string, string>> = {
  headword: 'entries.headword',
  forms: 'entries.headword',
  source: 'entries.source',
  english: 'entries.source',
  romanization: 'entries.romanization',
  meaning: 'entries.meaning',
  pos: 'entries.pos',
  gender: 'entries.gender',
  usage: 'entries.example',
};

function readAt(input: unknown, path: readonly PathKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || typeof key === 'symbol') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function readHeadword(input: unknown, index: number): string {
  const headword = readAt(input, ['entries', index, 'headword']);
  return typeof headword === 'string' ? headword : '';
}

/** The field an issue is about, named as the form names it; undefined for what no person filled in. */
function nameField(t: TFunction, path: readonly PathKey[], input: unknown): string | undefined {
  const [first, second, third] = path;
  if (first === 'title' && second === 'hi') return t('details.titleHi');
  if (first === 'title' && second === 'en') return t('details.titleEn');
  if (first === 'slug' || first === 'source' || first === 'translationBy') return t(`details.${first}`);
  if ((first === 'hi' || first === 'en') && typeof second === 'number') {
    return t(`fields.sentence_${first}`, { number: second + 1 });
  }
  if (first === 'hi' || first === 'en') return t(first === 'hi' ? 'hindi' : 'english');
  if (first === 'links' || first === 'kinds') return t('alignment.title');
  if (first === 'entries' && typeof second === 'number') {
    const headword = readHeadword(input, second);
    const label = typeof third === 'string' ? entryFieldLabels[third] : undefined;
    return label ? t('fields.entryField', { headword, field: t(label) }) : t('fields.entry', { headword });
  }
  if (first === 'entries') return t('entries.title');
  return undefined;
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The save schema words its own issues as codes ("too-long"); zod's defaults are English sentences. */
const messageCode = /^[a-z][a-z0-9-]*$/;

/** One message for one problem the save schema found in what the browser sent. */
export function describeSaveIssue(t: TFunction, lng: Lng, issue: SaveIssue, input: unknown): string {
  const field = nameField(t, issue.path, input);
  const limits = {
    field,
    max: issue.code === 'too_big' ? formatNumber(lng, Number(issue.maximum)) : undefined,
  };
  if (field === undefined) return t('errors.unexpected');
  if (isBlank(readAt(input, issue.path))) {
    // One message for both titles, whichever is missing: the form asks for them together.
    return t(issue.path[0] === 'title' ? 'errors.issues.titles' : 'errors.issues.missing', limits);
  }
  const byCode = messageCode.test(issue.message) ? t(`errors.issues.${issue.message}`, { ...limits, defaultValue: '' }) : '';
  if (byCode) return byCode;
  if (issue.code === 'too_big') return t(issue.origin === 'array' ? 'errors.issues.too-many' : 'errors.issues.too-long', limits);
  if (issue.path[0] === 'entries') return t('errors.entry', { headword: readHeadword(input, Number(issue.path[1])) });
  return t('errors.issues.invalid', limits);
}

/** Why the content folder refused the passage, in as many messages as it gave reasons. */
export function describeSaveRefusal(t: TFunction, refusal: SaveRefusal): string[] {
  const byReason = t(`errors.reasons.${refusal.reason}`, { id: refusal.entryId ?? '', defaultValue: '' });
  if (byReason) return [byReason];
  if (refusal.reason !== 'invalid' || refusal.problems.length === 0) return [t('errors.unexpected')];
  return refusal.problems.map(
    (problem) => `${t('errors.invalid')} ${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`,
  );
}

/** Why her passage was not saved in the database, in as many messages as it gave reasons. */
export function describeOwnSaveRefusal(t: TFunction, refusal: SaveTeacherPassageRefusal): string[] {
  if (refusal.code === 'not-signed-in') return [t('errors.signIn')];
  if (refusal.fields?.includes('slug')) return [t('errors.reasons.slug-taken-own')];
  if (refusal.fields?.includes('entries')) return [t('errors.reasons.entry-twice')];
  const problems = refusal.problems ?? [];
  if (problems.length === 0) return [t('errors.unexpected')];
  return problems.map((problem) => `${t('errors.invalid')} ${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`);
}
