/**
 * Comparing any two versions of a standard, in Debian's Chromium, on a site built from the real
 * content with three older versions of the example standard added (tests/fixtures/standard-diff/
 * site/), five in all, 2026 in force: 2019 against 2023 has no page of its own. With JavaScript the form shows the comparison computed in the
 * browser, or opens a pair's own page; without it the form leads to a page that exists and lists
 * the steps in between. axe-core checks the pages as a reader gets them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { serveDirectory, type RunningServer } from '../../scripts/browser/static-server.ts';

const versionsDir = join(process.cwd(), 'tests/fixtures/standard-diff/site');
const root = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-versions-'));
const contentDir = join(root, 'content');
cpSync('content', contentDir, { recursive: true });
for (const f of readdirSync(versionsDir).filter((name) => name.endsWith('.mdx'))) cpSync(join(versionsDir, f), join(contentDir, 'standards/eksempel/social-behandling-stoffer', f));
const dist = join(root, 'dist');
const base = '/standarder/eksempel/social-behandling-stoffer/aendringer/';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: RunningServer;
beforeAll(() => {
  const result = spawnSync(join(process.cwd(), 'node_modules/.bin/astro'), ['build', '--outDir', dist], {
    env: { ...process.env, CONTENT_ROOT: contentDir, ASTRO_CACHE_DIR: join(root, 'cache'), BUILD_DATE: '2026-06-15' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`The fixture site did not build:\n${`${result.stdout}${result.stderr}`.slice(-3000)}`);
}, 240_000);
beforeAll(async () => {
  server = await serveDirectory(dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

async function choose(page: Page, from: string, to: string) {
  await page.selectOption('#fra', from);
  await page.selectOption('#til', to);
  await page.click('#version-compare-form button[type="submit"]');
}

describe('the pages built for four versions', () => {
  it('are the chain and the version in force against the older ones: 2n - 3 = 7 of the 10 pairs', () => {
    const pairs = ['2019/2021', '2021/2023', '2023/2025', '2019/2026', '2021/2026', '2023/2026'];
    for (const p of pairs) expect(existsSync(join(dist, `${base}${p}/index.html`)), p).toBe(true);
    expect(existsSync(join(dist, `${base}index.html`))).toBe(true);
    for (const p of ['2019/2023', '2019/2025', '2021/2025']) expect(existsSync(join(dist, `${base}${p}/index.html`)), p).toBe(false);
    expect(existsSync(join(dist, `${base}versioner.json`))).toBe(true);
  });
});

describe('with JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
    await context.addInitScript({ content: axeSource });
  });

  it('compares two versions without a page of their own in the browser', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}${base}`);
    await choose(page, '2019', '2023');
    await page.waitForSelector('#compare-result #version-diff');
    expect(new URL(page.url()).pathname).toBe(`${base}sammenlign/`);
    expect(new URL(page.url()).searchParams.get('fra')).toBe('2019');
    expect(await page.textContent('h1')).toBe('Ændringer fra version 2019 til 2023');
    const text = (await page.textContent('#version-diff'))!;
    expect(text).toContain('Fra version 2019 til version 2023: 1 afsnit er ændret og 1 er uændret.');
    expect(await page.locator('#version-diff del').allTextContents()).toEqual(['Fjernet: hash']);
    expect(await page.locator('#version-diff ins').allTextContents()).toEqual(['Tilføjet: stoffer']);
    // 2021's word came and went between the two: a comparison of 2019 with 2023 does not show it.
    expect(text).not.toContain('kokain');
    expect(text).not.toMatch(/\]\(|\*\*|\{#/);
    expect(await page.getAttribute('#version-diff a[href^="/lovgrundlag/"]', 'href')).toBe('/lovgrundlag/sel-101/');
    expect(await page.isVisible('#compare-legend')).toBe(true);
    // @ts-expect-error axe is injected above
    const violations = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id));
    expect(violations).toEqual([]);
    await page.close();
  });

  it.each([[base], [`${base}2019/2021/`], [`${base}sammenlign/`]])('%s has no WCAG 2.1 A/AA violations', async (path) => {
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    // @ts-expect-error axe is injected above
    const violations = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`));
    expect(violations).toEqual([]);
    await page.close();
  });

  it('puts versions chosen the wrong way round in order', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}${base}`);
    await choose(page, '2023', '2019');
    await page.waitForSelector('#compare-result #version-diff');
    expect(await page.textContent('h1')).toBe('Ændringer fra version 2019 til 2023');
    expect(await page.inputValue('#fra')).toBe('2019');
    await page.close();
  });

  it('opens the own page of a pair that has one', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}${base}sammenlign/`);
    await Promise.all([page.waitForURL(`${server.url}${base}2019/2026/`), choose(page, '2019', '2026')]);
    expect(await page.textContent('h1')).toBe('Ændringer fra version 2019 til 2026');
    await page.close();
  });

  it('refuses the same version twice with a message at the field', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}${base}`);
    await choose(page, '2021', '2021');
    expect(await page.textContent('#til-fejl')).toContain('de to versioner er de samme');
    expect(await page.getAttribute('#til', 'aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe(base);
    await page.close();
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false });
  });

  it('leads to a page that exists, says why, and lists the steps between the versions', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}${base}2019/2021/`);
    const response = await Promise.all([page.waitForNavigation(), choose(page, '2019', '2023')]).then(([r]) => r);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`${base}sammenlign/`);
    expect(await page.textContent('#compare-explanation')).toContain('Sammenligningen kræver JavaScript');
    const steps = await page.locator('section[aria-labelledby="trin-for-trin"] li').allTextContents();
    expect(steps.slice(-2)).toEqual(['Fra version 2021 til version 2023: 1 afsnit er ændret og 1 er uændret.', 'Fra version 2019 til version 2021: 1 afsnit er ændret og 1 er uændret.']);
    expect(steps).toHaveLength(4);
    await page.click('text=Fra version 2021 til version 2023');
    expect(await page.textContent('h1')).toBe('Ændringer fra version 2021 til 2023');
    expect(await page.locator('del').allTextContents()).toContain('Fjernet: hash eller kokain');
    await page.close();
  });
});
