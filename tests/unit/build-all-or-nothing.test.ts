/** `npm run build` publishes a whole build or nothing: dist/ is replaced only by a build that ran to its end. */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCompleteMarker } from '../../src/integrations/build-complete.ts';

const cli = join(process.cwd(), 'scripts/build/cli.ts');

/** A project folder with a published dist/ and a stand-in for astro that writes `outDir` as the script says. */
function project(script: string) {
  const root = mkdtempSync(join(tmpdir(), 'build-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), 'the published site');
  const fake = join(root, 'fake-astro.sh');
  writeFileSync(fake, `#!/bin/sh\nout="$3"\nmkdir -p "$out"\n${script}\n`);
  chmodSync(fake, 0o755);
  const run = () => spawnSync(process.execPath, [cli], { cwd: root, env: { ...process.env, RUSMIDDELGUIDEN_ASTRO: fake }, encoding: 'utf8' });
  return { root, run };
}

describe('npm run build', () => {
  it('publishes a build that ran to its end, without the marker', () => {
    const { root, run } = project(`echo new > "$out/index.html"; echo '{"pages":1}' > "$out/${buildCompleteMarker}"`);
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 side er udgivet i dist/.');
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new\n');
    expect(readdirSync(join(root, 'dist'))).toEqual(['index.html']);
    expect(existsSync(join(root, '.build'))).toBe(false);
  });

  it.each([
    ['fails', 'echo half > "$out/index.html"; exit 1', /bygningen fejlede \(exitkode 1\)/],
    ['ends early with exit code 0, as process.exit(0) in content once did', 'echo half > "$out/index.html"; exit 0', /bygningen stoppede før sit sidste trin/],
    ['leaves build-side chunks', `mkdir -p "$out/.prerender"; echo '{"pages":1}' > "$out/${buildCompleteMarker}"`, /bygningen efterlod filer, .*\(\.prerender\)/],
  ])('leaves dist/ as it was when the build %s, and removes what it made', (_, script, why) => {
    const { root, run } = project(script);
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Intet er udgivet: /m);
    expect(result.stderr).toMatch(why);
    expect(result.stderr).toContain('dist/ er, som den var før bygningen.');
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('the published site');
    expect(existsSync(join(root, '.build'))).toBe(false);
  });
});
