/**
 * The built site served by Debian's nginx with docs/nginx.conf, the server block a host deploys, in
 * Debian's Chromium: every response carries the security headers, and every page, search (Pagefind's
 * WebAssembly in its worker), the complaint wizard and the intensity classifier work under the
 * Content-Security-Policy with no violation, no console error and no request to another origin.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../scripts/security-headers/headers.ts';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { builtPages, distDir, requireDist } from '../../scripts/browser/dist.ts';
import { serveWithNginx, type RunningNginx } from '../support/nginx.ts';

const serverBlock = readFileSync('docs/nginx.conf', 'utf8');
const pagePaths = builtPages().map((p) => p.path);
const immutable = 'public, max-age=31536000, immutable';

/** What went wrong while a site was used: anything here fails a test. */
interface Problems {
  /** securitypolicyviolation events in pages. */
  violations: string[];
  /** Console errors and warnings from pages and workers (Chromium reports blocked code there too). */
  console: string[];
  /** Uncaught exceptions. */
  errors: string[];
  /** Requests to another origin (blocked). */
  foreign: string[];
  /** Responses from the site without the security headers, or with other values. */
  missingHeaders: string[];
}

const noProblems = (): Problems => ({ violations: [], console: [], errors: [], foreign: [], missingHeaders: [] });

interface Site {
  server: RunningNginx;
  root: string;
}

