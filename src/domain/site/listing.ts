/**
 * Listing pages that stay small however much content there is: a list of entries (standards,
 * consultations, practice examples) is cut into numbered pages of a fixed size, page 1 at the
 * list's own address and page n at "<list>side/<n>/"; entries are grouped under headings (by
 * municipality, say) in the order given, and a jump list says on which page each group starts.
 * A page's size is then bounded by the page size, not by the number of entries.
 */

/** Entries per listing page: with a title, a line of facts and a summary each, a page stays well under the 15 KB HTML budget. */
export const LISTING_PAGE_SIZE = 25;

export interface ListingPage<T> {
  /** 1, 2, ... */
  number: number;
  /** Pages in the list (at least 1). */
  total: number;
  items: T[];
  /** The page's address: the list's own for page 1. */
  href: string;
}

/** The address of page `n` of the list at `base` (which ends in "/"): the list itself for page 1. */
export function listingPageHref(base: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`listingPageHref: page ${n} is not a page number`);
  return n === 1 ? base : `${base}side/${n}/`;
}

/** The list of the practice examples on one theme: /inspirationskatalog/eksempler/tema/<theme>/. */
export const exampleThemeUrl = (theme: string) => `/inspirationskatalog/eksempler/tema/${theme}/`;

/** The route parameter of page n of a list built from a rest route ([...side].astro): none for page 1, "side/<n>" after it. */
export const listingPageParam = (n: number) => (n === 1 ? undefined : `side/${n}`);

/** The items cut into pages of `size`, in order; an empty list is one empty page (the list page always exists). */
export function paginate<T>(items: readonly T[], base: string, size = LISTING_PAGE_SIZE): ListingPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginate: a page holds at least 1 entry; found ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, items: items.slice(i * size, (i + 1) * size), href: listingPageHref(base, i + 1) }));
}

export type PaginationItem = { page: number; current: boolean } | { gap: true };

/**
 * The page numbers the DKFDS pagination component shows: all of them up to 7 pages; else the first
 * 5 and the last near the start, the first and the last 5 near the end, and in between the first,
 * the current with its neighbours, and the last, with gaps ("...") where pages are left out.
 */
export function paginationItems(current: number, total: number): PaginationItem[] {
  if (total < 1 || current < 1 || current > total) throw new Error(`paginationItems: page ${current} of ${total}`);
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const gap = { gap: true } as const;
  const pages = (ns: number[]) => ns.map((page) => ({ page, current: page === current }));
  if (total <= 7) return pages(range(1, total));
  if (current < 5) return [...pages(range(1, 5)), gap, ...pages([total])];
  if (current + 4 > total) return [...pages([1]), gap, ...pages(range(total - 4, total))];
  return [...pages([1]), gap, ...pages([current - 1, current, current + 1]), gap, ...pages([total])];
}

export interface Group<T, K> {
  key: K;
  items: T[];
}

/** Consecutive items with the same key, as groups in order (sort the items by the key first to get one group per key). */
export function consecutiveGroups<T, K>(items: readonly T[], keyOf: (item: T) => K): Group<T, K>[] {
  const groups: Group<T, K>[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = groups.at(-1);
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups;
}

/** For each key, the first page it appears on, in the order the keys first appear. */
export function firstPageOfEachKey<T, K>(pages: readonly ListingPage<T>[], keyOf: (item: T) => K): Map<K, ListingPage<T>> {
  const first = new Map<K, ListingPage<T>>();
  for (const page of pages) for (const item of page.items) if (!first.has(keyOf(item))) first.set(keyOf(item), page);
  return first;
}
