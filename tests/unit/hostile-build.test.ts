/**
 * The build refuses hostile content before it renders anything: code in MDX never runs, and
 * nothing is left where a server would publish it. And what the check accepts, the build accepts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileContentCases, materialize } from '../support/fixtures.ts';

const astro = join(process.cwd(), 'node_modules/.bin/astro');
const build = (contentDir: string, root: string) =>
  spawnSync(astro, ['build', '--outDir', join(root, 'dist')], {
    env: { ...process.env, CONTENT_ROOT: contentDir, ASTRO_CACHE_DIR: join(root, 'cache') },
    encoding: 'utf8',
    timeout: 180_000,
  });

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

describe('astro build with hostile content', () => {
  it('refuses MDX that runs a command, before rendering: the command never runs and no page is written', () => {
    const testCase = hostileContentCases().find((c) => c.name === 'mdx-import-exec')!;
    const fixture = materialize(testCase);
    cleanups.push(fixture.cleanup);
    // The command the MDX would run leaves a mark if it ever runs.
    const mark = join(fixture.root, 'ran');
    const file = join(fixture.contentDir, 'examples/testby-eksempel.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace("execSync('id')", `execSync('touch ${mark}')`));
    const result = build(fixture.contentDir, fixture.root);
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain("testby-eksempel.mdx: linje 11: »import { execSync } from 'node:child_process'« er ikke tilladt");
    expect(existsSync(mark)).toBe(false);
    expect(globSync('**/*.html', { cwd: join(fixture.root, 'dist') })).toEqual([]);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  }, 180_000);

  it('builds an unquoted date in a text field of the real content as the text written', () => {
    const root = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-date-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    const contentDir = join(root, 'content');
    cpSync('content', contentDir, { recursive: true });
    const file = join(contentDir, 'consultations/eksempel/hoering-2026.yaml');
    const text = readFileSync(file, 'utf8');
    // The first response, a block of text, becomes an unquoted date, as the importer once wrote it.
    const response = /\n {4}response: \|-\n(?: {6}.*\n|\n)+/.exec(text)!;
    writeFileSync(file, text.replace(response[0], '\n    response: 2024-01-01\n'));
    const result = build(contentDir, root);
    expect(result.status, `${result.stdout}${result.stderr}`.slice(-2000)).toBe(0);
    expect(readFileSync(join(root, 'dist/hoeringer/eksempel/hoering-2026/index.html'), 'utf8')).toContain('2024-01-01');
  }, 180_000);
});
