/**
 * /feed.xml is well-formed Atom with the elements RFC 4287 requires, parsed by Chromium's XML
 * parser; /sitemap-index.xml lists every indexable page and only pages that exist.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/domain/site/site.ts';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { builtPages } from '../../scripts/browser/dist.ts';
import { resolveFile } from '../../scripts/browser/static-server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function parseXml(xml: string) {
  const page = await browser.newPage();
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const atom = 'http://www.w3.org/2005/Atom';
      const feed = doc.documentElement;
      const childText = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === atom && c.localName === name).map((c) => c.textContent ?? '');
      const links = (el: Element) => [...el.children].filter((c) => c.localName === 'link').map((c) => ({ rel: c.getAttribute('rel') ?? 'alternate', href: c.getAttribute('href') }));
      return {
        error,
        root: { ns: feed.namespaceURI, name: feed.localName },
        feed: { id: childText(feed, 'id'), title: childText(feed, 'title'), updated: childText(feed, 'updated'), author: childText(feed, 'author'), links: links(feed) },
        entries: [...feed.children]
          .filter((c) => c.localName === 'entry')
          .map((e) => ({ id: childText(e, 'id'), title: childText(e, 'title'), updated: childText(e, 'updated'), links: links(e), summary: childText(e, 'summary') })),
        urls: [...doc.getElementsByTagName('loc')].map((l) => l.textContent ?? ''),
      };
    }, xml);
  } finally {
    await page.close();
  }
}

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

describe('/feed.xml', () => {
  it('is Atom with the required elements on the feed and on every entry', async () => {
    const result = await parseXml(readFileSync('dist/feed.xml', 'utf8'));
    expect(result.error).toBeNull();
    expect(result.root).toEqual({ ns: 'http://www.w3.org/2005/Atom', name: 'feed' });
    expect(result.feed.id).toHaveLength(1);
    expect(result.feed.title[0]).not.toBe('');
    expect(result.feed.updated[0]).toMatch(rfc3339);
    expect(result.feed.author).toHaveLength(1);
    expect(result.feed.links).toContainEqual({ rel: 'self', href: `${siteUrl}/feed.xml` });
    expect(result.entries.length).toBeGreaterThan(0);
    for (const entry of result.entries) {
      expect(entry.id).toHaveLength(1);
      expect(entry.title[0]).not.toBe('');
      expect(entry.updated[0]).toMatch(rfc3339);
      expect(entry.summary[0]).not.toBe('');
      const alternate = entry.links.find((l) => l.rel === 'alternate')!;
      expect(alternate.href!.startsWith(siteUrl)).toBe(true);
      expect(resolveFile('dist', new URL(alternate.href!).pathname), alternate.href!).toBeDefined();
    }
    expect(new Set(result.entries.map((e) => e.id[0])).size).toBe(result.entries.length);
  });
});

describe('/sitemap-index.xml', () => {
  it('lists exactly the pages that are not marked noindex, in the sitemaps it points to', async () => {
    const index = await parseXml(readFileSync('dist/sitemap-index.xml', 'utf8'));
    expect(index.error).toBeNull();
    expect(index.urls.length).toBeGreaterThan(0);
    const sitemaps = await Promise.all(index.urls.map(async (u) => parseXml(readFileSync(`dist${new URL(u).pathname}`, 'utf8'))));
    expect(sitemaps.map((m) => m.error)).toEqual(sitemaps.map(() => null));
    const listed = sitemaps.flatMap((m) => m.urls).map((u) => new URL(u).pathname).sort();
    const indexable = builtPages()
      .filter((p) => p.file.endsWith('index.html') && !/<meta name="robots" content="[^"]*noindex/.test(p.html))
      .map((p) => p.path)
      .sort();
    expect(listed).toEqual(indexable);
  });
});
