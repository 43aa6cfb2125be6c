/**
 * `npm run bench [-- --pages N] [-- --vs-starlight] [-- --lighthouse]` (`-- --import` measures the consultation import instead, see import.ts): generates the synthetic
 * corpus in a temporary folder, builds the site with it, changes one MDX file and builds again,
 * and prints the figures (it asserts nothing). --vs-starlight then builds the same corpus with
 * Starlight, one build after the other; --lighthouse scores one page of each type of the real
 * build in dist/. Other options: --seed N, --keep (leave the temporary folder), --json FILE.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatBytes, formatDuration, formatRatio, formatTable } from './figures.ts';
import { astroPagesBuilt, pagefindFromLog } from './parse.ts';
import { projectRoot, runAstroBuild, type BuildRun } from './build-runner.ts';
import { DEFAULT_SEED, writeCorpus } from './generate-corpus.ts';
import { describeMachine, machineLines } from './machine.ts';
import { benchImport } from './import.ts';
import { measureDist, pageTypeLabels, type DistFigures } from './measure-dist.ts';

const KB = 1024;
/** Budgets from the design notes (shared/design.md), printed beside the figures. */
const jsBudget: Record<string, string> = { content: '0 B', wizard: '10 KB', classifier: '10 KB', search: '-' };

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '2000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'vs-starlight': { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    import: { type: 'boolean', default: false },
    rows: { type: 'string', default: '100000' },
  },
});
if (values.import) {
  benchImport(Number(values.rows), (line) => process.stdout.write(`${line}\n`));
  process.exit(0);
}
const pages = Number(values.pages);
if (!Number.isInteger(pages) || pages < 1) throw new Error(`--pages expects a whole number of pages, such as 2000; found "${values.pages}"`);

const say = (line = '') => process.stdout.write(`${line}\n`);
/** "1.2 GB (2.1 GB tree)": the largest process from GNU time, then the sampled process tree. */
const memory = (run: BuildRun) => (run.peakRssLargestProcess !== undefined ? `${formatBytes(run.peakRssLargestProcess)} (${formatBytes(run.peakRssTree)} tree)` : `${formatBytes(run.peakRssTree)} tree`);

let keepWorkDir = values.keep;
function failed(run: BuildRun, what: string): never {
  keepWorkDir = true;
  say(run.log.split('\n').slice(-40).join('\n'));
  throw new Error(`${what} failed with exit code ${run.exitCode}; the whole log is in ${run.logFile}`);
}

const machine = describeMachine();
say('Rusmiddelguiden benchmark');
for (const line of machineLines(machine)) say(`  ${line}`);
say();

