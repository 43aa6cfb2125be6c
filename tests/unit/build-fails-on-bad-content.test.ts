/** `astro build` stops on bad content with the friendly problem list, exit code 1 and no stack trace. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { badContentCases, materialize } from '../support/fixtures.ts';

const testCase = badContentCases().find((c) => c.name === 'unknown-law-id')!;
const fixture = materialize(testCase);
afterAll(() => fixture.cleanup());

describe('astro build with bad content', () => {
  it('fails naming the file, the field and what was expected', () => {
    const result = spawnSync(join(process.cwd(), 'node_modules/.bin/astro'), ['build', '--outDir', join(fixture.root, 'dist')], {
      env: { ...process.env, CONTENT_ROOT: fixture.contentDir, ASTRO_CACHE_DIR: join(fixture.root, 'cache') },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain('2024.mdx: feltet »legalBases → nr. 2« skal være id\'et på en lovhenvisning i content/law/: en af "sel-101"; der står "sel-999"');
    expect(output).toContain('Siden blev ikke bygget.');
    expect(output).not.toMatch(/Stack trace|\n\s+at .+:\d+:\d+\)?\n/);
  }, 120_000);
});
