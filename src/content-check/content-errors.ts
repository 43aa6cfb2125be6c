/**
 * Turns validation failures into one plain line per problem: the file, the field and what was
 * expected, with what was found. Council editors read these, so no stack traces and no zod jargon.
 */
import type { z } from 'zod';

export interface ContentProblem {
  /** Path of the file from the project root, such as "content/law/sel-101.yaml". */
  file: string;
  /** Where in the file, such as "rows → nr. 3 → party"; empty for the file as a whole. */
  field: string;
  /** The rest of the sentence, in Danish: "mangler: skal være ...", "skal være ...; der står ...". */
  message: string;
}

type PathKey = PropertyKey;

/** "rows → nr. 3 → party": list positions are counted from 1, as an editor counts them. */
export function describePath(path: readonly PathKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `nr. ${key + 1}` : String(key))).join(' → ');
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
  if (value === null) return 'ingen værdi';
  if (Array.isArray(value)) return value.length === 0 ? 'en tom liste' : `en liste med ${value.length} ${value.length === 1 ? 'punkt' : 'punkter'}`;
  if (typeof value === 'object') return 'en gruppe af felter';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'true eller false',
  array: 'en liste',
  tuple: 'en liste',
  object: 'en gruppe af felter',
  record: 'en gruppe af felter',
  date: 'en dato',
  null: 'ingen værdi',
};

/** Formats zod can check, named for an editor. */
const formatNames: Record<string, string> = {
  url: 'en fuld webadresse',
  email: 'en e-mailadresse',
  date: 'en dato skrevet som år-måned-dag, fx 2024-03-31',
};

const items = (n: number | bigint) => (Number(n) === 1 ? 'punkt' : 'punkter');

/**
 * Zod's fallback messages for issues a schema did not word itself, phrased as "what was expected".
 * Passed as the per-parse error map, so every message a schema sets still wins.
 */
export const expectationErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return typeNames[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `en af ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `en liste med mindst ${issue.minimum} ${items(issue.minimum)}`;
      if (issue.origin === 'string') return `en tekst på mindst ${issue.minimum} tegn`;
      return issue.inclusive === false ? `et tal over ${issue.minimum}` : `et tal på mindst ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `en liste med højst ${issue.maximum} ${items(issue.maximum)}`;
      if (issue.origin === 'string') return `en tekst på højst ${issue.maximum} tegn`;
      return issue.inclusive === false ? `et tal under ${issue.maximum}` : `et tal på højst ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `tekst i formen ${issue.pattern}` : (formatNames[issue.format] ?? `en værdi i formatet ${issue.format}`);
    case 'invalid_union':
      return 'en af de former, feltet kan have';
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
        message: 'er ikke et kendt felt: tjek stavningen. Du kan se felterne, og hvad de betyder, i src/schemas/',
      }));
    }
    const { present, value } = valueAt(data, issue.path);
    const field = describePath(issue.path);
    if (!present) return [{ file, field, message: `mangler: skal være ${issue.message}` }];
    return [{ file, field, message: `skal være ${issue.message}; der står ${describeValue(value)}` }];
  });
}

/** One line per problem, "file: field: message", grouped in the order given. */
export function formatProblem(problem: ContentProblem): string {
  return problem.field ? `${problem.file}: feltet »${problem.field}« ${problem.message}` : `${problem.file}: ${problem.message}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length;
  return [`Indholdet har ${count} fejl, der skal rettes:`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}
