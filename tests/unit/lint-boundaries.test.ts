import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The rules that fire on this source as if it were the file at this path of the repository. */
async function lintAs(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message.split('.')[0]}`);
}

describe('the layering rules', () => {
  it.each([
    ['lib/text/example.ts', "import { cache } from 'react';"],
    ['lib/text/example.ts', "import { notFound } from 'next/navigation';"],
    ['lib/text/example.ts', "import { ReaderText } from '@/components/reader/reader-text';"],
    ['lib/text/example.ts', "import { proposeImportAction } from '@/app/[lng]/import/actions';"],
    ['lib/text/example.ts', "import { linkTerms } from '../glossary/linker';"],
    ['components/reader/example.tsx', "import { proposeImportAction } from '@/app/[lng]/import/actions';"],
    ['app/[lng]/example/page.tsx', "import { scoreLink } from '@/lib/align/score';"],
    ['scripts/example.ts', "import { listHindiStems } from '@/lib/loanwords/inflection';"],
  ])('reject in %s: %s', async (file, source) => {
    const problems = await lintAs(file, source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^no-restricted-imports: /);
  });

  it.each([
    ['lib/reader/example.ts', "import { splitAtMatches } from '@/lib/glossary';"],
    ['lib/align/word-list/example.ts', "import { features } from '../features';"],
    ['lib/content/server.ts', "import { cache } from 'react';"],
    ['components/import/example.tsx', "import { toEntryId } from '@/lib/importer/browser';"],
    ['app/[lng]/example/page.tsx', "import { getGlossary } from '@/lib/content/server';"],
  ])('allow in %s: %s', async (file, source) => {
    expect(await lintAs(file, source)).toEqual([]);
  });
});
