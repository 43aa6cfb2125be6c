/**
 * How big the benchmark corpus is: how many municipalities get standards, how many versions each
 * standard has and how many practice examples, so that the corpus yields at least the pages asked for.
 */

/** Every municipality gets a page; these are the ones the corpus writes standards for. */
export const MUNICIPALITY_COUNT = 98;
/** Standards per municipality with content: one on drugs (serviceloven § 101), one on alcohol (sundhedsloven § 141). */
export const STANDARDS_PER_MUNICIPALITY = 2;
export const MAX_VERSIONS = 8;

export interface CorpusPlan {
  /** Municipalities that get standards, consultations and examples (all 98 get a page). */
  municipalitiesWithContent: number;
  versionsPerStandard: number;
  examplesPerMunicipality: number;
  /** Pages the generated entries yield: municipality pages, each standard's page and its versions' pages, consultations, examples. */
  pages: number;
}

/** Pages of one municipality with content: the standards' own pages, one per version, one consultation per version, the examples. */
function pagesPerMunicipality(versions: number, examples: number): number {
  return STANDARDS_PER_MUNICIPALITY * (1 + versions) + STANDARDS_PER_MUNICIPALITY * versions + examples;
}

/** The smallest plan of this shape that yields at least `pages` pages (never less than one municipality with one version). */
export function corpusPlan(pages: number): CorpusPlan {
  if (!Number.isFinite(pages) || pages < 1) throw new Error(`The corpus needs a page count of at least 1; found ${pages}`);
  const remaining = Math.max(0, pages - MUNICIPALITY_COUNT);
  const smallest = pagesPerMunicipality(1, 1);
  const municipalitiesWithContent = Math.min(MUNICIPALITY_COUNT, Math.max(1, Math.floor(remaining / smallest)));
  const perMunicipality = Math.max(smallest, Math.ceil(remaining / municipalitiesWithContent));
  const fixed = pagesPerMunicipality(0, 0);
  const perVersion = pagesPerMunicipality(1, 0) - fixed;
  const versionsPerStandard = Math.min(MAX_VERSIONS, Math.max(1, Math.floor((perMunicipality - fixed - 1) / perVersion)));
  const examplesPerMunicipality = Math.max(1, perMunicipality - pagesPerMunicipality(versionsPerStandard, 0));
  return {
    municipalitiesWithContent,
    versionsPerStandard,
    examplesPerMunicipality,
    pages: MUNICIPALITY_COUNT + municipalitiesWithContent * pagesPerMunicipality(versionsPerStandard, examplesPerMunicipality),
  };
}
