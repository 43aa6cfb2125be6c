import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { buildComplete } from './src/integrations/build-complete.ts';
import { previousOutput } from './src/integrations/previous-output.ts';
import { dataStoreAtRuntime } from './src/integrations/data-store-at-runtime.ts';
import { siteUrl } from './src/domain/site/site.ts';
import { lawLinks, loadLawReferences } from './src/markdown/law-links.ts';
import { tableScroll } from './src/markdown/table-scroll.ts';
import { contentDirectory } from './src/schemas/index.ts';

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // Builds of other content (fixtures, the benchmark corpus) keep their own cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // A page whose getStaticPaths() gives a cacheKey (src/data/cache-keys.ts) is copied from the
  // previous build when its key, its code and the entries it renders are unchanged (docs/performance.md).
  experimental: { incrementalBuild: true },
  // Scripts and styles always ship as files, never inline, so the Content-Security-Policy can be
  // script-src 'self' and style-src 'self' without 'unsafe-inline' (see scripts/security-headers/headers.ts).
  // Four pages render at a time: while one page's file is written, the next renders (the 2,000-page
  // corpus renders in 11 s instead of 15 s on 2 cores; the pages are byte for byte the same).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  markdown: {
    processor: satteri({
      hastPlugins: [lawLinks(loadLawReferences(contentDirectory())), tableScroll()],
      features: {
        headingAttributes: true,
        // A short id prefix: long chapters carry dozens of footnotes, and every byte counts against the HTML budget.
        gfm: { footnotes: { label: 'Noter og kilder', backLabel: 'Tilbage til henvisning {reference}', clobberPrefix: 'n-' } },
      },
    }),
  },
  // previousOutput() before Pagefind: it removes the files the build no longer makes before Pagefind
  // reads the pages. buildComplete() last: its marker tells scripts/build/cli.ts the build ran to the end.
  integrations: [contentCheck(), mdx(), dataStoreAtRuntime(), previousOutput(), pagefindIndex(), sitemap(), buildComplete()],
  vite: {
    // 0: Astro would otherwise inline a small processed script (the search page's) as <script type="module">.
    // No warning per MDX file for the "use astro:head-inject" directive Astro itself puts there.
    build: { assetsInlineLimit: 0, rolldownOptions: { checks: { moduleLevelDirective: false } } },
    // DKFDS's package exports only its JavaScript; its SCSS partials are reached by path.
    resolve: { alias: [{ find: /^dkfds\/src\/stylesheets\//, replacement: fileURLToPath(new URL('./node_modules/dkfds/src/stylesheets/', import.meta.url)) }] },
    css: { preprocessorOptions: { scss: { loadPaths: ['node_modules'], quietDeps: true, silenceDeprecations: ['import'] } } },
  },
});
