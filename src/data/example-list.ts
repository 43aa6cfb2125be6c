/** The practice examples as the listing pages show them: by title, each with who it is from. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { themeLabel } from '../domain/site/themes.ts';
import { urls } from '../domain/site/urls.ts';
import { byId, sortByText } from './content.ts';

export interface ListedExample {
  entry: CollectionEntry<'examples'>;
  /** The organisation, or the name of the municipality, the example is from. */
  from: string;
}

/** Every example in Danish title order, with who it is from. */
export async function examplesByTitle(): Promise<ListedExample[]> {
  const municipalities = await byId('municipalities');
  return sortByText(await getCollection('examples'), (e) => e.data.title).map((entry) => ({
    entry,
    from: entry.data.organisation ?? municipalities.get(entry.data.municipality!)!.data.name,
  }));
}

/** An example as an item of a list: its title, who it is from and its themes (but the one the list is about). */
export function exampleListItem({ entry, from }: ListedExample, listTheme?: string) {
  const themes = entry.data.themes.filter((t) => t !== listTheme);
  return { href: urls.example(entry.id), title: entry.data.title, meta: [from, ...themes.map(themeLabel)], summary: entry.data.summary };
}
