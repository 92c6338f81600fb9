import { readFileSync } from 'node:fs';

/** A line-aligned corpus file (one sentence per line), blank lines dropped. */
export function readSentenceLines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
