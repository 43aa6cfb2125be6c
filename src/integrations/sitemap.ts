/**
 * Writes dist/sitemap.xml after the build: every page except those marked noindex (wizard
 * questions, the 404 page). Absolute addresses use the site's configured URL.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeXml } from '../domain/site/atom.ts';
import { isNoindex } from './pagefind.ts';

export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'rusmiddelguiden:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) throw new Error('sitemap.xml needs `site` in astro.config.mjs');
        const outDir = fileURLToPath(dir);
        const urls: string[] = [];
        for (const { pathname } of pages) {
          const path = pathname === '' ? '' : pathname.replace(/\/?$/, '/');
          const html = await readFile(`${outDir}${path}index.html`, 'utf8').catch(() => undefined);
          if (html === undefined || isNoindex(html)) continue;
          urls.push(new URL(path, site).href);
        }
        urls.sort();
        const xml = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`), '</urlset>', ''].join('\n');
        await writeFile(`${outDir}sitemap.xml`, xml);
        logger.info(`Wrote sitemap.xml with ${urls.length} pages.`);
      },
    },
  };
}
