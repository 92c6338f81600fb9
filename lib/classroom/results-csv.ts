import { stringify } from 'csv-stringify/sync';
import type { SubmissionStatus } from './types';

/** The fields of a results row the table exports. */
export type ResultsCsvRow = {
  displayName: string;
  status: SubmissionStatus;
  submittedAt: Date | null;
  late: boolean;
  quizScore: number | null;
  meanChrf: number | null;
  revealedCount: number;
  revealedOf: number;
};

/** Column headings and the words for statuses, in the teacher's language. */
export type ResultsCsvLabels = {
  student: string;
  status: string;
  submittedAt: string;
  late: string;
  quizPercent: string;
  meanChrf: string;
  revealed: string;
  revealedOf: string;
  statuses: Record<SubmissionStatus, string>;
  yes: string;
  no: string;
};

// A spreadsheet runs a cell that begins with one of these as a formula; a leading apostrophe keeps it text.
const formulaStart = /^[=+\-@\t\r]/;

function asText(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

function rounded(value: number | null, digits: number): string {
  return value === null ? '' : value.toFixed(digits);
}

/**
 * The results table as CSV that a spreadsheet opens with Devanagari intact: UTF-8 with a byte-order
 * mark, CRLF line ends, times in ISO 8601 (UTC), the quiz as a whole percentage and chrF to one decimal.
 */
export function resultsCsv(rows: readonly ResultsCsvRow[], labels: ResultsCsvLabels): string {
  const records = rows.map((row) => [
    asText(row.displayName),
    labels.statuses[row.status],
    row.submittedAt ? row.submittedAt.toISOString() : '',
    row.status === 'not-started' ? '' : row.late ? labels.yes : labels.no,
    row.quizScore === null ? '' : rounded(row.quizScore * 100, 0),
    rounded(row.meanChrf, 1),
    String(row.revealedCount),
    String(row.revealedOf),
  ]);
  const header = [labels.student, labels.status, labels.submittedAt, labels.late, labels.quizPercent, labels.meanChrf, labels.revealed, labels.revealedOf];
  return stringify([header.map(asText), ...records], { bom: true, record_delimiter: 'windows' });
}
