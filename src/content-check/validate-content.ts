/**
 * The content check: every file parses, satisfies its collection's schema and points only at
 * things that exist. The build and the tests run it; its problems name file, field and expectation.
 */
import { collectionDefinitions, type CollectionName } from '../schemas/index.ts';
import { expectationErrorMap, problemsFromIssues, type ContentProblem } from './content-errors.ts';
import { readContentFiles, type ContentFile, type IdsByCollection } from './content-files.ts';
import { checkCrossReferences, type ContentIndex, type IndexedEntry } from './cross-references.ts';

export interface ValidEntry<T = Record<string, unknown>> {
  id: string;
  file: string;
  data: T;
  body: string;
}

/**
 * Validates already-read files against their schemas and each other. `foundIds` (every entry file
 * found, readable or not) keeps a reference to a broken entry from being reported as unknown too.
 */
export function validateFiles(files: readonly ContentFile[], foundIds?: IdsByCollection): { index: ContentIndex; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const index = {} as ContentIndex;
  for (const name of Object.keys(collectionDefinitions) as CollectionName[]) index[name] = [];
  // One schema per collection: zod compiles a schema on its first parse, which per file cost more than the parse.
  const schemas = new Map<CollectionName, ReturnType<(typeof collectionDefinitions)[CollectionName]['schema']>>();
  for (const file of files) {
    if (!schemas.has(file.collection)) schemas.set(file.collection, collectionDefinitions[file.collection].schema());
    const schema = schemas.get(file.collection)!;
    const result = schema.safeParse(file.data, { error: expectationErrorMap });
    if (!result.success) {
      problems.push(...problemsFromIssues(file.file, result.error.issues, file.data));
      continue;
    }
    (index[file.collection] as IndexedEntry<unknown>[]).push({ id: file.id, file: file.file, data: result.data, body: file.body });
  }
  const fileIds = foundIds ?? (Object.fromEntries(Object.keys(collectionDefinitions).map((name) => [name, new Set(files.filter((f) => f.collection === name).map((f) => f.id))])) as IdsByCollection);
  problems.push(...checkCrossReferences(index, fileIds));
  return { index, problems };
}

/** Reads and validates all content under contentDir (normally "content"); files are named relative to displayRoot (the working directory). */
export function validateContent(contentDir: string, displayRoot?: string): { index: ContentIndex; problems: ContentProblem[] } {
  const read = readContentFiles(contentDir, displayRoot);
  const validated = validateFiles(read.files, read.foundIds);
  return { index: validated.index, problems: [...read.problems, ...validated.problems] };
}
