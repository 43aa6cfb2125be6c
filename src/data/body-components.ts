/**
 * The components an MDX entry's body writes, as the content layer found them when it rendered the
 * body (src/integrations/content-loader.ts keeps them with the HTML), and what they refer to.
 */
import type { CollectionEntry } from 'astro:content';
import type { BodyComponent } from '../domain/site/mdx-markdown.ts';
import { componentReferences, type ComponentReferences } from '../domain/site/mdx-references.ts';

export type EntryWithBody = CollectionEntry<'standards' | 'catalogue' | 'examples'>;

/** The rendered HTML of an entry's body and its components; throws when the loader could not render it, which stops the build. */
export function renderedBody(entry: EntryWithBody): { html: string; components: BodyComponent[] } {
  if (entry.rendered === undefined) throw new Error(`${entry.filePath ?? entry.id}: the body was not rendered (see the error logged above)`);
  return { html: entry.rendered.html, components: (entry.rendered.metadata?.components ?? []) as BodyComponent[] };
}

/** The practice examples and law references the body's components name. */
export const bodyReferences = (entry: EntryWithBody): ComponentReferences => componentReferences(renderedBody(entry).components);
