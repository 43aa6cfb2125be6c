/**
 * `npm run build`: builds the site all or nothing. Astro builds into .build/dist/ (inside the
 * project, so its build-side chunks in .prerender/ stay there too); only a build that ran to its
 * last step (src/integrations/build-complete.ts) and left no build-side files replaces dist/.
 * Otherwise dist/ is left as it was, the unfinished build is removed, and the exit code is 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCompleteMarker } from '../../src/integrations/build-complete.ts';
import { fail, installCrashHandler } from '../lib/cli.ts';

installCrashHandler();

const root = process.cwd();
const published = join(root, 'dist');
const work = join(root, '.build');
const staging = join(work, 'dist');
const previous = join(work, 'previous');

rmSync(work, { recursive: true, force: true });
// The tests put a stand-in for astro here, to try builds that end early.
const astro = process.env.RUSMIDDELGUIDEN_ASTRO ?? join(root, 'node_modules', '.bin', 'astro');
const result = spawnSync(astro, ['build', '--outDir', staging, ...process.argv.slice(2)], { stdio: 'inherit' });

const marker = join(staging, buildCompleteMarker);
const leftovers = ['.prerender'].filter((name) => existsSync(join(staging, name)));
const complete = result.status === 0 && existsSync(marker) && leftovers.length === 0;
if (!complete) {
  const why =
    result.status !== 0
      ? result.error
        ? `bygningen kunne ikke startes (${(result.error as NodeJS.ErrnoException).code ?? result.error.message})`
        : `bygningen fejlede (exitkode ${result.status ?? result.signal}); fejlen står ovenfor`
      : !existsSync(marker)
        ? 'bygningen stoppede før sit sidste trin, selv om den meldte, at alt gik godt'
        : `bygningen efterlod filer, der kun bruges under bygningen (${leftovers.join(', ')})`;
  rmSync(work, { recursive: true, force: true });
  fail(1, `Intet er udgivet: ${why}. dist/ er, som den var før bygningen.`);
}

const { pages } = JSON.parse(readFileSync(marker, 'utf8')) as { pages: number };
rmSync(marker);
if (existsSync(published)) renameSync(published, previous);
renameSync(staging, published);
rmSync(work, { recursive: true, force: true });
console.log(`${pages} ${pages === 1 ? 'side' : 'sider'} er udgivet i dist/.`);
