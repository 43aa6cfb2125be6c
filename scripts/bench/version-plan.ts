/**
 * The versions of one generated standard, as a council adopts them: consecutive labels ending in
 * LAST_YEAR ("2019-20", "2021-22", ... every two years, the revision interval in
 * content/rules/kvalitetsstandard-elementer.yaml; or "2016", "2017", ... every year), each
 * superseding the one before, the newest adopted ("vedtaget") and the older ones superseded
 * ("historisk"); or the newest still out for consultation ("i-hoering") and the one before it the
 * adopted one. Each year's version goes out for consultation in February-March, is adopted in
 * April-June and applies from 1 July, so the dates of consecutive versions are in order.
 */
import { intBetween, type Random } from './random.ts';

/** The newest version's year. */
export const LAST_YEAR = 2025;
/** The 98 municipalities exist since the reform of 1 January 2007: no version is older. */
export const FIRST_YEAR = 2007;

export type YearsApart = 1 | 2;
export type PlannedStatus = 'vedtaget' | 'historisk' | 'i-hoering';

export interface PlannedVersion {
  label: string;
  year: number;
  status: PlannedStatus;
  /** The label of the version this one replaces; none for the first. */
  supersedes?: string;
  /** True when the version was adopted (it has adoptedBy, adoptedOn and validFrom). */
  adopted: boolean;
  /** The first day it applies, for adopted versions: 1 July of its year. */
  validFrom?: string;
}

export const pad = (n: number) => String(n).padStart(2, '0');

/** "2023-24" for versions two years apart (as the corpus has always labelled them), "2023" for yearly ones. */
export const versionLabel = (year: number, yearsApart: YearsApart = 2) => (yearsApart === 1 ? String(year) : `${year}-${pad((year + 1) % 100)}`);

/** The most versions that fit between FIRST_YEAR and LAST_YEAR at the given interval. */
export const maxVersions = (yearsApart: YearsApart) => Math.floor((LAST_YEAR - FIRST_YEAR) / yearsApart) + 1;

/** Two years apart (the statutory revision interval) while the versions fit since 2007, else yearly. */
export function defaultYearsApart(count: number): YearsApart {
  return count <= maxVersions(2) ? 2 : 1;
}

/** Refuses a version count that is not a whole number from 1 to the most that fit since 2007. */
export function checkVersionCount(count: number, yearsApart: YearsApart = defaultYearsApart(count)): void {
  if (!Number.isInteger(count) || count < 1) throw new Error(`--versions expects a whole number of versions per standard, at least 1; found ${count}`);
  if (count > maxVersions(yearsApart)) {
    throw new Error(`--versions ${count} does not fit: from ${FIRST_YEAR} (when the 98 municipalities began) to ${LAST_YEAR} there is room for ${maxVersions(yearsApart)} versions ${yearsApart === 1 ? 'a year apart' : 'two years apart'}`);
  }
}

/** The versions of one standard, oldest first. Pure: no dates drawn here but validFrom. */
export function planVersions(count: number, options: { yearsApart?: YearsApart; latestInConsultation?: boolean; lastYear?: number } = {}): PlannedVersion[] {
  const yearsApart = options.yearsApart ?? defaultYearsApart(count);
  checkVersionCount(count, yearsApart);
  const lastYear = options.lastYear ?? LAST_YEAR;
  const latestInConsultation = (options.latestInConsultation ?? false) && count > 1;
  const years = Array.from({ length: count }, (_, i) => lastYear - yearsApart * (count - 1 - i));
  return years.map((year, index) => {
    const latest = index === count - 1;
    const status: PlannedStatus = latest ? (latestInConsultation ? 'i-hoering' : 'vedtaget') : index === count - 2 && latestInConsultation ? 'vedtaget' : 'historisk';
    const adopted = status !== 'i-hoering';
    return {
      label: versionLabel(year, yearsApart),
      year,
      status,
      ...(index > 0 ? { supersedes: versionLabel(years[index - 1], yearsApart) } : {}),
      adopted,
      ...(adopted ? { validFrom: `${year}-07-01` } : {}),
    };
  });
}

/** The consultation period of a version's year: from 1-20 February to 10-28 March. */
export function consultationPeriod(random: Random, year: number): { from: string; to: string } {
  return { from: `${year}-02-${pad(intBetween(random, 1, 20))}`, to: `${year}-03-${pad(intBetween(random, 10, 28))}` };
}

/** The day a version is adopted: in April-June of its year, after its consultation and before it applies. */
export function adoptionDate(random: Random, year: number): string {
  return `${year}-${pad(intBetween(random, 4, 6))}-${pad(intBetween(random, 1, 28))}`;
}
