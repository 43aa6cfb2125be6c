/**
 * Thin lookups over Astro's collections for pages and components. Rules and derived values live
 * in src/domain; this file only fetches.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { danishCollator } from '../domain/format.ts';

export type Entry<N extends CollectionKey> = CollectionEntry<N>;

// A build reads each collection's map once, not once per page; `astro dev` always reads afresh,
// so an edited file shows at once.
const maps = new Map<CollectionKey, Promise<Map<string, unknown>>>();

export function byId<N extends CollectionKey>(name: N): Promise<Map<string, CollectionEntry<N>>> {
  const load = async () => new Map((await getCollection(name)).map((e) => [e.id, e] as [string, CollectionEntry<N>]));
  if (!import.meta.env.PROD) return load();
  if (!maps.has(name)) maps.set(name, load());
  return maps.get(name) as Promise<Map<string, CollectionEntry<N>>>;
}

/** Entries sorted by a text key in Danish alphabetical order. */
export function sortByText<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => danishCollator.compare(key(a), key(b)));
}

export async function municipalityName(id: string | undefined): Promise<string | undefined> {
  if (!id) return undefined;
  return (await byId('municipalities')).get(id)?.data.name;
}
