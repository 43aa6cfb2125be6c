/**
 * Every law reference page lists the pages that cite it: each indexable page whose content links to
 * /lovgrundlag/<id>/ appears in that law page's list of citing pages, and the list holds only pages
 * that exist.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/browser/dist.ts';

const pages = builtPages().filter((p) => p.file.endsWith('index.html'));
const byPath = new Map(pages.map((p) => [p.path, p]));
const lawPaths = pages.map((p) => p.path).filter((p) => /^\/lovgrundlag\/[^/]+\/$/.test(p));
const noindex = (html: string) => /<meta name="robots" content="[^"]*noindex/.test(html);

/** Law pages a page's own content links to: not navigation, related-page lists or the law pages' citing lists. */
function lawLinksOf(html: string): Set<string> {
  const main = parse(html).querySelector('main')!;
  for (const excluded of main.querySelectorAll('nav.related, .citing-pages')) excluded.remove();
  return new Set(
    main
      .querySelectorAll('a[href^="/lovgrundlag/"]')
      .map((a) => a.getAttribute('href')!.split('#')[0])
      .filter((href) => href !== '/lovgrundlag/'),
  );
}

const citingListOf = (lawPath: string) =>
  new Set(
    parse(byPath.get(lawPath)!.html)
      .querySelectorAll('.citing-pages a')
      .map((a) => a.getAttribute('href')!),
  );

describe('links to the law', () => {
  it.each(lawPaths.map((l) => [l] as const))('%s links to the act it names, never to a front page', (lawPath) => {
    const links = parse(byPath.get(lawPath)!.html)
      .querySelectorAll('main a[href*="retsinformation.dk"]')
      .map((a) => new URL(a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    for (const url of links) {
      expect(url.pathname, url.href).not.toBe('/');
      expect(url.pathname, url.href).toMatch(/^\/eli\/(lta|retsinfo)\/\d{4}\/\d+$/);
    }
  });

  it('every page: no link to a law site\'s front page', () => {
    const front = pages.flatMap((p) =>
      parse(p.html)
        .querySelectorAll('a[href^="https://www.retsinformation.dk"], a[href^="https://retsinformation.dk"]')
        .map((a) => a.getAttribute('href')!)
        .filter((href) => new URL(href).pathname === '/')
        .map((href) => `${p.path}: ${href}`),
    );
    expect(front).toEqual([]);
  });
});

describe('law reference pages', () => {
  const citing = new Map<string, Set<string>>(lawPaths.map((l) => [l, new Set()]));
  for (const page of pages) {
    if (page.path === '/lovgrundlag/' || page.path.startsWith('/a-aa/') || lawPaths.includes(page.path) || noindex(page.html)) continue;
    for (const law of lawLinksOf(page.html)) citing.get(law)?.add(page.path);
  }

  it('exist for every law reference linked from content', () => {
    const linked = new Set(pages.filter((p) => !noindex(p.html)).flatMap((p) => [...lawLinksOf(p.html)]));
    expect([...linked].filter((l) => !byPath.has(l))).toEqual([]);
  });

  it.each(lawPaths.map((l) => [l] as const))('%s lists every page that cites it, and only existing pages', (lawPath) => {
    const listed = citingListOf(lawPath);
    expect([...citing.get(lawPath)!].filter((p) => !listed.has(p))).toEqual([]);
    expect([...listed].filter((p) => !byPath.has(p))).toEqual([]);
  });
});
