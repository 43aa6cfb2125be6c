/**
 * `npm run bench [-- --pages N | --versions N | --national | --growth] [-- --vs-starlight] [-- --lighthouse]`
 * (`-- --import` measures the consultation import instead, see import.ts): generates the synthetic
 * corpus in a temporary folder, builds the site with it, changes one MDX file and builds again,
 * measures what a reader transfers for a first and further searches (search-transfer.ts), and
 * prints the figures (it asserts nothing).
 *
 * --versions N gives every standard N versions; --national is the ten-year national corpus (98
 * municipalities × 2 standards × 10 versions); --growth runs the 2,000-page, 4,000-page and
 * national corpora one after the other and prints the time and memory per page and between them.
 * --vs-starlight then builds the same corpus with Starlight, one build after the other;
 * --lighthouse scores one page of each type of the real build in dist/. Other options: --seed N,
 * --keep (leave the temporary folder), --json FILE, --no-search (skip the browser).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatBytes, formatDuration, formatRatio, formatTable } from './figures.ts';
import { astroPagesBuilt, pagefindFromLog } from './parse.ts';
import { projectRoot, runAstroBuild, type BuildRun } from './build-runner.ts';
import { DEFAULT_SEED, writeCorpus, type CorpusOptions } from './generate-corpus.ts';
import { planCounts } from './corpus-plan.ts';
import { describeMachine, machineLines } from './machine.ts';
import { benchImport } from './import.ts';
import { measureDist, pageTypeLabels, type DistFigures } from './measure-dist.ts';
import { growth, type GrowthPoint } from './growth.ts';
import { buildPhases } from './phases.ts';
import type { SearchSummary } from './search-transfer.ts';

const KB = 1024;
/** Budgets from the design notes (shared/design.md), printed beside the figures. */
const jsBudget: Record<string, string> = { content: '0 B', wizard: '10 KB', classifier: '10 KB', search: '-' };

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '2000' },
    versions: { type: 'string' },
    national: { type: 'boolean', default: false },
    growth: { type: 'boolean', default: false },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'vs-starlight': { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
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
const versions = values.versions === undefined ? undefined : Number(values.versions);
const seed = Number(values.seed);

const say = (line = '') => process.stdout.write(`${line}\n`);
/** The peak the growth figures use: the largest process when GNU time reported it, else the sampled tree. */
const peakOf = (run: BuildRun) => run.peakRssLargestProcess ?? run.peakRssTree;
/** "1.2 GB (2.1 GB tree)": the largest process from GNU time, then the sampled process tree. */
const memory = (run: BuildRun) => (run.peakRssLargestProcess !== undefined ? `${formatBytes(run.peakRssLargestProcess)} (${formatBytes(run.peakRssTree)} tree)` : `${formatBytes(run.peakRssTree)} tree`);
const loadNow = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
};

let keepWorkDir = values.keep;
function failed(run: BuildRun, what: string): never {
  keepWorkDir = true;
  say(run.log.split('\n').slice(-40).join('\n'));
  throw new Error(`${what} failed with exit code ${run.exitCode}; the whole log is in ${run.logFile}`);
}

