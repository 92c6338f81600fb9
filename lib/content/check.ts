import path from 'node:path';
import {
  describeContentFile,
  isDirectory,
  isValidName,
  readGlossary,
  readPassage,
  readVisibleEntries,
  resolveContentDir,
  resolvePassagesDir,
} from './load';
import type { ContentProblem } from './types';

function compareProblems(a: ContentProblem, b: ContentProblem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}

async function checkPassages(contentDir: string): Promise<ContentProblem[]> {
  const passagesDir = resolvePassagesDir(contentDir);
  const entries = (await readVisibleEntries(passagesDir)) ?? [];
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const file = describeContentFile(contentDir, path.join(passagesDir, entry.name));
    if (!entry.isDirectory()) {
      const message = 'not a passage folder: passages/ holds one folder per passage';
      problems.push({ file, line: 0, message });
    } else if (!isValidName(entry.name)) {
      problems.push({
        file,
        line: 0,
        message: `"${entry.name}" is not a valid slug: use lower-case ASCII letters, digits and single hyphens`,
      });
    } else {
      problems.push(...(await readPassage(entry.name, contentDir)).problems);
    }
  }
  return problems;
}

/** Checks every passage and glossary entry and returns all problems, sorted by file and line. */
export async function checkContent(contentDir = resolveContentDir()): Promise<ContentProblem[]> {
  if (!(await isDirectory(contentDir))) {
    const file = describeContentFile(contentDir, contentDir);
    return [{ file, line: 0, message: 'the content folder does not exist' }];
  }
  const [passageProblems, glossary] = await Promise.all([
    checkPassages(contentDir),
    readGlossary(contentDir),
  ]);
  return [...passageProblems, ...glossary.problems].sort(compareProblems);
}
