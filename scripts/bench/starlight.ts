/**
 * The Starlight comparison (`npm run bench -- --vs-starlight`): the same generated corpus as a
 * minimal Starlight site, one doc per page our build makes from it (each standard version's MDX
 * body, each standard's current version, each consultation as a Markdown table, each example, each
 * municipality), built in a temporary project that reuses this project's node_modules, so
 * nothing is downloaded. Starlight runs its own Pagefind step.
 *
 * The project gets a hard-linked copy of node_modules (cp -al; a plain copy when /tmp is another
 * file system), not a symbolic link: with a link, Vite sees Starlight's files at their real path
 * (/work/main/node_modules/...), and Astro 7's normalizeFilename takes an absolute path whose only
 * common ancestor with the project root is "/" for a root-relative one, so the build fails with
 * "No cached compile metadata found for .../Page.astro?astro&type=style".
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { markdownTable, portableMarkdown } from './markdown.ts';
import { starlightPagefindFromLog } from './parse.ts';
import { splitFrontmatter } from '../../src/content-check/content-files.ts';
import { projectRoot, runAstroBuild, type BuildRun } from './build-runner.ts';
import type { GeneratedCorpus } from './generate-corpus.ts';
import { measureDist, type DistFigures } from './measure-dist.ts';

export interface StarlightResult {
  docs: number;
  nodeModules: 'hard links' | 'copy';
  run: BuildRun;
  pagefind?: { pages?: number; ms: number };
  dist?: DistFigures;
  projectDir: string;
}

interface Doc {
  path: string;
  title: string;
  description?: string;
  body: string;
}

const docFile = (doc: Doc) => `---\n${stringify({ title: doc.title, ...(doc.description ? { description: doc.description } : {}) }, { lineWidth: 0 })}---\n\n${doc.body.trim()}\n`;

/** One Starlight doc per page our build makes from the generated entries. */
export function starlightDocs(corpus: GeneratedCorpus): Doc[] {
  const docs: Doc[] = [];
  const standardsByGroup = new Map<string, { version: string; title: string; summary: string; body: string }[]>();
  const municipalities = new Map<string, { name: string; code: string; region: string }>();
  const links = new Map<string, string[]>();
  for (const [path, text] of [...corpus.files].sort(([a], [b]) => a.localeCompare(b))) {
    const [collection] = path.split('/');
    const id = path.slice(collection.length + 1).replace(/\.(?:mdx|yaml)$/, '');
    if (collection === 'municipalities') municipalities.set(id, parse(text));
    if (collection === 'standards' || collection === 'examples') {
      const { frontmatter, body } = splitFrontmatter(text);
      const data = parse(frontmatter!);
      const markdown = portableMarkdown(body);
      if (collection === 'examples') docs.push({ path: `eksempler/${id}.mdx`, title: data.title, description: data.summary, body: markdown });
      else {
        docs.push({ path: `standarder/${id}.mdx`, title: `${data.title}, version ${data.version}`, description: data.summary, body: markdown });
        const group = `${data.municipality}/${data.standard}`;
        standardsByGroup.set(group, [...(standardsByGroup.get(group) ?? []), { version: data.version, title: data.title, summary: data.summary, body: markdown }]);
        links.set(data.municipality, [...(links.get(data.municipality) ?? []), `- [${data.title}](/standarder/${id}/)`]);
      }
    }
    if (collection === 'consultations') {
      const data = parse(text) as { title: string; parties: { id: string; name: string }[]; rows: { party: string; remark: string; response: string; changed: boolean; sections: string[] }[]; notes: string[] };
      const party = new Map(data.parties.map((p) => [p.id, p.name]));
      const table = markdownTable(
        ['Part', 'Bemærkning', 'Forvaltningens kommentar', 'Ændret', 'Afsnit'],
        data.rows.map((r) => [party.get(r.party) ?? r.party, r.remark, r.response, r.changed ? 'Ja' : 'Nej', r.sections.join(', ')]),
      );
      docs.push({ path: `hoeringer/${id}.md`, title: data.title, body: [...data.notes, table].join('\n\n') });
    }
  }
  for (const [group, versions] of standardsByGroup) {
    const current = [...versions].sort((a, b) => b.version.localeCompare(a.version))[0];
    docs.push({ path: `standarder/${group}/index.mdx`, title: current.title, description: current.summary, body: current.body });
  }
  for (const [id, m] of municipalities) {
    docs.push({ path: `kommuner/${id}.md`, title: m.name, body: [`Kommunekode ${m.code}, ${m.region}.`, ...(links.has(id) ? ['## Kvalitetsstandarder', links.get(id)!.join('\n')] : [])].join('\n\n') });
  }
  return docs;
}

