import { defineCollection } from 'astro:content';
import type { ZodType } from 'astro/zod';
import type { z } from 'zod';
import { contentLoader } from './integrations/content-loader.ts';
import { collectionDefinitions, contentDirectory, entryIdFromPath, type CollectionName } from './schemas/index.ts';

/** The data type of a collection's entries: what its zod schema outputs. */
type DataOf<N extends CollectionName> = z.output<ReturnType<(typeof collectionDefinitions)[N]['schema']>>;

function collection<N extends CollectionName>(name: N) {
  const { directory, extension, schema } = collectionDefinitions[name];
  return defineCollection({
    loader: contentLoader({ pattern: `**/*.${extension}`, base: `${contentDirectory()}/${directory}`, contentDir: contentDirectory(), generateId: ({ entry }) => entryIdFromPath(entry) }),
    // The schemas are plain zod (the content check and the CLIs use them without Astro); Astro's
    // types read the output type through its own zod's ZodType.
    schema: schema() as unknown as ZodType<DataOf<N>>,
  });
}

export const collections = {
  municipalities: collection('municipalities'),
  sources: collection('sources'),
  law: collection('law'),
  glossary: collection('glossary'),
  standards: collection('standards'),
  consultations: collection('consultations'),
  catalogue: collection('catalogue'),
  examples: collection('examples'),
  initiatives: collection('initiatives'),
  programmes: collection('programmes'),
  offers: collection('offers'),
  rules: collection('rules'),
};
