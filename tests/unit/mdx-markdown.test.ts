/**
 * An MDX body becomes Markdown the content layer renders and caches (src/domain/site/mdx-markdown.ts):
 * each component a placeholder the page puts the component back at, each comment dropped, and
 * everything the content check refuses still refused here.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { componentPlaceholder, linesMarkdownShowsAsCode, markdownOfMdx, splitAtComponents } from '../../src/domain/site/mdx-markdown.ts';
import { markdownFeatures } from '../../src/domain/standards/sections.ts';

const html = (markdown: string) => markdownToHtml(markdown, { features: markdownFeatures }).html;

describe('markdownOfMdx', () => {
  it('turns each component into a placeholder, in a block and in a line, with its props', () => {
    const body = 'Før.\n\n<TodaysRule laws={["rsl-67", "rsl-66"]} />\n\nSe <Example id="solroed-case-management" /> her.\n';
    const { markdown, components } = markdownOfMdx(body);
    expect(markdown).toBe(`Før.\n\n${componentPlaceholder(0)}\n\nSe ${componentPlaceholder(1)} her.\n`);
    expect(components).toEqual([
      { name: 'TodaysRule', props: { laws: ['rsl-67', 'rsl-66'] } },
      { name: 'Example', props: { id: 'solroed-case-management' } },
    ]);
    expect(html(markdown)).toBe(`<p>Før.</p>\n${componentPlaceholder(0)}\n<p>Se ${componentPlaceholder(1)} her.</p>\n`);
  });

  it('leaves Markdown as it is: headings with their ids, tables, footnotes, and characters outside ASCII', () => {
    const body = '## 1 Målgruppe {#afsnit-1}\n\n| a | b |\n|---|---|\n| æ | ø |\n\nTekst[^1] – med “citat”.\n\n[^1]: Kilde.\n';
    expect(markdownOfMdx(body)).toEqual({ markdown: body, components: [] });
  });

  it('drops comments and keeps a line break', () => {
    expect(markdownOfMdx('{/* Skriv her */}\n\nLinje<br />næste\n').markdown).toBe('\n\nLinje<br />næste\n');
  });

  it('places each placeholder right, whatever comes before it (offsets count characters, not bytes)', () => {
    const { markdown } = markdownOfMdx('Æblerød 😀 <Example id="x" /> ø\n');
    expect(markdown).toBe(`Æblerød 😀 ${componentPlaceholder(0)} ø\n`);
  });

  it.each([
    ['import', 'import X from "./x.js"\n\nTekst\n', /import and export/],
    ['an expression', 'Tekst {process.exit(1)}\n', /code is not allowed/],
    ['an element that is not a component', '<script>alert(1)</script>\n', /<script> is not allowed/],
    ['a component with content', '<Example id="x">tekst</Example>\n', /takes no content/],
    ['a computed prop', '<TodaysRule laws={ids} />\n', /not a literal list/],
    ['a prop the component does not take', '<Example id="x" onClick="y" />\n', /does not take/],
    ['a component without its prop', '<Example />\n', /lacks id/],
  ])('refuses %s, naming the line', (_, body, message) => {
    expect(() => markdownOfMdx(body)).toThrow(message);
    expect(() => markdownOfMdx(body)).toThrow(/^line 1: /);
  });
});

describe('linesMarkdownShowsAsCode', () => {
  it('finds text MDX reads as a paragraph and Markdown as code, and nothing else', () => {
    expect(linesMarkdownShowsAsCode('Tekst.\n\n    Indrykket.\n\nTekst.\n\n\tMed tabulator.\n')).toEqual([3, 7]);
    expect(linesMarkdownShowsAsCode('```\n    kode i en kodeblok\n```\n')).toEqual([]);
    expect(linesMarkdownShowsAsCode('1. Punkt\n\n    Mere om punktet.\n')).toEqual([]);
  });
});

describe('splitAtComponents', () => {
  const components = [{ name: 'Example' as const, props: { id: 'x' } }];

  it('cuts rendered HTML at each placeholder, keeping the text around it', () => {
    expect(splitAtComponents(`<p>a ${componentPlaceholder(0)} b</p>`, components)).toEqual([{ html: '<p>a ' }, { component: components[0] }, { html: ' b</p>' }]);
    expect(splitAtComponents(`${componentPlaceholder(0)}`, components)).toEqual([{ component: components[0] }]);
    expect(splitAtComponents('<p>uden</p>', [])).toEqual([{ html: '<p>uden</p>' }]);
  });

  it('refuses a placeholder for a component the body does not write', () => {
    expect(() => splitAtComponents(componentPlaceholder(1), components)).toThrow(/component 1/);
  });
});
