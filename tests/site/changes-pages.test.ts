/**
 * The changes pages in dist/ (/standarder/<kommune>/<standard>/aendringer/...): the text a reader
 * sees carries no Markdown syntax, additions and deletions are marked by more than colour (a
 * word for screen readers in each mark, and a legend), the counts are good Danish, and there are
 * pages for no more than 2n - 3 of a standard's pairs of versions.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../../scripts/browser/dist.ts';

const pages = builtPages();
const changesPages = pages.filter((p) => /^\/standarder\/[^/]+\/[^/]+\/aendringer\/(?:[^/]+\/[^/]+\/)?$/.test(p.path));
const standardPages = pages.filter((p) => /^\/standarder\/[^/]+\/[^/]+\/$/.test(p.path) && p.path !== '/standarder/');

/** The text of the comparison a reader sees: without the words only screen readers hear. */
function visibleDiffText(html: string): string {
  const diff = parse(html).querySelector('#version-diff');
  if (!diff) return '';
  for (const hidden of diff.querySelectorAll('.sr-only')) hidden.remove();
  return diff.textContent;
}

describe('changes pages', () => {
  it('exist for the example standard, which has two versions', () => {
    expect(changesPages.map((p) => p.path)).toContain('/standarder/eksempel/social-behandling-stoffer/aendringer/');
  });

  it.each(changesPages.map((p) => [p.path, p] as const))('%s shows no Markdown syntax', (_, page) => {
    const text = visibleDiffText(page.html);
    expect(text.length).toBeGreaterThan(100);
    // Links as [words](address), bold and italics marks, heading ids, headings, table pipes, list dashes at a line start.
    expect(text).not.toMatch(/\]\(|\*\*|__|\{#|(?:^|\n)\s*#{1,6} |\||(?:^|\n)\s*[-*+] /);
    expect(text).not.toContain('/lovgrundlag/');
  });

  it.each(changesPages.map((p) => [p.path, p] as const))('%s marks every addition and deletion with a word for screen readers, and has a legend', (_, page) => {
    const root = parse(page.html);
    const marks = root.querySelectorAll('#version-diff ins, #version-diff del');
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      const cue = mark.querySelector('.sr-only')?.textContent;
      expect(cue, mark.toString().slice(0, 120)).toBe(mark.tagName === 'INS' ? 'Tilføjet: ' : 'Fjernet: ');
      expect(mark.classList.contains(mark.tagName === 'INS' ? 'diff-ins' : 'diff-del')).toBe(true);
    }
    const legend = root.querySelector('.diff-legend')?.textContent ?? '';
    expect(legend).toContain('understreget');
    expect(legend).toContain('overstreget');
  });

  it('links the words of a law mention to the law page, as the version page does', () => {
    const page = changesPages.find((p) => p.path === '/standarder/eksempel/social-behandling-stoffer/aendringer/')!;
    const links = parse(page.html).querySelectorAll('#version-diff a').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toContainEqual(['barnets lov § 33', '/lovgrundlag/barnets-lov-33/']);
  });

  it.each(changesPages.map((p) => [p.path, p] as const))('%s counts the sections in good Danish', (_, page) => {
    const summary = parse(page.html).querySelector('.diff-summary')?.textContent ?? '';
    expect(summary).toMatch(/^Fra version \S+ til version \S+: \d+ afsnit (?:er|har) /);
    // Never "1 nye", "2 nyt" or "1 fjernede": the adjective agrees with the number.
    expect(summary).not.toMatch(/(?<!\d)1 (?:afsnit )?er (?:nye|uændrede)(?![a-zæøå])|(?:[2-9]|\d\d+) (?:afsnit )?er (?:nyt|uændret)(?![a-zæøå])|fjernede| ændrede/);
    expect(summary).toMatch(/ og \d+ (?:afsnit )?(?:er|har) [^,]+\.(?: Indledningen er \S+\.)?$/);
  });

  it('are linear in the versions: no more pages than 2n - 3 for a standard with n versions', () => {
    for (const standard of standardPages) {
      const versions = pages.filter((p) => p.path.startsWith(standard.path) && /^\/standarder\/[^/]+\/[^/]+\/[^/]+\/$/.test(p.path) && !p.path.endsWith('/aendringer/')).length;
      const count = changesPages.filter((p) => p.path.startsWith(standard.path)).length;
      if (versions < 2) expect(count, standard.path).toBe(0);
      else expect(count, standard.path).toBeLessThanOrEqual(2 * versions - 3);
    }
  });

  it('offer the compare form and its data only where a pair has no page of its own (three versions or more)', () => {
    for (const page of changesPages) {
      const root = parse(page.html);
      const base = page.path.replace(/aendringer\/.*$/, 'aendringer/');
      const versions = root.querySelectorAll('#fra option').length;
      expect(existsSync(join(distDir, base, 'sammenlign/index.html')), base).toBe(versions > 2);
      expect(existsSync(join(distDir, base, 'versioner.json')), base).toBe(versions > 2);
    }
  });
});
