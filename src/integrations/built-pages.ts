/**
 * What the steps after rendering need to know of each built page, read from the output folder
 * once per build: whether Pagefind should index it (its main is marked data-pagefind-body) and
 * whether it is noindex, which the sitemap leaves out. Pagefind's step and the sitemap's each read
 * all 3,489 pages of the 2,000-page corpus before (0.2 and 0.5 s); now the first reads them and
 * the second asks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesIn } from './output-files.ts';

export interface BuiltPage {
  /** Relative to the output folder, with "/": "standarder/index.html". */
  file: string;
  /** The layout marked its main for the search index. */
  indexed: boolean;
  noindex: boolean;
}

/** Whether a built page asks to be indexed: the layout marks its main with data-pagefind-body. */
const marksBody = /\sdata-pagefind-body[\s>=]/;
export const isNoindex = (html: string) => /<meta name="robots" content="[^"]*noindex/.test(html);

const scans = new Map<string, Map<string, BuiltPage>>();

/** Every HTML file in outDir but Pagefind's own, by file; read on the first call of a build. */
export function builtPages(outDir: string): Map<string, BuiltPage> {
  const known = scans.get(outDir);
  if (known) return known;
  const pages = new Map<string, BuiltPage>();
  for (const file of filesIn(outDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
    // latin1: both markers are ASCII, and decoding as UTF-8 would cost more than the test.
    const html = readFileSync(join(outDir, file), 'latin1');
    pages.set(file, { file, indexed: marksBody.test(html), noindex: isNoindex(html) });
  }
  scans.set(outDir, pages);
  return pages;
}

/** Forgets what was read, so the next build of the same folder in this process reads it again. */
export const forgetBuiltPages = () => scans.clear();
