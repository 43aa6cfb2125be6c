/**
 * What a reader transfers to search (`npm run bench` after each build, or
 * `node scripts/bench/search-transfer.ts [dist]`): the built site is served by
 * scripts/browser/static-server.ts and searched on /soeg/ in Debian's Chromium, as a reader does:
 * the first query arrives as /soeg/?q=... (the header's search field submits there), the further
 * ones are typed into the page's form. Every response is recorded in order; sizes are what nginx
 * sends as docs/nginx.conf configures it: text types (Pagefind's script and worker, its JSON)
 * gzipped at level 9, and Pagefind's WebAssembly, index chunks, fragments, filters and metadata
 * (.pagefind and .pf_* files, compressed by Pagefind already) as they are. The static server
 * compresses nothing, so the sizes are computed here from the bodies.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { chromiumPath, launchChromium } from '../browser/launch.ts';
import { serveDirectory } from '../browser/static-server.ts';

/** Typical Danish searches on the site. */
export const defaultQueries = ['ventetid', 'klage', 'frit valg', 'døgnbehandling', 'pårørende'] as const;
/** The budget for everything the first search transfers from /pagefind/. */
export const FIRST_SEARCH_BUDGET = 150 * 1024;

export type PagefindPart = 'script' | 'webassembly' | 'metadata' | 'index' | 'fragment' | 'filter' | 'other';

/** What a response under /pagefind/ is: Pagefind's script (and its worker and entry file), WebAssembly, metadata, an index chunk, a fragment, a filter. */
export function pagefindPart(path: string): PagefindPart {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\.js$/.test(name) || name === 'pagefind-entry.json') return 'script';
  if (/^wasm\..*\.pagefind$/.test(name)) return 'webassembly';
  if (name.endsWith('.pf_meta')) return 'metadata';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  if (name.endsWith('.pf_filter')) return 'filter';
  return 'other';
}

/** Content types nginx gzips (docs/nginx.conf, gzip_types, and text/html which it always compresses). */
export function isCompressedInTransit(contentType: string): boolean {
  const type = contentType.split(';')[0].trim().toLowerCase();
  return type.startsWith('text/') || ['application/json', 'application/xml', 'application/atom+xml', 'image/svg+xml', 'application/javascript'].includes(type);
}

/** The bytes a response body takes on the wire: gzipped at level 9 when nginx compresses its type, else as it is. */
export function transferredBytes(contentType: string, body: Buffer): number {
  return isCompressedInTransit(contentType) ? gzipSync(body, { level: 9 }).length : body.length;
}

export interface Transfer {
  /** The path asked for, such as "/pagefind/index/da_1a2b.pf_index". */
  path: string;
  bytes: number;
}

export interface SearchRecord {
  query: string;
  /** Every response during the search, in the order they finished. */
  transfers: Transfer[];
  /** What the page said when the search was done, such as "12 sider fundet for "klage"." */
  status: string;
}

const isPagefind = (t: Transfer) => t.path.startsWith('/pagefind/');
const sum = (transfers: readonly Transfer[]) => transfers.reduce((total, t) => total + t.bytes, 0);

export interface SearchSummaryRow {
  query: string;
  /** Requests to /pagefind/ in this search. */
  requests: number;
  /** Bytes from /pagefind/ this search added. */
  bytes: number;
  /** Bytes from /pagefind/ so far, this search included. */
  cumulative: number;
  byPart: Partial<Record<PagefindPart, number>>;
  status: string;
}

export interface SearchSummary {
  rows: SearchSummaryRow[];
  /** Everything the first search transferred from /pagefind/ (script, WebAssembly, index, fragments). */
  firstSearch: number;
  /** The bytes each further search added, in order. */
  furtherSearches: number[];
  /** The search page itself (HTML, CSS, its own JavaScript) the first search loaded, apart from Pagefind. */
  searchPage: number;
  withinBudget: boolean;
}

