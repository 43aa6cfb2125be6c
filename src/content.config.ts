import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionDefinitions, contentDirectory, entryIdFromPath, type CollectionName } from './schemas/index.ts';

function collection<N extends CollectionName>(name: N) {
  const { directory, extension, schema } = collectionDefinitions[name];
  return defineCollection({
    loader: glob({ pattern: `**/*.${extension}`, base: `${contentDirectory()}/${directory}`, generateId: ({ entry }) => entryIdFromPath(entry) }),
    schema: schema() as ReturnType<(typeof collectionDefinitions)[N]['schema']>,
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
