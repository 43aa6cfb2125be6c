/**
 * Turns validation failures into one plain line per problem: the file, the field and what was
 * expected, with what was found. Council editors read these, so no stack traces and no zod jargon.
 */
import type { z } from 'zod';

export interface ContentProblem {
  /** Path of the file from the project root, such as "content/law/sel-101.yaml". */
  file: string;
  /** Where in the file, such as "rows → item 3 → party"; empty for the file as a whole. */
  field: string;
  /** The rest of the sentence: "is missing: expected ...", "expected ...; found ...". */
  message: string;
}

type PathKey = PropertyKey;

/** "rows → item 3 → party": list positions are counted from 1, as an editor counts them. */
export function describePath(path: readonly PathKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `item ${key + 1}` : String(key))).join(' → ');
}

function valueAt(data: unknown, path: readonly PathKey[]): { present: boolean; value?: unknown } {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in (current as object))) return { present: false };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { present: current !== undefined, value: current };
}

/** A short rendering of a found value: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

/**
 * Zod's fallback messages for issues a schema did not word itself, phrased as "what was expected".
 * Passed as the per-parse error map, so every message a schema sets still wins.
 */
export const expectationErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return typeNames[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `a list of at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return `text of at least ${issue.minimum} character${issue.minimum === 1 ? '' : 's'}`;
      return `a number of at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `a list of at most ${issue.maximum} items`;
      if (issue.origin === 'string') return `text of at most ${issue.maximum} characters`;
      return `a number of at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `text matching the pattern ${issue.pattern}` : `a valid ${issue.format}`;
    case 'invalid_union':
      return 'one of the allowed forms of this field';
    default:
      return undefined;
  }
};

/** Problems for every issue of a failed parse of the data read from one file. */
export function problemsFromIssues(file: string, issues: readonly z.core.$ZodIssue[], data: unknown): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: describePath([...issue.path, key]),
        message: 'is not a known field: check its spelling (the fields and what each means are listed in src/schemas/)',
      }));
    }
    const { present, value } = valueAt(data, issue.path);
    const field = describePath(issue.path);
    if (!present) return [{ file, field, message: `is missing: expected ${issue.message}` }];
    return [{ file, field, message: `expected ${issue.message}; found ${describeValue(value)}` }];
  });
}

/** One line per problem, "file: field: message", grouped in the order given. */
export function formatProblem(problem: ContentProblem): string {
  return problem.field ? `${problem.file}: field "${problem.field}" ${problem.message}` : `${problem.file}: ${problem.message}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length;
  return [`The content has ${count} problem${count === 1 ? '' : 's'} to fix:`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}
