/** Listing pages that stay small: pages of a fixed size, their addresses, the DKFDS page numbers, groups and where each starts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consecutiveGroups, exampleThemeUrl, firstPageOfEachKey, LISTING_PAGE_SIZE, listingPageHref, listingPageParam, paginate, paginationItems } from '../../src/domain/site/listing.ts';

describe('paging a list', () => {
  it('puts page 1 at the list\'s own address and page n under side/n/', () => {
    expect(listingPageHref('/hoeringer/', 1)).toBe('/hoeringer/');
    expect(listingPageHref('/hoeringer/', 3)).toBe('/hoeringer/side/3/');
    expect(listingPageParam(1)).toBeUndefined();
    expect(listingPageParam(3)).toBe('side/3');
    expect(() => listingPageHref('/hoeringer/', 0)).toThrow(/not a page number/);
    expect(exampleThemeUrl('unge')).toBe('/inspirationskatalog/eksempler/tema/unge/');
  });

  it('cuts any list into pages of at most the page size, keeping every item once and in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (items, size) => {
        const pages = paginate(items, '/x/', size);
        expect(pages.length).toBe(Math.max(1, Math.ceil(items.length / size)));
        expect(pages.flatMap((p) => p.items)).toEqual(items);
        pages.forEach((p, i) => {
          expect(p.items.length).toBeLessThanOrEqual(size);
          expect(p.number).toBe(i + 1);
          expect(p.total).toBe(pages.length);
          expect(p.href).toBe(listingPageHref('/x/', i + 1));
          if (i < pages.length - 1) expect(p.items).toHaveLength(size);
        });
      }),
    );
  });

  it('an empty list is one empty page, and the default page size is the listing size', () => {
    expect(paginate([], '/x/')).toEqual([{ number: 1, total: 1, items: [], href: '/x/' }]);
    expect(paginate(Array.from({ length: LISTING_PAGE_SIZE + 1 }, (_, i) => i), '/x/')).toHaveLength(2);
    expect(() => paginate([1], '/x/', 0)).toThrow(/at least 1/);
  });
});

describe('page numbers as DKFDS shows them', () => {
  const shown = (current: number, total: number) => paginationItems(current, total).map((i) => ('gap' in i ? '…' : i.current ? `[${i.page}]` : String(i.page))).join(' ');

  it('shows every page up to 7, and first, last and the current with its neighbours beyond', () => {
    expect(shown(1, 1)).toBe('[1]');
    expect(shown(3, 7)).toBe('1 2 [3] 4 5 6 7');
    expect(shown(2, 20)).toBe('1 [2] 3 4 5 … 20');
    expect(shown(10, 20)).toBe('1 … 9 [10] 11 … 20');
    expect(shown(18, 20)).toBe('1 … 16 17 [18] 19 20');
  });

  it('always shows the first, the last and the current page, once each, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }).chain((total) => fc.tuple(fc.integer({ min: 1, max: total }), fc.constant(total))), ([current, total]) => {
        const numbers = paginationItems(current, total).flatMap((i) => ('gap' in i ? [] : [i.page]));
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(total);
        expect(numbers).toContain(current);
        expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
        expect(new Set(numbers).size).toBe(numbers.length);
        expect(numbers.length).toBeLessThanOrEqual(7);
      }),
    );
    expect(() => paginationItems(0, 3)).toThrow();
    expect(() => paginationItems(4, 3)).toThrow();
  });
});

describe('groups in a paged list', () => {
  const items = ['aarhus:1', 'aarhus:2', 'odense:1', 'odense:2', 'odense:3', 'vejle:1'].map((s) => ({ group: s.split(':')[0], n: s }));

  it('groups consecutive items with the same key', () => {
    expect(consecutiveGroups(items, (i) => i.group).map((g) => [g.key, g.items.length])).toEqual([['aarhus', 2], ['odense', 3], ['vejle', 1]]);
    expect(consecutiveGroups([], (i: string) => i)).toEqual([]);
  });

  it('finds the page each group starts on, also when a group runs over two pages', () => {
    const pages = paginate(items, '/standarder/', 3);
    const starts = firstPageOfEachKey(pages, (i) => i.group);
    expect([...starts].map(([k, p]) => [k, p.href])).toEqual([['aarhus', '/standarder/'], ['odense', '/standarder/'], ['vejle', '/standarder/side/2/']]);
  });
});
