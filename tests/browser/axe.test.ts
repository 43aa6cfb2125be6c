/**
 * axe-core (WCAG 2.1 A and AA) on every built page in Debian's Chromium, with every request to
 * another origin blocked and reported: a page must need nothing but the site itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { builtPages } from '../../scripts/browser/dist.ts';
import { serveDirectory, type RunningServer } from '../../scripts/browser/static-server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = builtPages().filter((p) => p.file.endsWith('.html'));
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser: Browser;
let context: BrowserContext;
let server: RunningServer;
/** Requests to other origins, by the page address that made them. */
const foreignByPage = new Map<string, string[]>();

beforeAll(async () => {
  server = await serveDirectory('dist');
  browser = await launchChromium();
  context = await browser.newContext();
  await context.addInitScript({ content: axeSource });
  await context.route(
    (url) => !url.href.startsWith(server.url),
    (route) => {
      const from = route.request().frame().url();
      foreignByPage.set(from, [...(foreignByPage.get(from) ?? []), route.request().url()]);
      return route.abort();
    },
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Pages are independent, so several are checked at once (vitest's maxConcurrency, default 5).
describe.concurrent('axe-core on every page', () => {
  it.each(pages.map((p) => [p.path] as const))('%s has no WCAG 2.1 A/AA violations and no foreign requests', async (path) => {
    const page = await context.newPage();
    try {
      await page.goto(server.url + path, { waitUntil: 'load' });
      const violations = await page.evaluate(async (tags) => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map((v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      }, wcagTags);
      expect(violations).toEqual([]);
      expect(foreignByPage.get(server.url + path) ?? []).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
