/**
 * Figures over a built site folder: pages, gzipped HTML per page, the Pagefind index, and the CSS
 * and JavaScript each kind of page loads. Sizes are gzip level 9, as the byte budgets count them.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageAssets } from './assets.ts';
import { median } from './figures.ts';
import { isIslandPage, pathOfFile } from '../browser/dist.ts';

export const gzipped = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export const pageTypes = ['content', 'wizard', 'classifier', 'search'] as const;
export type PageType = (typeof pageTypes)[number];

export const pageTypeLabels: Record<PageType, string> = {
  content: 'content page (a standard)',
  wizard: 'wizard page (complaint guide)',
  classifier: 'classifier page (intensity)',
  search: 'search page',
};

/** One page of each type in a built site, by site path; the first that exists of each type's candidates. */
export function pagesOfEachType(distDir: string): Record<PageType, string | undefined> {
  const first = (patterns: string[]) => {
    for (const pattern of patterns) {
      const [found] = globSync(pattern, { cwd: distDir }).sort();
      if (found) return pathOfFile(found);
    }
    return undefined;
  };
  return {
    content: first(['standarder/koebenhavn/*/index.html', 'standarder/*/*/index.html', 'lovgrundlag/*/index.html']),
    wizard: first(['klage/sporgsmaal/index.html', 'klage/index.html']),
    classifier: first(['behandlingsformer/index.html']),
    search: first(['soeg/index.html']),
  };
}

export interface PageTypeFigures {
  type: PageType;
  path: string;
  htmlGz: number;
  cssGz: number;
  /** JavaScript loaded up front: module scripts, their static imports, inline scripts. */
  jsGz: number;
  /** JavaScript loaded only on demand (Pagefind's script when the reader searches). */
  jsOnDemandGz: number;
}

export interface DistFigures {
  pages: number;
  htmlGzMedian: number;
  /** The largest gzipped HTML among pages that must ship no JavaScript (the 15 KB budget applies to them). */
  largestContentHtml: { path: string; bytes: number };
  pagefindBytes: number;
  pagefindFiles: number;
  cssAllGz: number;
  pageTypes: PageTypeFigures[];
}

export function folderSize(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  const files = globSync('**/*', { cwd: dir, withFileTypes: true }).filter((e) => e.isFile());
  return { bytes: files.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0), files: files.length };
}

function reader(distDir: string) {
  return (sitePath: string) => {
    const file = join(distDir, decodeURIComponent(sitePath));
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  };
}

export function pageTypeFigures(distDir: string, type: PageType, path: string): PageTypeFigures {
  const read = reader(distDir);
  const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
  const assets = pageAssets(html, path, read);
  const sum = (paths: string[]) => paths.reduce((total, p) => total + gzipped(read(p)!), 0);
  return {
    type,
    path,
    htmlGz: gzipped(html),
    cssGz: sum(assets.stylesheets) + assets.inlineStyles.reduce((t, s) => t + gzipped(s), 0),
    jsGz: sum(assets.scripts) + assets.inlineScripts.reduce((t, s) => t + gzipped(s), 0),
    jsOnDemandGz: sum(assets.onDemandScripts),
  };
}

export function measureDist(distDir: string): DistFigures {
  const htmlFiles = globSync('**/*.html', { cwd: distDir }).sort();
  const sizes = htmlFiles.map((file) => ({ path: pathOfFile(file), bytes: gzipped(readFileSync(join(distDir, file))) }));
  const content = sizes.filter((s) => !isIslandPage(s.path) && s.path !== '/404.html');
  const largestContentHtml = content.reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '-', bytes: 0 });
  const pagefind = folderSize(join(distDir, 'pagefind'));
  const cssAllGz = globSync('**/*.css', { cwd: distDir }).reduce((sum, f) => sum + gzipped(readFileSync(join(distDir, f))), 0);
  const types = pagesOfEachType(distDir);
  return {
    pages: htmlFiles.length,
    htmlGzMedian: sizes.length ? median(sizes.map((s) => s.bytes)) : 0,
    largestContentHtml,
    pagefindBytes: pagefind.bytes,
    pagefindFiles: pagefind.files,
    cssAllGz,
    pageTypes: pageTypes.flatMap((type) => (types[type] ? [pageTypeFigures(distDir, type, types[type]!)] : [])),
  };
}
