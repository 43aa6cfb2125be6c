/**
 * Which version of a quality standard is in force, and when a standard is due for revision: the
 * interval is rule data (content/rules/kvalitetsstandard-elementer.yaml, "revisionYears").
 */
import { addPeriod } from '../dates.ts';

export interface VersionInfo {
  version: string;
  status: 'udkast' | 'i-hoering' | 'vedtaget' | 'historisk';
  adoptedOn?: string;
  validFrom?: string;
}

const statusRank: Record<VersionInfo['status'], number> = { vedtaget: 3, 'i-hoering': 2, udkast: 1, historisk: 0 };

/** The day a version starts to apply: validFrom, else adoptedOn, else never (""). */
const startOf = (v: VersionInfo) => v.validFrom ?? v.adoptedOn ?? '';

/**
 * The version a reader should see first: the adopted version that started most recently on or
 * before `today`; without one, the most advanced draft (in consultation before draft), newest label first.
 */
export function currentVersion<V extends VersionInfo>(versions: readonly V[], today: string): V | undefined {
  const adopted = versions.filter((v) => v.status === 'vedtaget' && startOf(v) !== '' && startOf(v) <= today);
  if (adopted.length > 0) return [...adopted].sort((a, b) => startOf(b).localeCompare(startOf(a)))[0];
  return [...versions].sort((a, b) => statusRank[b.status] - statusRank[a.status] || b.version.localeCompare(a.version))[0];
}

/** Why the standard's own address shows this version, in Danish: it is in force, or there is no adopted version to show. */
export function shownVersionNote(version: Pick<VersionInfo, 'status'>): string {
  return version.status === 'vedtaget' ? 'den gældende version' : 'den nyeste version; Rusmiddelguiden kender ingen vedtaget version';
}

/** The date `years` after adoption, when a revision is due at the latest (29 February: see src/domain/dates.ts). */
export function revisionDueOn(adoptedOn: string, years: number): string {
  return addPeriod(adoptedOn, { years });
}

/** True when an adopted version is older than `years` on `today`. */
export function isRevisionOverdue(version: VersionInfo, today: string, years: number): boolean {
  return version.status === 'vedtaget' && version.adoptedOn !== undefined && revisionDueOn(version.adoptedOn, years) < today;
}

/** Danish names of the statuses, as shown on pages. */
export const statusLabels: Record<VersionInfo['status'], string> = {
  udkast: 'Udkast',
  'i-hoering': 'I høring',
  vedtaget: 'Vedtaget',
  historisk: 'Historisk',
};