const workDir = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-bench-'));
const contentDir = join(workDir, 'content');
const cacheDir = join(workDir, 'cache');
const outDir = join(workDir, 'dist');
try {
  const started = performance.now();
  const corpus = writeCorpus(contentDir, { pages, seed: Number(values.seed) });
  const generationMs = performance.now() - started;
  const { plan, counts } = corpus;
  say(`Corpus (seed ${values.seed}) in ${contentDir}, generated in ${formatDuration(generationMs)}:`);
  say(`  ${counts.municipalities} municipalities, ${plan.municipalitiesWithContent} with content; ${counts.standards} standard versions (${plan.versionsPerStandard} per standard), ${counts.consultations} consultations, ${counts.examples} examples; about ${plan.pages} pages from generated entries`);
  say();

  const env = { CONTENT_ROOT: contentDir, ASTRO_CACHE_DIR: cacheDir };
  say('Building the site with the corpus (cold cache) …');
  const build = await runAstroBuild({ cwd: projectRoot, args: ['--outDir', outDir], env, logFile: join(workDir, 'build.log'), label: 'build' });
  if (!build.ok) failed(build, 'The build');
  const dist: DistFigures = measureDist(outDir);
  const pagefind = pagefindFromLog(build.log);

  // One content change, as an editor makes it: a sentence added to one standard version's summary section.
  const changedPath = [...corpus.files.keys()].filter((p) => p.startsWith('standards/')).sort().at(-1)!;
  const changedFile = join(contentDir, changedPath);
  writeFileSync(changedFile, readFileSync(changedFile, 'utf8').replace('{#afsnit-resume}\n\n', '{#afsnit-resume}\n\nOpdateret for at måle genopbygningen.\n\n'));
  say(`Building again after changing ${changedPath} …`);
  const rebuild = await runAstroBuild({ cwd: projectRoot, args: ['--outDir', outDir], env, logFile: join(workDir, 'rebuild.log'), label: 'rebuild' });
  if (!rebuild.ok) failed(rebuild, 'The rebuild');

  let starlight: Awaited<ReturnType<typeof import('./starlight.ts').buildWithStarlight>> | undefined;
  if (values['vs-starlight']) {
    say('Building the same corpus with Starlight (after ours, not at the same time) …');
    const { buildWithStarlight } = await import('./starlight.ts');
    starlight = await buildWithStarlight(corpus, workDir);
    if (!starlight.run.ok) failed(starlight.run, 'The Starlight build');
  }

  let lighthouse: Awaited<ReturnType<typeof import('./lighthouse.ts').lighthouseDist>> | undefined;
  if (values.lighthouse) {
    const realDist = join(projectRoot, 'dist');
    if (!existsSync(join(realDist, 'index.html'))) say('Lighthouse skipped: dist/ has no built site; run "npm run build" first.');
    else {
      say('Lighthouse (mobile) over one page of each type of the real build in dist/ …');
      const { lighthouseDist } = await import('./lighthouse.ts');
      lighthouse = await lighthouseDist(realDist);
    }
  }

  const builtPages = dist.pages;
  const figures: [string, string, string][] = [
    ['Pages built', String(builtPages), `Astro reports ${astroPagesBuilt(build.log) ?? '?'}`],
    ['Build wall time (cold cache)', formatDuration(build.wallMs), 'astro build, content check and Pagefind included'],
    ['Pages per second', (builtPages / (build.wallMs / 1000)).toFixed(1), ''],
    ['Startup and content check', build.firstOutputMs === undefined ? 'n/a' : formatDuration(build.firstOutputMs), 'until Astro logs its first line: Node, the config and the content check of every file'],
    ['Peak memory', memory(build), 'largest process (GNU time -v), and in brackets all build processes together (sampled every 100 ms)'],
    ['Pagefind indexing', pagefind ? formatDuration(pagefind.ms) : 'n/a', pagefind ? `${pagefind.pages} pages indexed${pagefind.read ? ` of ${pagefind.read} read` : ''}` : 'log line not found'],
    ['Pagefind index size', formatBytes(dist.pagefindBytes), `${dist.pagefindFiles} files in dist/pagefind/`],
    ['HTML per page, median (gz)', formatBytes(dist.htmlGzMedian), `over all ${builtPages} pages`],
    ['HTML, largest content page (gz)', formatBytes(dist.largestContentHtml.bytes), `${dist.largestContentHtml.path}; budget 15 KB${dist.largestContentHtml.bytes > 15 * KB ? ' (over)' : ''}`],
    ['CSS, all files (gz)', formatBytes(dist.cssAllGz), `budget 30 KB${dist.cssAllGz > 30 * KB ? ' (over)' : ''}`],
    ['Rebuild after one MDX change', formatDuration(rebuild.wallMs), `same cache and output folder; peak memory ${memory(rebuild)}`],
  ];
  say();
  say('Figures');
  say(formatTable(['figure', 'value', 'note'], figures));
  say();
  say('Bytes each page type loads (gzipped)');
  say(
    formatTable(
      ['page type', 'path', 'HTML', 'CSS', 'JS up front', 'JS on search', 'JS budget'],
      dist.pageTypes.map((t) => [pageTypeLabels[t.type], t.path, formatBytes(t.htmlGz), formatBytes(t.cssGz), formatBytes(t.jsGz), t.jsOnDemandGz ? formatBytes(t.jsOnDemandGz) : '-', jsBudget[t.type]]),
    ),
  );
  if (starlight) {
    const ours = build.wallMs;
    const theirs = starlight.run.wallMs;
    say();
    say('Ours against Starlight, same corpus, one build after the other');
    say(
      formatTable(
        ['', 'ours', 'Starlight'],
        [
          ['Pages built', String(builtPages), String(starlight.dist?.pages ?? '?')],
          ['Build wall time', formatDuration(ours), formatDuration(theirs)],
          ['Pages per second', (builtPages / (ours / 1000)).toFixed(1), ((starlight.dist?.pages ?? 0) / (theirs / 1000)).toFixed(1)],
          ['Pagefind', pagefind ? formatDuration(pagefind.ms) : 'n/a', starlight.pagefind ? formatDuration(starlight.pagefind.ms) : 'n/a'],
          ['Peak memory', memory(build), memory(starlight.run)],
          ['HTML per page, median (gz)', formatBytes(dist.htmlGzMedian), starlight.dist ? formatBytes(starlight.dist.htmlGzMedian) : 'n/a'],
          ...(() => {
            const oursContent = dist.pageTypes.find((t) => t.type === 'content');
            const theirsContent = starlight.dist?.pageTypes.find((t) => t.type === 'content');
            return oursContent && theirsContent
              ? [
                  ['Same standard page: HTML (gz)', formatBytes(oursContent.htmlGz), formatBytes(theirsContent.htmlGz)],
                  ['Same standard page: JS up front (gz)', formatBytes(oursContent.jsGz), formatBytes(theirsContent.jsGz)],
                ]
              : [];
          })(),
        ],
      ),
    );
    say(`Build time ratio ours/Starlight: ${formatRatio(ours, theirs)} (the goal is under 0.35)`);
  }
  if (lighthouse) {
    say();
    say('Lighthouse, mobile emulation, real build in dist/');
    say(formatTable(['page type', 'path', 'performance', 'accessibility', 'best practices', 'SEO'], lighthouse.map((r) => [pageTypeLabels[r.type], r.path, ...[r.scores.performance, r.scores.accessibility, r.scores['best-practices'], r.scores.seo].map((s) => (s === null || s === undefined ? 'n/a' : String(Math.round(s * 100))))])));
  }
  say();
  say('Machine');
  for (const line of machineLines(machine)) say(`  ${line}`);
  say(`Logs: ${keepWorkDir ? workDir : '(removed; use --keep to leave them)'}`);

  if (values.json) {
    const summary = { machine, seed: Number(values.seed), plan, counts, generationMs, build: { ...build, log: undefined }, rebuild: { ...rebuild, log: undefined }, pagefind, dist, starlight: starlight && { ...starlight, run: { ...starlight.run, log: undefined } }, lighthouse };
    writeFileSync(values.json, `${JSON.stringify(summary, null, 2)}\n`);
    say(`Figures as JSON: ${values.json}`);
  }
} finally {
  if (!keepWorkDir) rmSync(workDir, { recursive: true, force: true });
}