/** This project's node_modules in projectDir: hard links where the file system allows, else a copy. Says which. */
export function copyNodeModules(projectDir: string): 'hard links' | 'copy' {
  const from = join(projectRoot, 'node_modules');
  const to = join(projectDir, 'node_modules');
  try {
    execFileSync('cp', ['-al', from, to], { stdio: 'ignore' });
    return 'hard links';
  } catch {
    execFileSync('rm', ['-rf', to]);
    execFileSync('cp', ['-a', from, to], { stdio: 'ignore' });
    return 'copy';
  }
}

const installedVersion = (name: string) => (JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** Writes the Starlight project: package.json, astro.config.mjs, the content config and the docs. */
export function writeStarlightProject(projectDir: string, cacheDir: string, docs: Doc[]): void {
  mkdirSync(join(projectDir, 'src/content/docs'), { recursive: true });
  // The dependencies must be listed: Astro bundles the packages a project depends on that build on Astro
  // (Starlight's middleware imports astro: modules); unlisted, they stay external and the 404 page fails to render.
  const dependencies = Object.fromEntries(['astro', '@astrojs/starlight'].map((name) => [name, installedVersion(name)]));
  writeFileSync(join(projectDir, 'package.json'), `${JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies }, null, 2)}\n`);
  writeFileSync(
    join(projectDir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// A minimal Starlight site for the benchmark: defaults everywhere (autogenerated sidebar, Pagefind search).
export default defineConfig({
  site: 'https://example.org',
  cacheDir: ${JSON.stringify(join(cacheDir, 'astro'))},
  // The caches stay outside the (hard-linked) node_modules.
  vite: { cacheDir: ${JSON.stringify(join(cacheDir, 'vite'))} },
  integrations: [starlight({ title: 'Rusmiddelguiden (Starlight-sammenligning)', defaultLocale: 'root', locales: { root: { label: 'Dansk', lang: 'da' } } })],
});
`,
  );
  writeFileSync(
    join(projectDir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(join(projectDir, 'src/content/docs/index.md'), docFile({ path: 'index.md', title: 'Rusmiddelguiden', body: 'Syntetisk testindhold til sammenligning af byggetid.' }));
  for (const doc of docs) {
    const file = join(projectDir, 'src/content/docs', doc.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, docFile(doc));
  }
}

/** Builds the corpus with Starlight in workDir/starlight and measures it. */
export async function buildWithStarlight(corpus: GeneratedCorpus, workDir: string): Promise<StarlightResult> {
  const projectDir = join(workDir, 'starlight');
  const docs = starlightDocs(corpus);
  writeStarlightProject(projectDir, join(workDir, 'starlight-cache'), docs);
  const nodeModules = copyNodeModules(projectDir);
  // The output stays inside the project: Astro runs its prerender chunks from there and they import from node_modules.
  const outDir = join(projectDir, 'dist');
  const run = await runAstroBuild({ cwd: projectDir, args: ['--outDir', outDir], logFile: join(workDir, 'starlight-build.log'), label: 'Starlight build', binDir: join(projectDir, 'node_modules/.bin') });
  return { docs: docs.length + 1, nodeModules, run, pagefind: starlightPagefindFromLog(run.log), dist: run.ok ? measureDist(outDir) : undefined, projectDir };
}