/** One corpus: generated, built cold, changed in one file and built again, and searched. */
async function benchCorpus(label: string, options: CorpusOptions, dir: string) {
  mkdirSync(dir, { recursive: true });
  const contentDir = join(dir, 'content');
  const cacheDir = join(dir, 'cache');
  const outDir = join(dir, 'dist');
  const started = performance.now();
  const corpus = writeCorpus(contentDir, options);
  const generationMs = performance.now() - started;
  const { plan, counts } = corpus;
  say(`Corpus ${label} (seed ${options.seed}) in ${contentDir}, generated in ${formatDuration(generationMs)}:`);
  say(`  ${counts.municipalities} municipalities, ${plan.municipalitiesWithContent} with content; ${counts.standards} standard versions (${plan.versionsPerStandard} per standard, ${plan.yearsApart === 1 ? 'a year' : 'two years'} apart), ${counts.consultations} consultations, ${counts.examples} examples; about ${plan.pages} pages from generated entries`);

  const env = { CONTENT_ROOT: contentDir, ASTRO_CACHE_DIR: cacheDir };
  const loadBefore = loadNow();
  say(`Building the site with the corpus (cold cache; load ${loadBefore}) …`);
  const build = await runAstroBuild({ cwd: projectRoot, args: ['--outDir', outDir], env, logFile: join(dir, 'build.log'), label: `${label} build` });
  if (!build.ok) failed(build, 'The build');
  const dist: DistFigures = measureDist(outDir);
  const pagefind = pagefindFromLog(build.log);

  // One content change, as an editor makes it: a sentence added to one standard version's summary section.
  const changedPath = [...corpus.files.keys()].filter((p) => p.startsWith('standards/')).sort().at(-1)!;
  const changedFile = join(contentDir, changedPath);
  writeFileSync(changedFile, readFileSync(changedFile, 'utf8').replace('{#afsnit-resume}\n\n', '{#afsnit-resume}\n\nOpdateret for at måle genopbygningen.\n\n'));
  const loadBeforeRebuild = loadNow();
  say(`Building again after changing ${changedPath} (load ${loadBeforeRebuild}) …`);
  const rebuild = await runAstroBuild({ cwd: projectRoot, args: ['--outDir', outDir], env, logFile: join(dir, 'rebuild.log'), label: `${label} rebuild` });
  if (!rebuild.ok) failed(rebuild, 'The rebuild');

  let search: SearchSummary | undefined;
  let searchError: string | undefined;
  if (!values['no-search']) {
    say('Searching the built site in Chromium, as a reader does …');
    try {
      const { measureSearchTransfer } = await import('./search-transfer.ts');
      search = (await measureSearchTransfer(outDir)).summary;
    } catch (error) {
      searchError = error instanceof Error ? error.message : String(error);
      say(`  search transfer not measured: ${searchError}`);
    }
  }
  return { label, options, corpus, generationMs, build, rebuild, dist, pagefind, search, searchError, changedPath, outDir, load: { build: loadBefore, rebuild: loadBeforeRebuild, end: loadNow() } };
}
type CorpusResult = Awaited<ReturnType<typeof benchCorpus>>;

function pagesNote(r: CorpusResult): string {
  const counts = planCounts(r.corpus.plan);
  return `${counts.versions} versions of ${counts.standards} standards, ${counts.consultations} consultations, ${counts.examples} examples`;
}

