import { describe, expect, it } from 'vitest';
import { describePath, describeValue } from '../../src/content-check/content-errors.ts';
import { splitFrontmatter, checkMdxBody } from '../../src/content-check/content-files.ts';
import { parseYaml } from '../../src/content-check/yaml-reader.ts';
import { sectionAnchorsInBody } from '../../src/content-check/cross-references.ts';
import { componentReferences, componentReferencesInBody } from '../../src/domain/site/mdx-references.ts';
import { markdownOfMdx } from '../../src/domain/site/mdx-markdown.ts';
import { validateContent } from '../../src/content-check/validate-content.ts';
import { isoDate, slug } from '../../src/schemas/common.ts';
import { sectionAnchor } from '../../src/schemas/standard.ts';

/** Every { source: <id> } citation anywhere in an entry's data. */
function citedSources(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(citedSources);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => (key === 'source' && typeof v === 'string' ? [v] : citedSources(v)));
}

describe('the site content', () => {
  const { index, problems } = validateContent('content');
  it('validates with no problems', () => {
    expect(problems).toEqual([]);
  });
  it('cites every source it lists, so /om/kilder/ holds no document nothing rests on', () => {
    const cited = new Set(Object.values(index).flatMap((entries) => entries.flatMap((e) => citedSources(e.data))));
    expect(index.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });
});

describe('problem wording', () => {
  it('counts list items from 1', () => {
    expect(describePath(['rows', 2, 'sections', 0])).toBe('rows → nr. 3 → sections → nr. 1');
  });
  it('describes found values briefly', () => {
    expect(describeValue('x')).toBe('"x"');
    expect(describeValue([])).toBe('en tom liste');
    expect(describeValue({ a: 1 })).toBe('en gruppe af felter');
    expect(describeValue('a'.repeat(100))).toHaveLength(78);
  });
});

describe('reading files', () => {
  it('splits frontmatter from the body', () => {
    expect(splitFrontmatter('---\ntitle: x\n---\n\nBody\n')).toEqual({ frontmatter: 'title: x', body: '\nBody\n' });
    expect(splitFrontmatter('No frontmatter')).toEqual({ body: 'No frontmatter' });
  });
  it('reports YAML errors with their line', () => {
    expect(parseYaml('a: 1\nb: [\n', 'f.yaml').problem?.message).toMatch(/^kan ikke læses som YAML \(linje \d+, kolonne \d+\)/);
    expect(parseYaml('a: 1\na: 2\n', 'f.yaml').problem?.message).toMatch(/et felt står to gange/);
  });
  it('reports MDX errors with their line in the file', () => {
    expect(checkMdxBody('ok\n\n{broken\n', 'f.mdx', 5)?.message).toMatch(/\(linje 7, kolonne \d+\)/);
    expect(checkMdxBody('ok &lt; 2 \\{fine\\}\n', 'f.mdx', 1)).toBeUndefined();
  });
});

describe('references in MDX bodies', () => {
  it('finds section anchors in headings', () => {
    expect(sectionAnchorsInBody('## 2.8 Noget {#afsnit-2-8}\n\ntext {#afsnit-x}\n### Resumé {#afsnit-resume}\n')).toEqual(['afsnit-2-8', 'afsnit-resume']);
    expect(sectionAnchor('4.4.5')).toBe('afsnit-4-4-5');
  });
  it('finds ids used by components', () => {
    expect(componentReferencesInBody('<Example id="a" />\n<TodaysRule laws={["x", "y"]} />')).toEqual({ examples: ['a'], laws: ['x', 'y'] });
  });
  // The renderer reads references from the components the content layer kept with the HTML (src/data/body-components.ts).
  it('finds the same ids in the components the content layer keeps, for every body of the site', () => {
    const bodies = validateContent('content').index;
    const entries = [...bodies.standards, ...bodies.catalogue, ...bodies.examples];
    expect(entries.filter((e) => componentReferencesInBody(e.body).laws.length > 0).length).toBeGreaterThan(0);
    for (const e of entries) expect(componentReferences(markdownOfMdx(e.body.trim()).components), e.file).toEqual(componentReferencesInBody(e.body));
    expect(componentReferences(markdownOfMdx('<TodaysRule laws={["x"]} /> og <Example id="a" /> og <TodaysRule laws={["y", "z"]} />\n').components)).toEqual({ examples: ['a'], laws: ['x', 'y', 'z'] });
  });
});

describe('shared field types', () => {
  it('accepts dates as text or as the Date objects Astro\'s YAML reader makes', () => {
    expect(isoDate().parse('2024-03-31')).toBe('2024-03-31');
    expect(isoDate().parse(new Date(Date.UTC(2024, 2, 31)))).toBe('2024-03-31');
    expect(isoDate().safeParse('2024-13-01').success).toBe(false);
  });
  it('accepts ascii slugs only', () => {
    expect(slug().safeParse('frit-valg').success).toBe(true);
    expect(slug().safeParse('Frit valg').success).toBe(false);
    expect(slug().safeParse('københavn').success).toBe(false);
  });
});
