/**
 * Thin lookups over Astro's collections for pages and components. Rules and derived values live
 * in src/lib; this file only fetches.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { danishCollator } from '../lib/format.ts';

export type Entry<N extends Parameters<typeof getCollection>[0]> = CollectionEntry<N>;

export async function byId<N extends Parameters<typeof getCollection>[0]>(name: N): Promise<Map<string, CollectionEntry<N>>> {
  const entries = (await getCollection(name)) as CollectionEntry<N>[];
  return new Map(entries.map((e) => [e.id, e]));
}

/** Entries sorted by a text key in Danish alphabetical order. */
export function sortByText<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => danishCollator.compare(key(a), key(b)));
}

export async function municipalityName(id: string | undefined): Promise<string | undefined> {
  if (!id) return undefined;
  return (await byId('municipalities')).get(id)?.data.name;
}