/** Sums the recorded searches: the first search's total, then each further one's additional bytes, from /pagefind/ only. */
export function summariseSearches(searches: readonly SearchRecord[], budget = FIRST_SEARCH_BUDGET): SearchSummary {
  let cumulative = 0;
  const rows = searches.map((search) => {
    const pagefind = search.transfers.filter(isPagefind);
    const bytes = sum(pagefind);
    cumulative += bytes;
    const byPart: Partial<Record<PagefindPart, number>> = {};
    for (const t of pagefind) byPart[pagefindPart(t.path)] = (byPart[pagefindPart(t.path)] ?? 0) + t.bytes;
    return { query: search.query, requests: pagefind.length, bytes, cumulative, byPart, status: search.status };
  });
  const firstSearch = rows[0]?.bytes ?? 0;
  return {
    rows,
    firstSearch,
    furtherSearches: rows.slice(1).map((r) => r.bytes),
    searchPage: sum((searches[0]?.transfers ?? []).filter((t) => !isPagefind(t))),
    withinBudget: firstSearch <= budget,
  };
}

/** Waits until no request has been in flight for `quietMs`. */
async function networkQuiet(inFlight: () => number, quietMs = 400, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  let quietSince = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Search transfer: requests were still running after ${timeoutMs / 1000} s`);
}

/** Searches the built site in distDir for each query in turn, in one fresh browser, and records what each search transfers. */
export async function recordSearches(distDir: string, queries: readonly string[] = defaultQueries): Promise<SearchRecord[]> {
  if (!existsSync(resolve(distDir, 'soeg/index.html'))) throw new Error(`${distDir} has no search page (soeg/index.html)`);
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is not at ${chromiumPath}: run "node scripts/setup/ensure-chromium.ts", or set CHROMIUM_PATH.`);
  const server = await serveDirectory(resolve(distDir));
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    let current: Promise<Transfer>[] = [];
    const pending = new Set<Request>();
    const failed: string[] = [];
    // On the context, so the requests of Pagefind's web worker are counted too.
    context.on('request', (request) => pending.add(request));
    context.on('requestfailed', (request) => {
      pending.delete(request);
      failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
    });
    context.on('requestfinished', (request) => {
      current.push(
        (async () => {
          try {
            const response = await request.response();
            const body = response ? await response.body() : Buffer.alloc(0);
            return { path: new URL(request.url()).pathname, bytes: transferredBytes(response?.headers()['content-type'] ?? '', body) };
          } finally {
            pending.delete(request);
          }
        })(),
      );
    });
    const records: SearchRecord[] = [];
    const status = page.locator('#search-status');
    for (const [index, query] of queries.entries()) {
      current = [];
      if (index === 0) await page.goto(`${server.url}/soeg/?q=${encodeURIComponent(query)}`);
      else {
        await page.fill('#search-q', query);
        await page.locator('#search-form button[type="submit"]').click();
      }
      // The island writes 'N sider fundet for "<query>".' (or 'Ingen sider fundet ...') once the results and their fragments are in.
      await page.waitForFunction((q) => document.querySelector('#search-status')?.textContent?.includes(`"${q}"`) ?? false, query, { timeout: 60_000 });
      await networkQuiet(() => pending.size);
      const transfers = await Promise.all(current);
      records.push({ query, transfers, status: (await status.textContent()) ?? '' });
    }
    if (failed.length > 0) throw new Error(`Search transfer: requests failed: ${failed.join('; ')}`);
    await context.close();
    return records;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Records the searches and sums them. */
export async function measureSearchTransfer(distDir: string, queries: readonly string[] = defaultQueries): Promise<{ searches: SearchRecord[]; summary: SearchSummary }> {
  const searches = await recordSearches(distDir, queries);
  return { searches, summary: summariseSearches(searches) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { formatBytes } = await import('./figures.ts');
  const { summary } = await measureSearchTransfer(process.argv[2] ?? 'dist');
  for (const row of summary.rows) console.log(`${row.query}: ${formatBytes(row.bytes)} in ${row.requests} requests (${JSON.stringify(row.byPart)}); ${row.status}`);
  console.log(`first search ${formatBytes(summary.firstSearch)} (budget 150 KB), further ${summary.furtherSearches.map(formatBytes).join(', ')}; search page itself ${formatBytes(summary.searchPage)}`);
}