function printCorpus(r: CorpusResult) {
  const { build, rebuild, dist, pagefind } = r;
  const builtPages = dist.pages;
  const phases = buildPhases(build.lines, build.wallMs);
  const rebuildPhases = buildPhases(rebuild.lines, rebuild.wallMs);
  const phaseText = (p: ReturnType<typeof buildPhases>) => Object.entries(p).map(([k, ms]) => `${k} ${formatDuration(ms)}`).join(', ') || 'n/a';
  const figures: [string, string, string][] = [
    ['Pages built', String(builtPages), `Astro reports ${astroPagesBuilt(build.log) ?? '?'}; ${pagesNote(r)}`],
    ['Build wall time (cold cache)', formatDuration(build.wallMs), `load at start ${r.load.build}; ${phaseText(phases)}`],
    ['Pages per second', (builtPages / (build.wallMs / 1000)).toFixed(1), `${(build.wallMs / builtPages).toFixed(1)} ms per page`],
    ['Startup and content check', build.firstOutputMs === undefined ? 'n/a' : formatDuration(build.firstOutputMs), 'until Astro logs its first line: Node, the config and the content check of every file'],
    ['Peak memory', memory(build), 'largest process (GNU time -v), and in brackets all build processes together (sampled every 100 ms)'],
    ['Pagefind indexing', pagefind ? formatDuration(pagefind.ms) : 'n/a', pagefind ? `${pagefind.pages} pages indexed${pagefind.read ? ` of ${pagefind.read} read` : ''}` : 'log line not found'],
    ['Pagefind index size', formatBytes(dist.pagefindBytes), `${dist.pagefindFiles} files in dist/pagefind/`],
    ['HTML per page, median (gz)', formatBytes(dist.htmlGzMedian), `over all ${builtPages} pages`],
    ['HTML, largest content page (gz)', formatBytes(dist.largestContentHtml.bytes), `${dist.largestContentHtml.path}; budget 15 KB${dist.largestContentHtml.bytes > 15 * KB ? ' (over)' : ''}`],
    ['CSS, all files (gz)', formatBytes(dist.cssAllGz), `budget 30 KB${dist.cssAllGz > 30 * KB ? ' (over)' : ''}`],
    ['Rebuild after one MDX change', formatDuration(rebuild.wallMs), `${formatRatio(rebuild.wallMs, build.wallMs)} of the cold build; load at start ${r.load.rebuild}; peak memory ${memory(rebuild)}; ${phaseText(rebuildPhases)}`],
  ];
  if (r.search) {
    figures.push(['First search transfers (gz)', formatBytes(r.search.firstSearch), `"${r.search.rows[0]?.query}": ${r.search.rows[0]?.requests} requests to /pagefind/; goal under 150 KB${r.search.withinBudget ? '' : ' (over)'}`]);
    figures.push(['Each further search (gz)', r.search.furtherSearches.map(formatBytes).join(', '), r.search.rows.slice(1).map((row) => `"${row.query}"`).join(', ')]);
  } else figures.push(['Search transfer', 'n/a', r.searchError ?? 'skipped (--no-search)']);
  say();
  say(`Figures, ${r.label}`);
  say(formatTable(['figure', 'value', 'note'], figures));
  if (r.search) {
    say();
    say('What each search transfers from /pagefind/ (gzipped as nginx sends it)');
    const parts = ['script', 'webassembly', 'metadata', 'index', 'fragment', 'filter'] as const;
    say(formatTable(['query', 'requests', 'added', 'so far', ...parts], r.search.rows.map((row) => [row.query, String(row.requests), formatBytes(row.bytes), formatBytes(row.cumulative), ...parts.map((p) => (row.byPart[p] ? formatBytes(row.byPart[p]) : '-'))])));
  }
}

const machine = describeMachine();
say('Rusmiddelguiden benchmark');
for (const line of machineLines(machine)) say(`  ${line}`);
say();

