/** The A-Z index's groups: every page of the site in Danish order, grouped by initial letter. */
import { groupByInitial } from '../domain/site/alphabet.ts';
import { danishCollator } from '../domain/format.ts';
import { allPages, type PageRef } from './page-index.ts';

export async function azGroups(): Promise<{ letter: string; anchor: string; items: PageRef[] }[]> {
  const pages = [...(await allPages())].sort((a, b) => danishCollator.compare(a.title, b.title));
  return groupByInitial(pages, (p) => p.title);
}
