/**
 * The collections' loader: Astro's glob loader, with each entry's data read by the content
 * check's own reader (src/content-check/yaml-reader.ts) instead of Astro's YAML reader, so the
 * build publishes exactly the data the check accepted. The content check has refused, before any
 * collection loads, what its reader refuses.
 *
 * MDX bodies are rendered here, as Markdown (src/domain/site/mdx-markdown.ts), and the content
 * layer keeps the HTML in its cache: an unchanged file is not rendered again, and no body becomes
 * a module for Vite to compile on every build. Pages put the components back (EntryBody.astro).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { formatProblem } from '../content-check/content-errors.ts';
import { splitFrontmatter } from '../content-check/content-files.ts';
import { decodeContentFile } from '../content-check/text-file.ts';
import { parseYamlOnce } from '../content-check/yaml-reader.ts';
import { markdownOfMdx } from '../domain/site/mdx-markdown.ts';

/** The data of one content file as the content check reads it: the YAML, or an MDX file's frontmatter. */
export function contentData(filePath: string): unknown {
  const decoded = decodeContentFile(readFileSync(filePath));
  if (decoded.problem !== undefined) throw new Error(`${filePath}: ${decoded.problem}`);
  const isMdx = filePath.endsWith('.mdx');
  const yaml = isMdx ? (splitFrontmatter(decoded.text).frontmatter ?? '') : decoded.text;
  const read = parseYamlOnce(yaml, filePath, isMdx ? 1 : 0);
  if (read.problem) throw new Error(formatProblem(read.problem));
  return read.data;
}

interface EntryType {
  getEntryInfo: (info: { contents: string }) => { data: Record<string, unknown>; body?: string };
  getRenderFunction?: (config: LoaderContext['config']) => Promise<(entry: { body?: string; filePath?: string }) => Promise<{ html: string; metadata?: Record<string, unknown> }>>;
}

/**
 * What a rendered body depends on besides its own file: the law references the law-links plugin
 * turns mentions into links with, the code that renders, and the Markdown processor's version. A
 * change to any of them renders every body again; the glob loader only compares the file's digest.
 */
const renderInputsOf = new Map<string, string>();
function renderInputs(root: string, contentDir: string): string {
  // The three MDX collections load in one build with the same inputs: read them once.
  const key = `${root}\0${contentDir}`;
  const known = renderInputsOf.get(key);
  if (known !== undefined) return known;
  const hash = createHash('sha256');
  const addFiles = (dir: string, suffix: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(suffix)).sort();
    } catch {
      return;
    }
    for (const name of names) hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
  };
  addFiles(resolve(root, contentDir, 'law'), '.yaml');
  addFiles(join(root, 'src/markdown'), '.ts');
  addFiles(join(root, 'src/domain/law'), '.ts');
  addFiles(join(root, 'src/domain/site'), 'mdx-markdown.ts');
  addFiles(join(root, 'src/domain/site'), 'mdx-tree.ts');
  addFiles(join(root, 'src/integrations'), 'content-loader.ts');
  addFiles(join(root, 'node_modules/satteri'), 'package.json');
  addFiles(root, 'astro.config.mjs');
  const digest = hash.digest('base64url');
  renderInputsOf.set(key, digest);
  return digest;
}

/**
 * The entry types the glob loader reads files with. Astro's own parse every file's YAML on every
 * build, changed or not, only to find the data that parseData replaces with the content check's
 * reading; these give the body alone. An .mdx body is rendered as Markdown through the site's
 * Markdown processor (the .md entry type's render function).
 */
function entryTypesForLoader(entryTypes: Map<string, EntryType>): Map<string, EntryType> {
  const renderMarkdown = entryTypes.get('.md')?.getRenderFunction;
  if (!renderMarkdown) throw new Error('Astro has no Markdown entry type');
  const types = new Map<string, EntryType>();
  types.set('.yaml', { getEntryInfo: () => ({ data: {} }) });
  types.set('.mdx', {
    // The body as Astro's MDX entry type takes it: after the frontmatter, trimmed.
    getEntryInfo: ({ contents }) => ({ data: {}, body: splitFrontmatter(contents.replace(/^\uFEFF/, '')).body.trim() }),
    async getRenderFunction(config) {
      const render = await renderMarkdown(config);
      return async (entry) => {
        // On a body it cannot convert this throws; the glob loader logs that with the file's name and
        // stores the entry without HTML, which EntryBody.astro refuses, so the build stops.
        const converted = markdownOfMdx(entry.body ?? '');
        const rendered = await render({ ...entry, body: converted.markdown });
        return { html: rendered.html.trimEnd(), metadata: { ...rendered.metadata, components: converted.components } };
      };
    },
  });
  return types;
}

export function contentLoader(options: Parameters<typeof glob>[0] & { contentDir: string }): Loader {
  const inner = glob(options);
  const mdxCollection = String(options.pattern).endsWith('.mdx');
  return {
    name: 'rusmiddelguiden-content-loader',
    load: (context) => {
      // Astro's content layer passes entryTypes to loaders, though LoaderContext does not declare it.
      const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
      const inputs = mdxCollection ? renderInputs(fileURLToPath(context.config.root), options.contentDir) : '';
      return inner.load({
        ...context,
        entryTypes: entryTypesForLoader(entryTypes),
        // An .mdx entry's digest also covers what its HTML was rendered with, so a change there renders it again.
        generateDigest: (data: Record<string, unknown> | string) => context.generateDigest(mdxCollection && typeof data === 'string' ? `${inputs}\0${data}` : data),
        parseData: (props) => context.parseData({ ...props, data: props.filePath ? (contentData(props.filePath) as typeof props.data) : props.data }),
      } as LoaderContext);
    },
  };
}
