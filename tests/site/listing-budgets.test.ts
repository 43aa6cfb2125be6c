/**
 * The listing pages stay small at national scale: the standards, consultations and practice-example
 * lists (and the example theme lists) of a benchmark corpus with all 98 municipalities are each cut
 * into pages of at most LISTING_PAGE_SIZE entries, every page within the 15 KB HTML budget, every
 * entry reachable from exactly one page, and the first page links to where each municipality starts.
 * Every other page of the corpus but the island pages is held to the same budget, so a chapter
 * with many practice examples links to its own list of them instead of growing.
 *
 * Why this corpus is enough: a listing page's size is bounded by the page size times its largest
 * entry, plus the jump list on the first page, which is longest when all 98 municipalities have
 * content. One version per standard (784 entry pages, built in well under two minutes) gives every
 * municipality content and every list several pages, as the national corpus (98 × 2 × 10 versions)
 * does; more versions add entries and pages to the lists, not bytes to a page. The real content's
 * listing pages are held to the same budget by tests/site/budgets.test.ts.
 */
import { globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runAstroBuild } from '../../scripts/bench/build-runner.ts';
import { writeCorpus, type GeneratedCorpus } from '../../scripts/bench/generate-corpus.ts';
import { isIslandPage, pathOfFile } from '../../scripts/browser/dist.ts';
import { LISTING_PAGE_SIZE } from '../../src/domain/site/listing.ts';

const KB = 1024;
const root = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-listings-'));
const outDir = join(root, 'dist');
const contentDir = join(root, 'content');
let corpus: GeneratedCorpus;
const pages = new Map<string, string>();

async function build(label: string): Promise<Map<string, string>> {
  const run = await runAstroBuild({ cwd: projectRoot, args: ['--outDir', outDir], env: { CONTENT_ROOT: contentDir, ASTRO_CACHE_DIR: join(root, 'cache') }, logFile: join(root, `${label}.log`), label });
  if (!run.ok) throw new Error(`The build of the listing corpus failed (exit ${run.exitCode}):\n${run.log.split('\n').slice(-30).join('\n')}`);
  const built = new Map<string, string>();
  for (const file of globSync('**/*.html', { cwd: outDir })) built.set(pathOfFile(file), readFileSync(join(outDir, file), 'utf8'));
  return built;
}

