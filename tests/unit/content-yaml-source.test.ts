import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatYamlPath, parseYamlSource } from '@/lib/content/yaml-source';

const file = 'content/x.yaml';

const schema = z
  .object({
    name: z.string(),
    kind: z.enum(['a', 'b']),
    items: z.array(z.object({ size: z.int() }).strict()).default([]),
    about: z.object({ text: z.string() }).strict().optional(),
  })
  .strict();

describe('parseYamlSource', () => {
  it('gives the validated data when there is no problem', () => {
    const { data, problems } = parseYamlSource('name: x\nkind: a\nitems:\n  - size: 2\n', file, schema);
    expect(problems).toEqual([]);
    expect(data).toEqual({ name: 'x', kind: 'a', items: [{ size: 2 }] });
  });

  it('reports a wrong value at its own line, inside lists and mappings', () => {
    const source = 'name: x\nkind: a\nitems:\n  - size: 2\n  - size: big\n';
    const { data, problems } = parseYamlSource(source, file, schema);
    expect(data).toBeNull();
    expect(problems).toEqual([{ file, line: 5, message: 'items[1].size: must be a number' }]);
  });

  it('reports a missing key at its parent key, or at line 1 for a top-level key', () => {
    const { problems } = parseYamlSource('kind: a\nabout:\n  other: 1\n', file, schema);
    expect(problems).toEqual([
      { file, line: 1, message: 'name: is required' },
      { file, line: 2, message: 'about.text: is required' },
      { file, line: 3, message: 'about.other: unknown field' },
    ]);
  });

  it('reports a missing key at an anchor when one is given', () => {
    const { problems } = parseYamlSource('kind: a\n\nitems: []\n', file, schema, {
      missingKeyAnchors: { name: ['items'] },
    });
    expect(problems).toEqual([{ file, line: 3, message: 'name: is required' }]);
  });

  it('reports each unknown key at its own line', () => {
    const { problems } = parseYamlSource('name: x\nkind: b\nextra: 1\nmore: 2\n', file, schema);
    expect(problems).toEqual([
      { file, line: 3, message: 'extra: unknown field' },
      { file, line: 4, message: 'more: unknown field' },
    ]);
  });

  it('names the allowed values of an enum', () => {
    const { problems } = parseYamlSource('name: x\nkind: c\n', file, schema);
    expect(problems).toEqual([{ file, line: 2, message: 'kind: must be one of a, b' }]);
  });

  it.each([
    ['an unclosed flow list', 'name: x\nkind: [a\nitems: []\n', 3],
    ['a duplicate key', 'name: x\nkind: a\nname: y\n', 3],
    ['a tab indentation', 'name: x\nabout:\n\ttext: y\n', 3],
  ])('reports YAML syntax errors (%s) at their line', (_, source, line) => {
    const { data, problems } = parseYamlSource(source, file, schema);
    expect(data).toBeNull();
    expect(problems[0]).toEqual({ file, line, message: expect.stringMatching(/^YAML: /) });
  });

  it('reports an empty file and a file that is not a mapping', () => {
    expect(parseYamlSource('# nothing\n', file, schema).problems).toEqual([
      { file, line: 1, message: 'the file is empty' },
    ]);
    expect(parseYamlSource('- a\n', file, schema).problems).toEqual([
      { file, line: 1, message: 'the file: must be a mapping of fields' },
    ]);
  });

  it('writes paths as they read in YAML', () => {
    expect(formatYamlPath(['notes', 0, 'phrase'])).toBe('notes[0].phrase');
    expect(formatYamlPath(['title'])).toBe('title');
  });
});
