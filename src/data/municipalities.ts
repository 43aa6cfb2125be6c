/** The municipalities that get a page, with what each page shows; fetched once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { catalogueHeading } from '../domain/site/catalogue.ts';
import { hasMunicipalityPage, pagesNaming } from '../domain/site/municipalities.ts';
import { urls } from '../domain/site/urls.ts';
import { sortByText } from './content.ts';

export interface MunicipalityContent {
  municipality: CollectionEntry<'municipalities'>;
  standards: CollectionEntry<'standards'>[];
  consultations: CollectionEntry<'consultations'>[];
  examples: CollectionEntry<'examples'>[];
  annexes: CollectionEntry<'catalogue'>[];
  offers: CollectionEntry<'offers'>[];
  programmes: CollectionEntry<'programmes'>[];
  /** Pages of other municipalities or of the catalogue whose text names this one. */
  namedIn: { title: string; url: string }[];
}

let cached: Promise<MunicipalityContent[]> | undefined;

/** Every municipality with a page, in Danish name order. */
export function publishedMunicipalities(): Promise<MunicipalityContent[]> {
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}

async function load(): Promise<MunicipalityContent[]> {
  const [municipalities, standards, consultations, catalogue, examples, offers, programmes] = await Promise.all([
    getCollection('municipalities'),
    getCollection('standards'),
    getCollection('consultations'),
    getCollection('catalogue'),
    getCollection('examples'),
    getCollection('offers'),
    getCollection('programmes'),
  ]);
  const texts = [
    ...catalogue.map((c) => ({ title: catalogueHeading(c.data), url: urls.catalogueEntry(c.id), text: c.body ?? '', municipality: c.data.municipality })),
    ...examples.map((e) => ({ title: e.data.title, url: urls.example(e.id), text: `${e.data.summary ?? ''}\n${e.body ?? ''}`, municipality: e.data.municipality })),
  ];
  const content = sortByText(municipalities, (m) => m.data.name).map((municipality) => {
    const own = <E extends { data: { municipality?: string } }>(entries: E[]) => entries.filter((e) => e.data.municipality === municipality.id);
    return {
      municipality,
      standards: own(standards),
      consultations: own(consultations),
      examples: own(examples),
      annexes: own(catalogue),
      offers: own(offers),
      programmes: own(programmes),
      namedIn: pagesNaming(municipality.data.name, texts.filter((t) => t.municipality !== municipality.id)).map(({ title, url }) => ({ title, url })),
    };
  });
  return content.filter((c) => hasMunicipalityPage(c.standards.length + c.consultations.length + c.examples.length + c.annexes.length + c.offers.length + c.programmes.length, c.namedIn.length));
}
