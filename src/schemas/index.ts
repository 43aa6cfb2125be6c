/**
 * The site's content collections: where each lives under content/, which files it reads and the
 * schema its entries must satisfy. src/content.config.ts and the content check both read this.
 */
import { municipalitySchema } from './municipality.ts';
import { sourceSchema } from './source.ts';
import { lawSchema } from './law.ts';
import { glossarySchema } from './glossary.ts';
import { standardSchema } from './standard.ts';
import { consultationSchema } from './consultation.ts';
import { catalogueSchema } from './catalogue.ts';
import { exampleSchema } from './example.ts';
import { initiativeSchema } from './initiative.ts';
import { programmeSchema } from './programme.ts';
import { offerSchema } from './offer.ts';
import { ruleSchema } from './rule.ts';

export const collectionDefinitions = {
  municipalities: { directory: 'municipalities', extension: 'yaml', schema: municipalitySchema },
  sources: { directory: 'sources', extension: 'yaml', schema: sourceSchema },
  law: { directory: 'law', extension: 'yaml', schema: lawSchema },
  glossary: { directory: 'glossary', extension: 'yaml', schema: glossarySchema },
  standards: { directory: 'standards', extension: 'mdx', schema: standardSchema },
  consultations: { directory: 'consultations', extension: 'yaml', schema: consultationSchema },
  catalogue: { directory: 'catalogue', extension: 'mdx', schema: catalogueSchema },
  examples: { directory: 'examples', extension: 'mdx', schema: exampleSchema },
  initiatives: { directory: 'initiatives', extension: 'yaml', schema: initiativeSchema },
  programmes: { directory: 'programmes', extension: 'yaml', schema: programmeSchema },
  offers: { directory: 'offers', extension: 'yaml', schema: offerSchema },
  rules: { directory: 'rules', extension: 'yaml', schema: ruleSchema },
} as const;

export type CollectionName = keyof typeof collectionDefinitions;
export const collectionNames = Object.keys(collectionDefinitions) as CollectionName[];

/** The id of an entry: its path under the collection's folder, without the extension. */
export const entryIdFromPath = (relativePath: string) => relativePath.replace(/\.(?:mdx|ya?ml)$/, '');

/** The folder the collections are read from: "content", or CONTENT_ROOT (the benchmark builds a generated corpus this way). */
export const contentDirectory = () => process.env.CONTENT_ROOT ?? 'content';