beforeAll(async () => {
  corpus = writeCorpus(contentDir, { pages: 800, versions: 1, seed: 16 });
  for (const [path, html] of await build('listing corpus')) pages.set(path, html);
}, 240_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The pages of the list at base, in order: base, base/side/2/, ... */
function listPages(base: string): { path: string; html: string }[] {
  const found: { path: string; html: string }[] = [];
  for (let n = 1; ; n++) {
    const path = n === 1 ? base : `${base}side/${n}/`;
    const html = pages.get(path);
    if (html === undefined) return found;
    found.push({ path, html });
  }
}
const entryLinks = (html: string) => parse(html).querySelectorAll('main .entry-list > li .entry-list__title a').map((a) => a.getAttribute('href')!);
const gzipped = (html: string) => gzipSync(html, { level: 9 }).length;
const generatedIds = (prefix: string) => [...corpus.files.keys()].filter((p) => p.startsWith(prefix));

const lists = [
  {
    base: '/standarder/',
    // Every generated standard (its page is the version in force), one entry each.
    expected: () => [...new Set(generatedIds('standards/').map((p) => `/standarder/${p.split('/').slice(1, 3).join('/')}/`))],
  },
  { base: '/hoeringer/', expected: () => generatedIds('consultations/').map((p) => `/hoeringer/${p.slice('consultations/'.length, -'.yaml'.length)}/`) },
  { base: '/inspirationskatalog/eksempler/', expected: () => generatedIds('examples/').map((p) => `/inspirationskatalog/eksempler/${p.slice('examples/'.length, -'.mdx'.length)}/`) },
];

describe('listing pages of a corpus with all 98 municipalities', () => {
  it.each(lists)('$base: several pages, each at most LISTING_PAGE_SIZE entries and 15 KB gzipped, every entry on exactly one', ({ base, expected }) => {
    const list = listPages(base);
    expect(list.length, base).toBeGreaterThan(1);
    const links = list.flatMap((p) => entryLinks(p.html));
    for (const page of list) {
      expect(entryLinks(page.html).length, page.path).toBeLessThanOrEqual(LISTING_PAGE_SIZE);
      expect(gzipped(page.html), page.path).toBeLessThanOrEqual(15 * KB);
    }
    expect(new Set(links).size, `${base}: an entry listed twice`).toBe(links.length);
    for (const href of expected()) expect(links, `${base} lists ${href}`).toContain(href);
  });

  it.each(lists)('$base: each page links to the next and the one before, and marks itself current', ({ base }) => {
    const list = listPages(base);
    list.forEach((page, i) => {
      const nav = parse(page.html).querySelector('nav.pagination');
      expect(nav, page.path).not.toBeNull();
      expect(nav!.querySelector('[aria-current="page"]')?.getAttribute('href'), page.path).toBe(page.path);
      expect(nav!.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(list[i + 1]?.path);
      expect(nav!.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(list[i - 1]?.path);
    });
  });

  it.each(['/standarder/', '/hoeringer/'])('%s: the first page links to where each municipality with content starts', (base) => {
    const jump = parse(pages.get(base)!).querySelectorAll('nav[aria-labelledby="find-kommune"] a');
    expect(jump).toHaveLength(corpus.plan.municipalitiesWithContent);
    for (const a of jump) {
      const [path, anchor] = a.getAttribute('href')!.split('#');
      expect(pages.has(path), a.getAttribute('href')).toBe(true);
      expect(parse(pages.get(path)!).getElementById(anchor)?.textContent.trim(), a.getAttribute('href')).toBe(a.textContent.trim());
    }
  });

  it('every page but the island pages within the 15 KB budget, the chapters with the most examples too', () => {
    const over = [...pages].filter(([path, html]) => !isIslandPage(path) && gzipped(html) > 15 * KB).map(([path, html]) => `${path}: ${gzipped(html)} B`);
    expect(over).toEqual([]);
  });

  it("each chapter with examples its text does not show links to the chapter's own list, which holds every example filed under it once", () => {
    const filedUnder = new Map<string, string[]>();
    // The generated examples and the real ones the corpus copies.
    for (const file of globSync('examples/*.mdx', { cwd: contentDir })) {
      const chapter = /^chapter: (\S+)$/m.exec(readFileSync(join(contentDir, file), 'utf8'))?.[1];
      if (chapter) filedUnder.set(chapter, [...(filedUnder.get(chapter) ?? []), `/inspirationskatalog/eksempler/${file.slice('examples/'.length, -'.mdx'.length)}/`]);
    }
    expect(filedUnder.size).toBeGreaterThan(0);
    for (const [chapter, expected] of filedUnder) {
      const base = `/inspirationskatalog/${chapter}/eksempler/`;
      const link = parse(pages.get(`/inspirationskatalog/${chapter}/`)!).querySelector(`main a[href="${base}"]`);
      expect(link?.textContent, chapter).toBe(`Se alle ${expected.length} praksiseksempler til kapitlet`);
      const list = listPages(base);
      const links = list.flatMap((p) => entryLinks(p.html));
      expect(links.toSorted(), base).toEqual(expected.toSorted());
      for (const page of list) expect(gzipped(page.html), page.path).toBeLessThanOrEqual(15 * KB);
    }
  });

  // Runs last: it changes the corpus and builds it again with the same cache (incremental build).
  it('a second build after a standard\'s title changed lists the new title, as a cold build would', async () => {
    const path = generatedIds('standards/').sort()[0];
    const file = join(contentDir, path);
    const text = readFileSync(file, 'utf8');
    const title = /^title: (.*)$/m.exec(text)![1];
    writeFileSync(file, text.replace(/^title: .*$/m, 'title: Ny titel til prøve af genopbygningen'));
    const rebuilt = await build('listing rebuild');
    const listed = (html: string) => parse(html).querySelectorAll('main .entry-list__title a').map((a) => a.textContent.trim());
    const all = (built: Map<string, string>) => listPages('/standarder/').map((p) => p.path).flatMap((p) => listed(built.get(p)!));
    const count = (titles: string[], t: string) => titles.filter((x) => x === t).length;
    const oldTitle = title.replace(/^["']|["']$/g, '');
    expect(count(all(rebuilt), 'Ny titel til prøve af genopbygningen')).toBe(1);
    expect(count(all(rebuilt), oldTitle)).toBe(count(all(pages), oldTitle) - 1);
    expect(all(rebuilt)).toHaveLength(all(pages).length);
  }, 240_000);

  it('every theme list of the examples within the budget, each example under each of its themes', () => {
    const themePages = [...pages.keys()].filter((p) => p.startsWith('/inspirationskatalog/eksempler/tema/'));
    expect(themePages.length).toBeGreaterThan(5);
    for (const path of themePages) {
      expect(gzipped(pages.get(path)!), path).toBeLessThanOrEqual(15 * KB);
      expect(entryLinks(pages.get(path)!).length, path).toBeLessThanOrEqual(LISTING_PAGE_SIZE);
    }
    const firstPage = parse(pages.get('/inspirationskatalog/eksempler/')!);
    for (const a of firstPage.querySelectorAll('nav[aria-labelledby="temaer"] a')) expect(pages.has(a.getAttribute('href')!), a.getAttribute('href')).toBe(true);
  });
});
