import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './types';

export type YamlPath = ReadonlyArray<PropertyKey>;

export interface YamlSource<T> {
  /** The validated data, or null when the file has any problem. */
  data: T | null;
  problems: ContentProblem[];
  /** 1-based line of the node at a path, or of its nearest ancestor when the path is missing. */
  lineOf: (path: YamlPath) => number;
}

export interface YamlSourceOptions {
  /** Where to report a missing key instead of its parent: the node that makes it required. */
  missingKeyAnchors?: Readonly<Record<string, YamlPath>>;
}

interface NodeLocation {
  /** Line of the deepest node found along the path. */
  line: number;
  /** Whether the whole path was found. */
  found: boolean;
}

function readLine(lineCounter: LineCounter, node: Node | null | undefined): number | null {
  const start = node?.range?.[0];
  return start === undefined ? null : lineCounter.linePos(start).line;
}

function locateNode(doc: Document, lineCounter: LineCounter, path: YamlPath): NodeLocation {
  let node: unknown = doc.contents;
  let line = 1;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return { line, found: false };
      // A key's line, not its value's: a block value starts on the line after its key.
      line = (isNode(pair.key) ? readLine(lineCounter, pair.key) : null) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return { line, found: false };
      line = (isNode(item) ? readLine(lineCounter, item) : null) ?? line;
      node = item;
    } else {
      return { line, found: false };
    }
  }
  return { line, found: true };
}

/** Writes a zod path as it reads in YAML: `notes[0].phrase`. */
export function formatYamlPath(path: YamlPath): string {
  return path
    .map((segment, position) => {
      if (typeof segment === 'number') return `[${segment}]`;
      return position === 0 ? String(segment) : `.${String(segment)}`;
    })
    .join('');
}

const typeNames: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};

function describeIssue(issue: z.core.$ZodIssue, found: boolean): string {
  const choices =
    issue.code === 'invalid_value' ? issue.values.map((value) => String(value)).join(', ') : '';
  // A missing field of several possible shapes (text, or text per language) fails as a union.
  if (!found && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return choices ? `is required (one of ${choices})` : 'is required';
  }
  if (choices) return `must be one of ${choices}`;
  if (issue.code === 'invalid_type') {
    return `must be ${typeNames[issue.expected] ?? issue.expected}`;
  }
  return issue.message;
}

function reportIssue(
  issue: z.core.$ZodIssue,
  file: string,
  locate: (path: YamlPath) => NodeLocation,
  options: YamlSourceOptions,
): ContentProblem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      line: locate([...path, key]).line,
      message: `${formatYamlPath([...path, key])}: unknown field`,
    }));
  }
  const location = locate(path);
  const anchor = options.missingKeyAnchors?.[formatYamlPath(path)];
  const line = !location.found && anchor ? locate(anchor).line : location.line;
  const subject = path.length === 0 ? 'the file' : formatYamlPath(path);
  return [{ file, line, message: `${subject}: ${describeIssue(issue, location.found)}` }];
}

/**
 * Parses a YAML file and validates it with a zod schema; every syntax error and schema issue
 * becomes a problem at the line of the YAML node it concerns.
 */
export function parseYamlSource<T>(
  source: string,
  file: string,
  schema: z.ZodType<T>,
  options: YamlSourceOptions = {},
): YamlSource<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const locate = (path: YamlPath) => locateNode(doc, lineCounter, path);
  const lineOf = (path: YamlPath) => locate(path).line;

  const syntaxProblems = [...doc.errors, ...doc.warnings].map((error) => ({
    file,
    line: lineCounter.linePos(error.pos[0]).line,
    message: `YAML: ${error.message}`,
  }));
  if (syntaxProblems.length > 0) return { data: null, problems: syntaxProblems, lineOf };
  if (doc.contents === null) {
    return { data: null, problems: [{ file, line: 1, message: 'the file is empty' }], lineOf };
  }

  const result = schema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, problems: [], lineOf };
  const problems = result.error.issues.flatMap((issue) =>
    reportIssue(issue, file, locate, options),
  );
  return { data: null, problems, lineOf };
}
