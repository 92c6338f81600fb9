import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '@/lib/content';

const contentDir = path.resolve(__dirname, '../../content');

describe("the repository's content", () => {
  it('has no problems', async () => {
    const problems = await checkContent(contentDir);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
