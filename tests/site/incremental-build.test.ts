/**
 * A rebuild that reuses the previous build (experimental.incrementalBuild with the cache keys of
 * src/data/cache-keys.ts, the HTML the content layer keeps for MDX bodies, the YAML readings the
 * content check keeps) publishes exactly what a build from scratch of the same content publishes.
 *
 * A copy of content/ is built once; then it is changed as editors change it, and built again with
 * the same cache and output folder. Each time, every HTML and JSON file must be byte for byte what
 * a build with an empty cache makes of the changed content. A page whose key misses something it
 * shows would be restored from the previous build, stale, and differ here.
 *
 * Round 1 changes bodies only (nothing the site key covers): the changed pages must be rendered
 * again and most others restored. Round 2 changes data every page may read (a municipality's name)
 * and a law reference the law-links plugin turns mentions in bodies into links with, which must
 * render the cached MDX bodies again.
 */
import { cpSync, existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runAstroBuild } from '../../scripts/bench/build-runner.ts';

const root = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-incremental-'));
const contentDir = join(root, 'content');
// One date for every build: the pages count deadlines and revision dates from it.
const buildDate = '2026-12-01';

interface Built {
  files: Map<string, string>;
  log: string;
}

async function build(label: string, outDir: string, cacheDir: string): Promise<Built> {
  const run = await runAstroBuild({
    cwd: projectRoot,
    args: ['--outDir', outDir],
    env: { CONTENT_ROOT: contentDir, ASTRO_CACHE_DIR: cacheDir, BUILD_DATE: buildDate },
    logFile: join(root, `${label}.log`),
    label,
  });
  if (!run.ok) throw new Error(`The build "${label}" failed (exit ${run.exitCode}):\n${run.log.split('\n').slice(-30).join('\n')}`);
  const files = new Map<string, string>();
  // Every file but the search index (its file names carry hashes of its build): pages, scripts, styles, images, feeds.
  for (const file of globSync('**/*', { cwd: outDir, withFileTypes: true })) {
    const path = relative(outDir, join(file.parentPath, file.name)).split(sep).join('/');
    if (file.isFile() && !path.startsWith('pagefind/')) files.set(path, readFileSync(join(outDir, path)).toString(/\.(?:woff2?|png|jpe?g|ico)$/.test(path) ? 'base64' : 'utf8'));
  }
  return { files, log: run.log };
}

/** The incremental build (same cache and output folder every time) and a build of the same content from scratch. */
const rebuild = (label: string) => build(label, join(root, 'dist'), join(root, 'cache'));
const fromScratch = (label: string) => build(label, join(root, `dist-${label}`), join(root, `cache-${label}`));

/** The output files whose text differs between the two builds, or that only one of them has. */
function differences(a: Built, b: Built): string[] {
  const paths = new Set([...a.files.keys(), ...b.files.keys()]);
  return [...paths].filter((p) => a.files.get(p) !== b.files.get(p)).sort();
}

/**
 * The pages Astro did not render again, from its log lines "├─ /path/ (cached)" (left in place in
 * the kept output folder, src/integrations/previous-output.ts) or "(restored)" (copied from its cache).
 */
const restoredPages = (log: string) => [...log.matchAll(/ (\/\S*) \((?:cached|restored)\)/g)].map((m) => m[1]);

function edit(relativePath: string, change: (text: string) => string) {
  const file = join(contentDir, relativePath);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`The test's edit changed nothing in ${relativePath}`);
  writeFileSync(file, after);
}

const bodySentence = 'Denne sætning er tilføjet for at prøve en genopbygning.';
/** A mention in a catalogue chapter's text, linked by the law-links plugin (src/markdown/law-links.ts) to the law entry `id`. */
const mentionLinkedTo = (id: string) => `href="/lovgrundlag/${id}/">sundhedslovens § 141, stk. 3</a>`;
let afterBodies: Built;

beforeAll(async () => {
  cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
  await rebuild('first');
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a rebuild after a change publishes what a build from scratch publishes', () => {
  it('after sentences are added to the bodies of a standard, an example and a catalogue chapter', async () => {
    edit('standards/koebenhavn/social-behandling-stoffer/2023-24.mdx', (t) => t.replace(/(\{#afsnit-[^}]+\}\n\n)/, `$1${bodySentence}\n\n`));
    edit('examples/solroed-case-management.mdx', (t) => `${t.trimEnd()}\n\n${bodySentence}\n`);
    edit('catalogue/kapitel-1.mdx', (t) => t.replace(/\n\n\[\^|$/, (end) => `\n\n${bodySentence}${end}`));
    // A page no build makes any more: the rebuild must not publish it (the previous output is moved aside whole).
    mkdirSync(join(root, 'dist', 'standarder', 'slettet'), { recursive: true });
    writeFileSync(join(root, 'dist', 'standarder', 'slettet', 'index.html'), '<p>slettet</p>');
    const incremental = await rebuild('bodies');
    afterBodies = incremental;
    const scratch = await fromScratch('bodies');
    expect(differences(incremental, scratch)).toEqual([]);

    const showing = [...incremental.files].filter(([, html]) => html.includes(bodySentence)).map(([path]) => path);
    expect(showing).toEqual(expect.arrayContaining(['standarder/koebenhavn/social-behandling-stoffer/index.html', 'inspirationskatalog/eksempler/solroed-case-management/index.html', 'inspirationskatalog/kapitel-1/index.html']));
    const restored = restoredPages(incremental.log);
    for (const path of showing) expect(restored, path).not.toContain(`/${path.replace(/index\.html$/, '')}`);
    // Most pages were copied, not rendered: what makes the rebuild faster.
    expect(restored.length).toBeGreaterThan(incremental.files.size / 2);
    // The renderer read the store from its file (src/integrations/data-store-at-runtime.ts), and the previous output is deleted.
    expect(incremental.log).not.toContain('Indholdets datalager blev indlæst som Astros eget modul');
    expect(existsSync(join(root, 'cache', 'previous-output'))).toBe(false);
  }, 240_000);

  it("after a municipality's name and a law reference change", async () => {
    edit('municipalities/koebenhavn.yaml', (t) => t.replace(/^name: .*$/m, 'name: Københavns Kommune (omdøbt)'));
    // There is no entry for § 141, stk. 3, so its mentions link to § 141; now they link to this one.
    edit('law/sul-141-stk-5.yaml', (t) => t.replace(/^subsection: stk\. 5$/m, 'subsection: stk. 3'));
    const incremental = await rebuild('data');
    const scratch = await fromScratch('data');
    expect(differences(incremental, scratch)).toEqual([]);
    expect(incremental.files.get('kommuner/koebenhavn/index.html')).toContain('Københavns Kommune (omdøbt)');
    const mentioning = [...afterBodies.files].filter(([, html]) => html.includes(mentionLinkedTo('sul-141'))).map(([path]) => path);
    expect(mentioning.length).toBeGreaterThan(0);
    for (const path of mentioning) expect(incremental.files.get(path), path).toContain(mentionLinkedTo('sul-141-stk-5'));
  }, 240_000);
});