/** Serves a copy of dist/ (so a build running meanwhile cannot change it) with this server block. */
async function serveCopy(block: string): Promise<Site> {
  requireDist();
  const root = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-site-'));
  cpSync(distDir, root, { recursive: true, dereference: true });
  try {
    return { server: await serveWithNginx(root, block), root };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

async function stop(site: Site | undefined) {
  await site?.server.close();
  if (site) rmSync(site.root, { recursive: true, force: true });
}

/** A browser context that records every problem into `problems`. */
async function watchedContext(browser: Browser, origin: string, problems: Problems): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      problems.foreign.push(route.request().url());
      return route.abort();
    },
  );
  await context.exposeBinding('reportCspViolation', (_source, text: string) => problems.violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        // @ts-expect-error exposed by exposeBinding above
        void window.reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} on ${location.pathname}`);
      },
      true,
    );
  });
  const watchConsole = (where: string) => (message: { type: () => string; text: () => string }) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.console.push(`${where}: ${message.type()}: ${message.text()}`);
  };
  context.on('page', (page) => {
    page.on('console', watchConsole('page'));
    page.on('pageerror', (error) => problems.errors.push(`${page.url()}: ${error.message}`));
    page.on('worker', (worker) => worker.on('console', watchConsole(`worker ${worker.url()}`)));
  });
  context.on('response', async (response) => {
    if (new URL(response.url()).origin !== origin) return;
    // A response still arriving when its page closes has no headers left to read.
    const headers = await response.allHeaders().catch(() => undefined);
    if (headers === undefined) return;
    for (const [name, value] of securityHeaders) {
      if (headers[name.toLowerCase()] !== value) problems.missingHeaders.push(`${response.url()} (${response.status()}): ${name} is ${JSON.stringify(headers[name.toLowerCase()])}`);
    }
  });
  return context;
}

function expectNoProblems(problems: Problems) {
  expect(problems).toEqual(noProblems());
}

describe('the site served by nginx with docs/nginx.conf', () => {
  let site: Site;
  let browser: Browser;
  beforeAll(async () => {
    site = await serveCopy(serverBlock);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stop(site);
  });

  const get = (path: string, init: RequestInit = {}) => fetch(site.server.url + path, { redirect: 'manual', ...init });

  describe('over HTTP', () => {
    it('sends the security headers with pages, files, redirects and errors', async () => {
      for (const path of ['/', '/soeg/', '/soeg', '/findes-ikke/', '/_astro/findes-ikke.js', '/pagefind/pagefind.js', '/feed.xml', '/favicon.svg']) {
        const response = await get(path);
        for (const [name, value] of securityHeaders) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
      }
    });

    it('redirects a folder without its slash to the folder, on the same host and port', async () => {
      const response = await get('/behandlingsformer');
      expect(response.status).toBe(301);
      expect(new URL(response.headers.get('location')!, site.server.url).href).toBe(`${site.server.url}/behandlingsformer/`);
    });

    it('answers an unknown path, and a folder without a page, with the Danish 404.html and status 404, never cached for a year', async () => {
      const notFound = readFileSync(join(distDir, '404.html'), 'utf8');
      expect(notFound).toContain('lang="da"');
      for (const path of ['/findes-ikke/', '/_astro/findes-ikke.js', '/_headers', '/pagefind/', '/_astro/', '/img/']) {
        const response = await get(path);
        expect(response.status, path).toBe(404);
        expect(await response.text(), path).toBe(notFound);
        expect(response.headers.get('cache-control'), path).toBeNull();
      }
    });

    it('caches the hashed files under /_astro/ for a year, and nothing else', async () => {
      const html = await (await get('/soeg/')).text();
      const assets = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]);
      expect(assets.some((a) => a.endsWith('.js')) && assets.some((a) => a.endsWith('.css'))).toBe(true);
      for (const asset of assets) expect((await get(asset)).headers.get('cache-control'), asset).toBe(immutable);
      for (const path of ['/soeg/', '/pagefind/pagefind.js', '/fonts/IBMPlexSans-Regular-Latin1.woff2']) expect((await get(path)).headers.get('cache-control'), path).toBeNull();
    });

    it('serves each kind of file with its content type', async () => {
      const pagefindFiles = readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8');
      const language = Object.values(JSON.parse(pagefindFiles).languages as Record<string, { hash: string; wasm: string }>)[0];
      const expected: Record<string, string> = {
        '/': 'text/html; charset=utf-8',
        '/_astro/': 'text/css; charset=utf-8',
        '/pagefind/pagefind.js': 'text/javascript; charset=utf-8',
        '/pagefind/pagefind-worker.js': 'text/javascript; charset=utf-8',
        '/pagefind/pagefind-entry.json': 'application/json; charset=utf-8',
        [`/pagefind/wasm.${language.wasm}.pagefind`]: 'application/octet-stream',
        [`/pagefind/pagefind.${language.hash}.pf_meta`]: 'application/octet-stream',
        '/fonts/IBMPlexSans-Regular-Latin1.woff2': 'font/woff2',
        '/favicon.svg': 'image/svg+xml; charset=utf-8',
        '/feed.xml': 'application/atom+xml; charset=utf-8',
        '/sitemap-index.xml': 'application/xml; charset=utf-8',
        '/sitemap-0.xml': 'application/xml; charset=utf-8',
      };
      const css = /href="(\/_astro\/[^"]+\.css)"/.exec(await (await get('/')).text())![1];
      for (const [path, type] of Object.entries(expected)) {
        const response = await get(path === '/_astro/' ? css : path);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-type'), path).toBe(type);
      }
    });

    it('compresses text but leaves Pagefind files alone, which are already compressed', async () => {
      const headers = { 'accept-encoding': 'gzip' };
      expect((await get('/', { headers })).headers.get('content-encoding')).toBe('gzip');
      expect((await get('/pagefind/pagefind.js', { headers })).headers.get('content-encoding')).toBe('gzip');
      const wasm = readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8').match(/"wasm":"([^"]+)"/)![1];
      expect((await get(`/pagefind/wasm.${wasm}.pagefind`, { headers })).headers.get('content-encoding')).toBeNull();
    });
  });

  describe('in Chromium', () => {
    let problems: Problems;
    let context: BrowserContext;
    let page: Page;
    const open = async (path: string) => {
      problems = noProblems();
      context = await watchedContext(browser, site.server.url, problems);
      page = await context.newPage();
      const response = await page.goto(site.server.url + path, { waitUntil: 'load' });
      return response!;
    };
    const close = async () => context?.close();

    it('loads every page with no CSP violation, console error or foreign request', async () => {
      problems = noProblems();
      context = await watchedContext(browser, site.server.url, problems);
      try {
        page = await context.newPage();
        for (const path of pagePaths) {
          const response = await page.goto(site.server.url + path, { waitUntil: 'load' });
          expect(response?.status(), path).toBe(200);
        }
        expectNoProblems(problems);
      } finally {
        await close();
      }
    });

    it('shows 404.html for an unknown path under the same policy', async () => {
      try {
        const response = await open('/findes-ikke/');
        expect(response.status()).toBe(404);
        expect(await page.textContent('h1')).not.toBe('');
        // Chromium logs the document's own 404 status; anything else is a problem.
        problems.console = problems.console.filter((m) => !m.includes('the server responded with a status of 404'));
        expectNoProblems(problems);
      } finally {
        await close();
      }
    });

    it('searches: Pagefind loads its WebAssembly in its worker and lists results', async () => {
      try {
        await open('/soeg/');
        await page.fill('#search-q', 'behandling');
        await page.press('#search-q', 'Enter');
        await page.waitForSelector('#search-results li a', { timeout: 20_000 });
        expect(await page.textContent('#search-status')).toMatch(/\d+ sider? fundet for "behandling"/);
        expect(page.workers().map((w) => new URL(w.url()).pathname)).toContain('/pagefind/pagefind-worker.js');
        expectNoProblems(problems);
      } finally {
        await close();
      }
    });

    it('runs the complaint wizard: answers become radio buttons, and "Fortsæt" goes on', async () => {
      try {
        await open('/klage/sporgsmaal/');
        expect(await page.locator('input[name="svar"]').count()).toBeGreaterThan(1);
        const first = page.locator('input[name="svar"]').first();
        const next = await first.getAttribute('value');
        // DKFDS draws its own radio button: the reader clicks the label.
        await page.click(`label[for="${await first.getAttribute('id')}"]`);
        expect(await first.isChecked()).toBe(true);
        await page.click('.answer-form button:text-is("Fortsæt")');
        await page.waitForURL(`**${next}`);
        expect(await page.locator('input[name="svar"]').count()).toBeGreaterThan(1);
        expectNoProblems(problems);
      } finally {
        await close();
      }
    });

    it('runs the intensity classifier, with its rule data in a JSON script block', async () => {
      try {
        await open('/behandlingsformer/');
        expect(await page.locator('script[type="application/json"]').count()).toBe(1);
        await page.fill('#w1d0', '1');
        await page.click('#intensity-form button');
        expect(await page.textContent('#intensity-result h3')).toBe('Ambulantbehandling');
        expectNoProblems(problems);
      } finally {
        await close();
      }
    });
  });
});

// The checks above only mean something if they notice a violation: the same server block without
// 'wasm-unsafe-eval' must make search report one.
describe('the violation checks themselves', () => {
  let site: Site | undefined;
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
    await stop(site);
  });

  it("notice Pagefind's WebAssembly being blocked without 'wasm-unsafe-eval'", async () => {
    expect(serverBlock).toContain(" 'wasm-unsafe-eval'");
    site = await serveCopy(serverBlock.replaceAll(" 'wasm-unsafe-eval'", ''));
    browser = await launchChromium();
    const problems = noProblems();
    const context = await watchedContext(browser, site.server.url, problems);
    const page = await context.newPage();
    await page.goto(`${site.server.url}/soeg/?q=behandling`);
    // Chromium reports a blocked WebAssembly compile on the console, here the worker's.
    await expect.poll(() => problems.console.filter((m) => m.startsWith('worker ') && m.includes('WebAssembly')).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await context.close();
  });
});
