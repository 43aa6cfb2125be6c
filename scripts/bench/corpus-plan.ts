/**
 * How big the benchmark corpus is: how many municipalities get standards, how many versions each
 * standard has and how many practice examples, so that the corpus yields at least the pages asked
 * for; or, with --versions, that many versions of every standard and as many municipalities and
 * examples as the pages need; or the national preset (--national): every municipality, both
 * standards, ten yearly versions each.
 */
import { checkVersionCount, defaultYearsApart, type YearsApart } from './version-plan.ts';

/** Every municipality gets a page; these are the ones the corpus writes standards for. */
export const MUNICIPALITY_COUNT = 98;
/** Standards per municipality with content: one on drugs (serviceloven § 101), one on alcohol (sundhedsloven § 141). */
export const STANDARDS_PER_MUNICIPALITY = 2;
/** The most versions a plan from a page count alone gives a standard. */
export const MAX_VERSIONS = 8;
/** The page count the default corpus is made for, and whose examples per municipality the national preset keeps. */
export const DEFAULT_PAGES = 2000;

/** The ten-year national case: all 98 municipalities, 2 standards each, 10 versions a year apart (2016-2025). */
export const NATIONAL = { versions: 10, yearsApart: 1 as YearsApart } as const;

export interface CorpusPlan {
  /** Municipalities that get standards, consultations and examples (all 98 get a page). */
  municipalitiesWithContent: number;
  versionsPerStandard: number;
  /** Years between consecutive versions: 2 ("2021-22", "2023-24") or 1 ("2024", "2025"). */
  yearsApart: YearsApart;
  examplesPerMunicipality: number;
  /** Pages the generated entries yield: municipality pages, each standard's page and its versions' pages, consultations, examples. */
  pages: number;
}

/** Pages of one municipality with content: the standards' own pages, one per version, one consultation per version, the examples. */
function pagesPerMunicipality(versions: number, examples: number): number {
  return STANDARDS_PER_MUNICIPALITY * (1 + versions) + STANDARDS_PER_MUNICIPALITY * versions + examples;
}

const planPages = (municipalities: number, versions: number, examples: number) => MUNICIPALITY_COUNT + municipalities * pagesPerMunicipality(versions, examples);

/**
 * The smallest plan of this shape that yields at least `pages` pages (never less than one
 * municipality with one version). With `versions`, every standard has exactly that many and the
 * municipalities and examples grow with the pages instead.
 */
export function corpusPlan(pages: number, versions?: number): CorpusPlan {
  if (!Number.isFinite(pages) || pages < 1) throw new Error(`The corpus needs a page count of at least 1; found ${pages}`);
  const remaining = Math.max(0, pages - MUNICIPALITY_COUNT);
  if (versions !== undefined) {
    checkVersionCount(versions);
    const smallest = pagesPerMunicipality(versions, 1);
    const municipalitiesWithContent = Math.min(MUNICIPALITY_COUNT, Math.max(1, Math.floor(remaining / smallest)));
    const perMunicipality = Math.max(smallest, Math.ceil(remaining / municipalitiesWithContent));
    const examplesPerMunicipality = Math.max(1, perMunicipality - pagesPerMunicipality(versions, 0));
    return { municipalitiesWithContent, versionsPerStandard: versions, yearsApart: defaultYearsApart(versions), examplesPerMunicipality, pages: planPages(municipalitiesWithContent, versions, examplesPerMunicipality) };
  }
  const smallest = pagesPerMunicipality(1, 1);
  const municipalitiesWithContent = Math.min(MUNICIPALITY_COUNT, Math.max(1, Math.floor(remaining / smallest)));
  const perMunicipality = Math.max(smallest, Math.ceil(remaining / municipalitiesWithContent));
  const fixed = pagesPerMunicipality(0, 0);
  const perVersion = pagesPerMunicipality(1, 0) - fixed;
  const versionsPerStandard = Math.min(MAX_VERSIONS, Math.max(1, Math.floor((perMunicipality - fixed - 1) / perVersion)));
  const examplesPerMunicipality = Math.max(1, perMunicipality - pagesPerMunicipality(versionsPerStandard, 0));
  return { municipalitiesWithContent, versionsPerStandard, yearsApart: 2, examplesPerMunicipality, pages: planPages(municipalitiesWithContent, versionsPerStandard, examplesPerMunicipality) };
}

/** The national preset: all 98 municipalities, both standards, ten yearly versions each, and the default corpus's examples per municipality. */
export function nationalPlan(): CorpusPlan {
  const examplesPerMunicipality = corpusPlan(DEFAULT_PAGES).examplesPerMunicipality;
  return {
    municipalitiesWithContent: MUNICIPALITY_COUNT,
    versionsPerStandard: NATIONAL.versions,
    yearsApart: NATIONAL.yearsApart,
    examplesPerMunicipality,
    pages: planPages(MUNICIPALITY_COUNT, NATIONAL.versions, examplesPerMunicipality),
  };
}

/** What a plan generates, entry by entry (one source per municipality with content). */
export function planCounts(plan: CorpusPlan) {
  const standards = plan.municipalitiesWithContent * STANDARDS_PER_MUNICIPALITY;
  const versions = standards * plan.versionsPerStandard;
  const examples = plan.municipalitiesWithContent * plan.examplesPerMunicipality;
  return {
    municipalities: MUNICIPALITY_COUNT,
    standards,
    versions,
    consultations: versions,
    examples,
    sources: plan.municipalitiesWithContent,
    /** Generated entry files: municipalities, sources, versions, consultations, examples. */
    files: MUNICIPALITY_COUNT + plan.municipalitiesWithContent + 2 * versions + examples,
  };
}
