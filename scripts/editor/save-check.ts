/**
 * The content check on a save from the browser editor: the problems `npm run check:content` would
 * report if the files the editor is about to write (or delete) were on disk, that it does not
 * report now. The editor's server refuses the save when there are any and sends them to the
 * editor, in the content check's own Danish words.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { formatProblem, type ContentProblem } from '../../src/content-check/content-errors.ts';
import { readContentFile, readContentFiles, type ContentFile } from '../../src/content-check/content-files.ts';
import { validateFiles } from '../../src/content-check/validate-content.ts';
import { collectionDefinitions, collectionNames, entryIdFromPath, type CollectionName } from '../../src/schemas/index.ts';

/** A file the editor writes: its path from the repository's root and its text. */
export interface EditorFile {
  path: string;
  raw: string;
}

/** The collection and the path inside its folder of a repository path such as "content/standards/x/y/2026.mdx"; undefined outside the collections. */
export function collectionOfPath(repoRoot: string, contentDir: string, repoPath: string): { collection: CollectionName; relativePath: string } | undefined {
  const inContent = relative(resolve(contentDir), resolve(repoRoot, repoPath)).split('\\').join('/');
  if (inContent.startsWith('..')) return undefined;
  for (const collection of collectionNames) {
    const { directory, extension } = collectionDefinitions[collection];
    if (inContent.startsWith(`${directory}/`) && inContent.endsWith(`.${extension}`)) return { collection, relativePath: inContent.slice(directory.length + 1) };
  }
  return undefined;
}

/** Reads one file's text exactly as the content check reads a file on disk, naming it as `file`. */
function readText(collection: CollectionName, relativePath: string, text: string, file: string): { file?: ContentFile; problems: ContentProblem[] } {
  const scratch = mkdtempSync(join(tmpdir(), 'editor-save-'));
  try {
    const target = join(scratch, collectionDefinitions[collection].directory, relativePath);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    const read = readContentFile(scratch, collection, relativePath, scratch);
    return { file: read.file && { ...read.file, file }, problems: read.problems.map((p) => ({ ...p, file })) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The problems a save would add: `written` replace or add files, `deleted` (repository paths)
 * remove them. Files outside the content collections are not checked. Paths in the problems are
 * named from the repository's root, as `npm run check:content` run there names them.
 */
export function problemsWithSave(repoRoot: string, contentDir: string, written: readonly EditorFile[], deleted: readonly string[] = []): ContentProblem[] {
  const displayRoot = resolve(repoRoot);
  const before = readContentFiles(contentDir, displayRoot);
  const beforeProblems = [...before.problems, ...validateFiles(before.files, before.foundIds).problems];
  const shownPath = (repoPath: string) => relative(displayRoot, resolve(repoRoot, repoPath)).split('\\').join('/');

  const touched = [...written.map((f) => f.path), ...deleted].map(shownPath);
  if (!touched.some((path) => collectionOfPath(repoRoot, contentDir, path))) return [];

  const files = before.files.filter((f) => !touched.includes(f.file));
  const foundIds = Object.fromEntries(collectionNames.map((name) => [name, new Set(before.foundIds[name])])) as typeof before.foundIds;
  const readProblems = before.problems.filter((p) => !touched.includes(p.file));
  for (const path of deleted) {
    const where = collectionOfPath(repoRoot, contentDir, path);
    if (where) foundIds[where.collection].delete(entryIdFromPath(where.relativePath));
  }
  for (const { path, raw } of written) {
    const where = collectionOfPath(repoRoot, contentDir, path);
    if (!where) continue;
    const read = readText(where.collection, where.relativePath, raw, shownPath(path));
    foundIds[where.collection].add(entryIdFromPath(where.relativePath));
    readProblems.push(...read.problems);
    if (read.file) files.push(read.file);
  }
  files.sort((a, b) => a.file.localeCompare(b.file));
  const after = [...readProblems, ...validateFiles(files, foundIds).problems];
  const known = new Set(beforeProblems.map(formatProblem));
  return after.filter((p) => !known.has(formatProblem(p)));
}
