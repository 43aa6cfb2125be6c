/**
 * Indexes the built site with Pagefind (Danish stemming) after `astro build`, and fails the build
 * loudly when indexing fails or finds nothing, so a site never ships with a broken search.
 *
 * Pagefind reads the output folder itself (`addDirectory`, several times faster than passing pages
 * one by one), given a glob of exactly the pages to index: those whose main has
 * `data-pagefind-body`. The layout leaves it off noindex pages (wizard questions, the 404 page, fictional examples) and the search page, and
 * writes the parts of key compounds inside it (src/domain/search/compounds.ts).
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { globOfPaths } from '../domain/search/path-glob.ts';
import { builtPages, forgetBuiltPages } from './built-pages.ts';

/**
 * The HTML files of the output folder that Pagefind indexes, relative to it. Pagefind ignores
 * every page without data-pagefind-body once one page has it, but reads and parses each to find
 * out; given only the marked pages (about half), it indexes the same pages in a quarter less time.
 * (tests/site/search-index.test.ts checks that every page marked for the index is in it.)
 */
export const pagesToIndex = (outDir: string): string[] => [...builtPages(outDir).values()].filter((page) => page.indexed).map((page) => page.file);

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'rusmiddelguiden:pagefind',
    hooks: {
      'astro:build:start': () => forgetBuiltPages(),
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
        if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const pages = pagesToIndex(outDir);
        if (pages.length === 0) throw new Error('Pagefind indexed no pages: the search would be empty.');
        const added = await index.addDirectory({ path: outDir, glob: globOfPaths(pages) });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // page_count above counts every HTML file read; the entry file counts the pages indexed.
        const entry = JSON.parse(await readFile(`${outDir}pagefind/pagefind-entry.json`, 'utf8'));
        const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((sum, l) => sum + l.page_count, 0);
        if (indexed === 0) throw new Error('Pagefind indexed no pages: the search would be empty.');
        // The site uses Pagefind's JavaScript API with its own small interface: its bundled UIs are not shipped.
        for (const file of await readdir(`${outDir}pagefind`)) {
          if (/-ui\.(?:js|css)$|^pagefind-highlight\.js$/.test(file)) await rm(`${outDir}pagefind/${file}`);
        }
        logger.info(`Indexed ${indexed} of ${added.page_count} pages for search in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
