/**
 * The complaint wizard's static pages: every page is reachable from /klage/ by links alone, every
 * path of the flow has its page ending in the right outcome, question pages are not indexed and
 * outcome pages are.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseComplaintRules } from '../../src/content-check/complaint-rules.ts';
import { walkAllPaths } from '../../src/domain/complaints/flow.ts';
import { urls } from '../../src/domain/site/urls.ts';
import { builtPages } from '../../scripts/browser/dist.ts';

const rules = parseComplaintRules(readFileSync('content/rules/complaint-routes.yaml', 'utf8'));
const pages = new Map(builtPages().map((p) => [p.path, p]));
const wizardPages = [...pages.keys()].filter((path) => path.startsWith('/klage/'));
const noindex = (path: string) => /<meta name="robots" content="[^"]*noindex/.test(pages.get(path)!.html);

describe('complaint wizard pages', () => {
  it('are all reachable from /klage/ by following links', () => {
    const seen = new Set<string>(['/klage/']);
    const queue = ['/klage/'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      for (const a of parse(pages.get(path)!.html).querySelectorAll('main a[href]')) {
        const target = new URL(a.getAttribute('href')!, `http://x${path}`).pathname;
        if (target.startsWith('/klage/') && pages.has(target) && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    expect([...seen].sort()).toEqual(wizardPages.sort());
  });

  it.each(walkAllPaths(rules).map((p) => [p.steps.map((s) => s.option).join('/'), p] as const))('path %s ends on its outcome page', (_, path) => {
    const page = pages.get(urls.complaintStep(path.steps.map((s) => s.option)));
    expect(page, 'the path has a page').toBeDefined();
    const outcome = rules.outcomes.find((o) => o.id === path.outcome)!;
    expect(parse(page!.html).querySelector('h1')?.text).toBe(outcome.title);
    expect(parse(page!.html).querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${urls.complaintOutcome(outcome.id)}$`));
    expect(noindex(page!.path)).toBe(true);
  });

  it('index the outcome pages and the overview, not the question pages', () => {
    for (const outcome of rules.outcomes) expect(noindex(urls.complaintOutcome(outcome.id))).toBe(false);
    expect(noindex('/klage/')).toBe(false);
    const questionPages = wizardPages.filter((p) => p.startsWith('/klage/sporgsmaal/'));
    expect(questionPages.length).toBeGreaterThan(0);
    for (const path of questionPages) expect(noindex(path)).toBe(true);
  });
});