const workDir = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-bench-'));
try {
  if (values.growth) {
    /** The three corpora of the growth run, smallest first. */
    const runs: [string, CorpusOptions][] = [
      ['--pages 2000', { pages: 2000, seed }],
      ['--pages 4000', { pages: 4000, seed }],
      ['--national', { pages: 2000, national: true, seed }],
    ];
    const results: CorpusResult[] = [];
    for (const [index, [label, options]] of runs.entries()) {
      const dir = join(workDir, `corpus-${index + 1}`);
      const result = await benchCorpus(label, options, dir);
      printCorpus(result);
      say();
      results.push(result);
      // The next corpus is bigger; only its figures are kept of this one, unless --keep.
      if (!keepWorkDir) for (const sub of ['dist', 'cache', 'content']) rmSync(join(dir, sub), { recursive: true, force: true });
    }
    const points: GrowthPoint[] = results.map((r) => ({ label: r.label, pages: r.dist.pages, buildMs: r.build.wallMs, rebuildMs: r.rebuild.wallMs, peakBytes: peakOf(r.build) }));
    const rows = growth(points);
    say('Growth: time and memory per page, and what each added page cost');
    say(
      formatTable(
        ['corpus', 'pages', 'build', 'rebuild', 'peak memory', 'build per page', 'rebuild per page', 'memory per page', 'per added page: time', 'per added page: memory', 'time per page vs previous', 'load at start'],
        rows.map((row, i) => [
          row.label,
          String(row.pages),
          formatDuration(row.buildMs),
          formatDuration(row.rebuildMs),
          formatBytes(row.peakBytes),
          `${row.buildMsPerPage.toFixed(1)} ms`,
          `${row.rebuildMsPerPage.toFixed(1)} ms`,
          formatBytes(row.peakBytesPerPage),
          row.sincePrevious ? `${row.sincePrevious.buildMsPerAddedPage.toFixed(1)} ms` : '-',
          row.sincePrevious ? `${row.sincePrevious.peakBytesPerAddedPage < 0 ? '-' : ''}${formatBytes(Math.abs(row.sincePrevious.peakBytesPerAddedPage))}` : '-',
          row.sincePrevious ? `${row.sincePrevious.buildMsPerPageRatio.toFixed(2)}×` : '-',
          results[i].load.build,
        ]),
      ),
    );
    say('Peak memory: the largest build process (GNU time), else all build processes sampled. Goal: the national corpus under 4 GB, time per page flat.');
    if (values.json) {
      writeFileSync(values.json, `${JSON.stringify({ machine, seed, runs: results.map((r) => ({ label: r.label, plan: r.corpus.plan, counts: r.corpus.counts, build: { ...r.build, log: undefined, lines: undefined }, rebuild: { ...r.rebuild, log: undefined, lines: undefined }, pagefind: r.pagefind, dist: r.dist, search: r.search, load: r.load })), growth: rows }, null, 2)}\n`);
      say(`Figures as JSON: ${values.json}`);
    }
  } else {
    const label = values.national ? '--national' : `--pages ${pages}${versions === undefined ? '' : ` --versions ${versions}`}`;
    const result = await benchCorpus(label, { pages, versions, national: values.national, seed }, workDir);
    const { corpus, build, dist, pagefind } = result;
    const builtPages = dist.pages;

    let starlight: Awaited<ReturnType<typeof import('./starlight.ts').buildWithStarlight>> | undefined;
    if (values['vs-starlight']) {
      say(`Building the same corpus with Starlight (after ours, not at the same time; load ${loadNow()}) …`);
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

    printCorpus(result);
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
      say(`Build time ratio ours/Starlight: ${formatRatio(ours, theirs)} (the goal is at most 0.30)`);
    }
    if (lighthouse) {
      say();
      say('Lighthouse, mobile emulation, real build in dist/');
      say(formatTable(['page type', 'path', 'performance', 'accessibility', 'best practices', 'SEO'], lighthouse.map((r) => [pageTypeLabels[r.type], r.path, ...[r.scores.performance, r.scores.accessibility, r.scores['best-practices'], r.scores.seo].map((s) => (s === null || s === undefined ? 'n/a' : String(Math.round(s * 100))))])));
    }
    if (values.json) {
      const summary = { machine, seed, plan: corpus.plan, counts: corpus.counts, generationMs: result.generationMs, build: { ...build, log: undefined, lines: undefined }, rebuild: { ...result.rebuild, log: undefined, lines: undefined }, pagefind, dist, search: result.search, load: result.load, starlight: starlight && { ...starlight, run: { ...starlight.run, log: undefined, lines: undefined } }, lighthouse };
      writeFileSync(values.json, `${JSON.stringify(summary, null, 2)}\n`);
      say(`Figures as JSON: ${values.json}`);
    }
  }
  say();
  say('Machine');
  for (const line of machineLines(machine)) say(`  ${line}`);
  say(`  Load average at the end: ${loadNow()}`);
  say(`Logs: ${keepWorkDir ? workDir : '(removed; use --keep to leave them)'}`);
} finally {
  if (!keepWorkDir) rmSync(workDir, { recursive: true, force: true });
}
