/**
 * Lighthouse (`npm run bench -- --lighthouse`, or `node scripts/bench/lighthouse.ts [dist]`): scores
 * one page of each type of a built site (a content page, the wizard, the classifier, search) in
 * Lighthouse's default mobile emulation, driving Debian's Chromium, never a downloaded browser.
 * The site is served by scripts/browser/static-server.ts, so no request leaves the machine.
 *
 * For a test: `await lighthouseAccessibility('dist')` gives each page's accessibility score (0-1)
 * and the audits that failed, for example
 *   for (const page of await lighthouseAccessibility()) expect(page.failedAudits, page.path).toEqual([]);
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDirectory } from '../browser/static-server.ts';
import { pagesOfEachType, pageTypes, type PageType } from './measure-dist.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof lighthouseCategories)[number];

export interface LighthousePageResult {
  type: PageType;
  path: string;
  /** Score per category from 0 to 1; null when Lighthouse could not score it. */
  scores: Partial<Record<LighthouseCategory, number | null>>;
  /** Per category: "audit-id: title" of each audit in it that scored below 1. */
  failedAudits: Partial<Record<LighthouseCategory, string[]>>;
}

/** Runs Lighthouse over one page of each type in distDir; the pages are those `npm run bench` reports on. */
export async function lighthouseDist(distDir = join(process.cwd(), 'dist'), categories: readonly LighthouseCategory[] = lighthouseCategories): Promise<LighthousePageResult[]> {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`${distDir} has no built site (index.html): run "npm run build" first.`);
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is not at ${chromiumPath}: run "node scripts/setup/ensure-chromium.ts" (npm test does this), or set CHROMIUM_PATH.`);
  const paths = pagesOfEachType(distDir);
  const server = await serveDirectory(resolve(distDir));
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags, logLevel: 'silent' });
  try {
    const results: LighthousePageResult[] = [];
    for (const type of pageTypes) {
      const path = paths[type];
      if (!path) continue;
      // Lighthouse's default config is mobile: a phone-sized screen, simulated slow 4G and a slower CPU.
      const runnerResult = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!runnerResult) throw new Error(`Lighthouse returned no result for ${path}`);
      const { lhr } = runnerResult;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores: LighthousePageResult['scores'] = {};
      const failedAudits: LighthousePageResult['failedAudits'] = {};
      for (const category of categories) {
        const result = lhr.categories[category];
        scores[category] = result?.score ?? null;
        failedAudits[category] = (result?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => `${audit.id}: ${audit.title}`);
      }
      results.push({ type, path, scores, failedAudits });
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}

/** Each page type's Lighthouse accessibility score (0-1) and failed accessibility audits, for a test that expects 100. */
export async function lighthouseAccessibility(distDir?: string): Promise<{ type: PageType; path: string; score: number | null; failedAudits: string[] }[]> {
  const results = await lighthouseDist(distDir, ['accessibility']);
  return results.map((r) => ({ type: r.type, path: r.path, score: r.scores.accessibility ?? null, failedAudits: r.failedAudits.accessibility ?? [] }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const distDir = resolve(process.argv[2] ?? 'dist');
  for (const r of await lighthouseDist(distDir)) {
    const line = lighthouseCategories.map((c) => `${c} ${r.scores[c] === null || r.scores[c] === undefined ? 'n/a' : Math.round(r.scores[c]! * 100)}`).join(', ');
    console.log(`${r.type} ${r.path}: ${line}`);
    for (const [category, audits] of Object.entries(r.failedAudits)) for (const audit of audits) console.log(`  ${category}: ${audit}`);
  }
}
