/** Every built page: Danish, one h1, a title, and no JavaScript unless it is an island page. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, isIslandPage } from '../../scripts/browser/dist.ts';

const pages = builtPages();

describe('every built page', () => {
  it('builds a reasonable number of pages', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s has lang="da", one h1 and a title', (_, page) => {
    const root = parse(page.html);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('da');
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('title')?.text.trim()).not.toBe('');
  });

  it.each(pages.filter((p) => p.file.endsWith('.html')).map((p) => [p.path, p] as const))('%s ends with </html>, nothing after it', (_, page) => {
    expect(page.html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it.each(pages.filter((p) => p.file.endsWith('.html')).map((p) => [p.path, p] as const))('%s keeps the space between a word and a link, code or tag that follows it', (_, page) => {
    const text = page.html.replace(/<script[\s\S]*?<\/script>/g, '');
    expect([...text.matchAll(/[a-zæøå0-9]<(?:a|code|strong|em|span class="tag)[ >"]/g)].map((m) => text.slice(m.index - 30, m.index + 30))).toEqual([]);
  });

  it.each(pages.filter((p) => !isIslandPage(p.path)).map((p) => [p.path, p] as const))('%s ships no JavaScript', (_, page) => {
    const root = parse(page.html);
    expect(root.querySelectorAll('script').map((s) => s.toString().slice(0, 120))).toEqual([]);
    expect(root.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
    expect(page.html).not.toMatch(/\son[a-z]+="/);
  });
});

describe('municipality pages', () => {
  const municipalityPages = pages.filter((p) => /^\/kommuner\/[^/]+\/$/.test(p.path));

  it('exist for the municipalities with content', () => {
    expect(municipalityPages.map((p) => p.path)).toContain('/kommuner/koebenhavn/');
  });

  it.each(municipalityPages.map((p) => [p.path, p] as const))('%s shows more than a code and a region: at least one list of pages', (_, page) => {
    const main = parse(page.html).querySelector('main');
    expect(main?.querySelectorAll('h2').length).toBeGreaterThan(0);
    expect(main?.querySelectorAll('section a[href^="/"]').length).toBeGreaterThan(0);
  });

  it('are listed on /kommuner/ exactly as built', () => {
    const index = pages.find((p) => p.path === '/kommuner/');
    const listed = parse(index!.html).querySelectorAll('main a[href^="/kommuner/"]').map((a) => a.getAttribute('href'));
    expect(new Set(listed)).toEqual(new Set(municipalityPages.map((p) => p.path)));
  });
});
