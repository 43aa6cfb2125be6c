/**
 * Bad-content fixtures: each tests/fixtures/bad-content/<case>.yaml describes one mistake as
 * changes to the small valid content set in tests/fixtures/base-content/.
 */
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

export const baseContentDir = join(process.cwd(), 'tests/fixtures/base-content');
const casesDir = join(process.cwd(), 'tests/fixtures/bad-content');
const hostileDir = join(process.cwd(), 'tests/fixtures/hostile-content');

export interface BadContentCase {
  name: string;
  description: string;
  /** Files to write, by path under the content folder. */
  replace?: Record<string, string>;
  /** Text replacements [old, new] in existing files; the old text must be there. */
  edit?: Record<string, [string, string]>;
  /** The exact problem lines the check must report, and nothing else. */
  expect: string[];
}

function casesIn(dir: string): BadContentCase[] {
  return globSync('*.yaml', { cwd: dir })
    .sort()
    .map((file) => ({ name: file.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(dir, file), 'utf8')) as Omit<BadContentCase, 'name'>) }));
}

export const badContentCases = () => casesIn(casesDir);

/** The attempts of the attack run on content (tests/fixtures/hostile-content/), in the same form. */
export const hostileContentCases = () => casesIn(hostileDir);

/** A temporary folder holding content/ = the base set with the case applied. Remove it with cleanup(). */
export function materialize(testCase: Pick<BadContentCase, 'replace' | 'edit'>): { root: string; contentDir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-fixture-'));
  const contentDir = join(root, 'content');
  cpSync(baseContentDir, contentDir, { recursive: true });
  for (const [path, [before, after]] of Object.entries(testCase.edit ?? {})) {
    const file = join(contentDir, path);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(before)) throw new Error(`Fixture edit of ${path}: the text ${JSON.stringify(before)} is not in the base file`);
    writeFileSync(file, text.replace(before, after));
  }
  for (const [path, text] of Object.entries(testCase.replace ?? {})) {
    const file = join(contentDir, path);
    if (!existsSync(dirname(file))) mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { root, contentDir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
