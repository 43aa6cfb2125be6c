/** The benchmark corpus: valid content, deterministic, as many pages as asked, the shape the issue describes. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content-check/content-files.ts';
import { validateContent } from '../../src/content-check/validate-content.ts';
import { sectionAnchorsInBody } from '../../src/content-check/cross-references.ts';
import { generateCorpus, writeCorpus, type GeneratedCorpus } from '../../scripts/bench/generate-corpus.ts';
import { starlightDocs } from '../../scripts/bench/starlight.ts';

const root = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-bench-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const paths = (corpus: GeneratedCorpus, prefix: string) => [...corpus.files.keys()].filter((p) => p.startsWith(prefix));

/** Pages the site makes from the generated files: one per municipality, standard, version, consultation and example. */
function pagesFromFiles(corpus: GeneratedCorpus): number {
  const versions = paths(corpus, 'standards/');
  const standards = new Set(versions.map((p) => p.split('/').slice(0, 3).join('/')));
  return paths(corpus, 'municipalities/').length + standards.size + versions.length + paths(corpus, 'consultations/').length + paths(corpus, 'examples/').length;
}

describe('benchmark corpus', () => {
  it('passes the content check with zero problems, copied collections included', () => {
    const contentDir = join(root, 'small', 'content');
    writeCorpus(contentDir, { pages: 150, seed: 7 });
    const { problems, index } = validateContent(contentDir, root);
    expect(problems).toEqual([]);
    expect(index.standards.length).toBeGreaterThan(0);
    expect(index.law.length).toBeGreaterThan(0);
  }, 60_000);

  it('with --versions 12 (a year apart) every standard has 12 versions and the corpus still passes the content check', () => {
    const contentDir = join(root, 'versions', 'content');
    const corpus = writeCorpus(contentDir, { pages: 150, versions: 12, seed: 11 });
    const perStandard = new Map<string, number>();
    for (const p of paths(corpus, 'standards/')) perStandard.set(p.split('/').slice(0, 3).join('/'), (perStandard.get(p.split('/').slice(0, 3).join('/')) ?? 0) + 1);
    expect(new Set(perStandard.values())).toEqual(new Set([12]));
    expect(paths(corpus, 'standards/').some((p) => p.endsWith('/2025.mdx'))).toBe(true);
    expect(corpus.copiedFiles).toBeGreaterThan(0);
    expect(validateContent(contentDir, root).problems).toEqual([]);
  }, 60_000);

  it('national: 98 municipalities × 2 standards × 10 versions, a consultation for each version', () => {
    const corpus = generateCorpus({ pages: 1, national: true });
    expect(paths(corpus, 'standards/')).toHaveLength(98 * 2 * 10);
    expect(paths(corpus, 'consultations/')).toHaveLength(98 * 2 * 10);
    expect(pagesFromFiles(corpus)).toBe(corpus.plan.pages);
  }, 60_000);

  it('is the same for the same seed and differs for another seed', () => {
    const a = generateCorpus({ pages: 150, seed: 1 });
    const b = generateCorpus({ pages: 150, seed: 1 });
    const c = generateCorpus({ pages: 150, seed: 2 });
    expect([...a.files]).toEqual([...b.files]);
    expect([...a.files]).not.toEqual([...c.files]);
  });

  it.each([1, 150, 700])('yields at least %i pages', (pages) => {
    const corpus = generateCorpus({ pages });
    expect(pagesFromFiles(corpus)).toBeGreaterThanOrEqual(pages);
    expect(pagesFromFiles(corpus)).toBe(corpus.plan.pages);
  });

  it('at 2,000 pages gives every one of the 98 municipalities standards in several versions, consultations and examples', () => {
    const corpus = generateCorpus({ pages: 2000 });
    expect(pagesFromFiles(corpus)).toBeGreaterThanOrEqual(2000);
    const withStandards = new Set(paths(corpus, 'standards/').map((p) => p.split('/')[1]));
    expect(paths(corpus, 'municipalities/')).toHaveLength(98);
    expect(withStandards.size).toBe(98);
    const versionsPerStandard = new Map<string, number>();
    for (const p of paths(corpus, 'standards/')) versionsPerStandard.set(p.split('/').slice(0, 3).join('/'), (versionsPerStandard.get(p.split('/').slice(0, 3).join('/')) ?? 0) + 1);
    expect(Math.min(...versionsPerStandard.values())).toBeGreaterThanOrEqual(3);
    expect(new Set(paths(corpus, 'consultations/').map((p) => p.split('/')[1])).size).toBe(98);
    expect(new Set(paths(corpus, 'examples/').map((p) => parse(splitFrontmatter(corpus.files.get(p)!).frontmatter!).municipality)).size).toBe(98);
  }, 60_000);

  it('writes standards with 10-15 anchored sections, GFM tables and lists, and consultations with many rows', () => {
    const corpus = generateCorpus({ pages: 400, seed: 3 });
    for (const path of paths(corpus, 'standards/')) {
      const { frontmatter, body } = splitFrontmatter(corpus.files.get(path)!);
      const data = parse(frontmatter!) as { sections: { id: string }[] };
      expect(data.sections.length, path).toBeGreaterThanOrEqual(10);
      expect(data.sections.length, path).toBeLessThanOrEqual(15);
      expect(sectionAnchorsInBody(body)).toHaveLength(data.sections.length);
      expect(body, path).toMatch(/^\| --- \|/m);
      expect(body, path).toMatch(/^(?:-|\d+\.) \S/m);
    }
    const rowCounts = paths(corpus, 'consultations/').map((p) => (parse(corpus.files.get(p)!) as { rows: unknown[] }).rows.length);
    expect(Math.min(...rowCounts)).toBeGreaterThanOrEqual(15);
  }, 30_000);

  it('turns into one Starlight doc per page, without the site\'s heading ids or components', () => {
    const corpus = generateCorpus({ pages: 150, seed: 5 });
    const docs = starlightDocs(corpus);
    expect(docs).toHaveLength(pagesFromFiles(corpus));
    for (const doc of docs) {
      expect(doc.body, doc.path).not.toMatch(/\{#|<Example|<TodaysRule/);
      expect(doc.title.length, doc.path).toBeGreaterThan(0);
    }
  });
});
