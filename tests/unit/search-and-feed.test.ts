import { describe, expect, it } from 'vitest';
import { buildAtomFeed, escapeXml, toRfc3339 } from '../../src/domain/site/atom.ts';
import { rankRelated } from '../../src/domain/site/related.ts';
import { danishCollator } from '../../src/domain/format.ts';
import fc from 'fast-check';
import { compoundPartsIn, compoundPartsInHtml } from '../../src/domain/search/compounds.ts';
import { isNoindex } from '../../src/integrations/built-pages.ts';

describe('compound parts for search', () => {
  it('adds the parts of key compounds found in the text, also inside longer words', () => {
    expect(compoundPartsIn('Visitation til døgnbehandlingen')).toEqual(['døgn', 'behandling']);
    expect(compoundPartsIn('Ingen sammensatte ord her')).toEqual([]);
  });
  it('reads the text of rendered HTML, not its tags or attributes', () => {
    expect(compoundPartsInHtml('<p class="døgnbehandling">Frit valg</p>')).toEqual([]);
    expect(compoundPartsInHtml('<p>Om <strong>døgnbehandling</strong></p>')).toEqual(['døgn', 'behandling']);
    // What Pagefind leaves out gives no parts either: a list of links to other pages is not this page's words.
    expect(compoundPartsInHtml('<section data-pagefind-ignore><h2>Nævnt</h2><a>misbrugsbehandlingen</a></section><p>døgnbehandling</p>')).toEqual(['døgn', 'behandling']);
    expect(compoundPartsInHtml('<p data-pagefind-ignore="all">misbrugsbehandling</p>')).toEqual([]);
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
  it('ranks as comparing the page with every other page would, on any set of pages', () => {
    const naive = (me: ReturnType<typeof page>, all: ReturnType<typeof page>[], limit: number) =>
      all
        .filter((p) => p.url !== me.url && p.type !== 'municipality')
        .map((p) => ({ p, score: (me.municipality && p.municipality === me.municipality ? 2 : 0) + p.laws.filter((l) => me.laws.includes(l)).length }))
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score || danishCollator.compare(a.p.title, b.p.title))
        .slice(0, limit)
        .map((s) => s.p.url);
    const arbitraryPage = fc.record({
      url: fc.constantFrom('/a/', '/b/', '/c/', '/d/', '/e/', '/f/', '/g/', '/h/'),
      municipality: fc.option(fc.constantFrom('horsens', 'odense', 'aarhus'), { nil: undefined }),
      laws: fc.uniqueArray(fc.constantFrom('sel-101', 'sul-141', 'rsl-66', 'kel-3a'), { maxLength: 3 }),
      type: fc.constantFrom('example', 'standard', 'municipality'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryPage, { selector: (p) => p.url, maxLength: 8 }), fc.integer({ min: 1, max: 6 }), (raw, limit) => {
        const all = raw.map((p) => ({ ...p, title: `Side ${p.url.replaceAll('/', '')}` }));
        for (const me of all) expect(rankRelated(me, all, limit).map((p) => p.url)).toEqual(naive(me, all, limit));
      }),
    );
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
