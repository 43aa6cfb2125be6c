/**
 * Lighthouse's accessibility score, in its default mobile emulation, on one page of each type of the
 * real build (a content page, the first wizard question, the classifier, search). axe covers every
 * page; this adds Lighthouse's own audits (tap targets, contrast in the emulated phone viewport, ...).
 */
import { describe, expect, it } from 'vitest';
import { lighthouseAccessibility } from '../../scripts/bench/lighthouse.ts';
import { requireDist } from '../../scripts/browser/dist.ts';

describe('Lighthouse', () => {
  it('scores 100 for accessibility on each page type', async () => {
    requireDist();
    const results = await lighthouseAccessibility();
    expect(results.map((r) => r.type).sort()).toEqual(['classifier', 'content', 'search', 'wizard']);
    for (const page of results) {
      expect(page.failedAudits, page.path).toEqual([]);
      expect(page.score, page.path).toBe(1);
    }
  }, 300_000);
});
