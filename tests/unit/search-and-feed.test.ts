import { describe, expect, it } from 'vitest';
import { buildAtomFeed, escapeXml, toRfc3339 } from '../../src/lib/atom.ts';
import { rankRelated } from '../../src/lib/related.ts';
import { compoundPartsIn, compoundPartsInHtml } from '../../src/lib/search-compounds.ts';
import { isNoindex } from '../../src/integrations/pagefind.ts';

describe('compound parts for search', () => {
  it('adds the parts of key compounds found in the text, also inside longer words', () => {
    expect(compoundPartsIn('Visitation til døgnbehandlingen')).toEqual(['døgn', 'behandling']);
    expect(compoundPartsIn('Ingen sammensatte ord her')).toEqual([]);
  });
  it('reads the text of rendered HTML, not its tags or attributes', () => {
    expect(compoundPartsInHtml('<p class="døgnbehandling">Frit valg</p>')).toEqual([]);
    expect(compoundPartsInHtml('<p>Om <strong>døgnbehandling</strong></p>')).toEqual(['døgn', 'behandling']);
  });
  it('recognises noindex pages', () => {
    expect(isNoindex('<meta name="robots" content="noindex">')).toBe(true);
    expect(isNoindex('<meta name="description" content="noindex">')).toBe(false);
  });
});

describe('related pages', () => {
  const page = (url: string, municipality?: string, laws: string[] = [], type = 'example') => ({ title: url, url, type, municipality, laws });
  it('ranks the same municipality above one shared law, and leaves out unrelated pages and itself', () => {
    const me = page('/a/', 'horsens', ['sel-101']);
    const ranked = rankRelated(me, [me, page('/b/', undefined, ['sel-101']), page('/c/', 'horsens'), page('/d/', 'odense', ['sul-141']), page('/k/', 'horsens', [], 'municipality')]);
    expect(ranked.map((p) => p.url)).toEqual(['/c/', '/b/']);
  });
  it('keeps to the limit', () => {
    const many = Array.from({ length: 10 }, (_, i) => page(`/p${i}/`, 'x'));
    expect(rankRelated(page('/me/', 'x'), many, 3)).toHaveLength(3);
  });
});

describe('Atom feed', () => {
  it('escapes XML and writes RFC 3339 dates', () => {
    expect(escapeXml('a & <b> "c"')).toBe('a &amp; &lt;b&gt; &quot;c&quot;');
    expect(toRfc3339('2024-03-01')).toBe('2024-03-01T00:00:00Z');
    expect(toRfc3339('2024-03-01T10:00:00.000+01:00')).toBe('2024-03-01T09:00:00Z');
  });
  it('has the elements RFC 4287 requires, newest entry first, feed updated = newest entry', () => {
    const xml = buildAtomFeed({
      selfUrl: 'https://x.dk/feed.xml',
      siteUrl: 'https://x.dk/',
      title: 'T',
      subtitle: 'S',
      author: 'A',
      entries: [
        { url: 'https://x.dk/a/', title: 'Old', updated: '2023-01-01T00:00:00Z', summary: 's' },
        { url: 'https://x.dk/b/', title: 'New & shiny', updated: '2024-01-01T00:00:00Z', summary: 's', categories: ['Høring'] },
      ],
    });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(xml).toContain('<updated>2024-01-01T00:00:00Z</updated>\n  <author>');
    expect(xml.indexOf('New &amp; shiny')).toBeLessThan(xml.indexOf('Old'));
    expect(xml).toContain('<category term="Høring"/>');
  });
});
