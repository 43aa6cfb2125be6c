/**
 * The sitemap, by @astrojs/sitemap (dist/sitemap-index.xml and sitemap-0.xml): every page except
 * those marked noindex (wizard questions, letters, fictional examples, the 404 page). Whether a page
 * is noindex is decided by its content, so it is read from the built HTML (built-pages.ts, read
 * once for this step and Pagefind's), by a step that runs just before the sitemap's (Astro runs
 * the integrations' build-done steps in order).
 */
import { fileURLToPath } from 'node:url';
import sitemapIntegration from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { builtPages } from './built-pages.ts';

export function sitemap(): AstroIntegration[] {
  const noindex = new Set<string>();
  let site: URL | undefined;
  const findNoindexPages: AstroIntegration = {
    name: 'rusmiddelguiden:noindex-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, pages }) => {
        if (!site) throw new Error('the sitemap needs `site` in astro.config.mjs');
        const built = builtPages(fileURLToPath(dir));
        for (const { pathname } of pages) {
          const path = pathname === '' ? '' : pathname.replace(/\/?$/, '/');
          // A page without its own index.html (the 404 page) is left out, as a noindex page is.
          const page = built.get(`${path}index.html`);
          if (page === undefined || page.noindex) noindex.add(new URL(path, site).href);
        }
      },
    },
  };
  return [findNoindexPages, sitemapIntegration({ filter: (page) => !noindex.has(page), namespaces: { news: false, xhtml: false, image: false, video: false } })];
}
