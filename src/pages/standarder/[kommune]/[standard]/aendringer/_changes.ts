/**
 * What the changes pages of one standard share: its versions oldest first, the version in force,
 * which pairs get a page (src/domain/standards/version-pairs.ts pagePairs: linear in the
 * versions), their addresses, and the versions as the browser compares them (versioner.json).
 * The underscore keeps Astro from taking this file for a page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate } from '../../../../../data/build-date.ts';
import { byId } from '../../../../../data/content.ts';
import { groupStandards } from '../../../../../domain/standards/groups.ts';
import { currentVersion } from '../../../../../domain/standards/versions.ts';
import { newestPair, oldestFirst, pagePairs, samePair } from '../../../../../domain/standards/version-pairs.ts';
import { extractVersion, type ExtractedVersion } from '../../../../../domain/standards/diff.ts';
import { compareVersions, type VersionDiff } from '../../../../../domain/standards/compare.ts';
import { urls } from '../../../../../domain/site/urls.ts';

export type Version = CollectionEntry<'standards'>;
export type Pair = [Version, Version];

export interface ChangeGroup {
  municipality: string;
  standard: string;
  /** Oldest first. */
  versions: Version[];
  /** The adopted version in force today, if any. */
  inForce?: Version;
  /** The two newest: the pair on /aendringer/ itself. */
  newest: Pair;
  /** The pairs with a page, newest pair first. */
  pages: Pair[];
}

/** Every standard with at least two versions, with its changes pages. */
export async function changeGroups(): Promise<ChangeGroup[]> {
  const today = buildDate();
  return groupStandards(await getCollection('standards')).flatMap((g) => {
    const newest = newestPair(g.versions);
    if (!newest) return [];
    const current = currentVersion(g.versions.map((v) => ({ ...v.data, entry: v })), today)?.entry;
    const inForce = current?.data.status === 'vedtaget' ? current : undefined;
    const pairs = pagePairs(g.versions, inForce);
    const pages = [newest, ...pairs.filter((p) => !samePair(p, newest))];
    return [{ municipality: g.municipality, standard: g.standard, versions: oldestFirst(g.versions), ...(inForce ? { inForce } : {}), newest, pages }];
  });
}

/** The address of a pair's page: /aendringer/ for the newest pair, /aendringer/<fra>/<til>/ for the others. */
export function pairUrl(group: ChangeGroup, [older, newer]: Pair): string {
  return samePair([older, newer], group.newest) ? urls.standardChanges(group.municipality, group.standard) : urls.standardChanges(group.municipality, group.standard, older.data.version, newer.data.version);
}

/** The page where any two versions are compared on request. */
export const compareUrl = (group: Pick<ChangeGroup, 'municipality' | 'standard'>) => `${urls.standardChanges(group.municipality, group.standard)}sammenlign/`;

/** The versions' data file for the browser. */
export const dataUrl = (group: Pick<ChangeGroup, 'municipality' | 'standard'>) => `${urls.standardChanges(group.municipality, group.standard)}versioner.json`;

const extractedCache = new Map<string, Promise<ExtractedVersion>>();

/** A version as the comparison takes it, with the consultation parties named; each version once per build. */
export function extracted(version: Version): Promise<ExtractedVersion> {
  const key = JSON.stringify([version.id, version.body, version.data.sections]);
  if (!extractedCache.has(key)) extractedCache.set(key, extract(version));
  return extractedCache.get(key)!;
}

const comparisons = new Map<string, Promise<VersionDiff>>();

/** The comparison of a pair, once per build: its own page and the comparison page's counts both need it. */
export function comparison([older, newer]: Pair): Promise<VersionDiff> {
  const key = JSON.stringify([older.id, older.digest, newer.id, newer.digest]);
  if (!comparisons.has(key)) comparisons.set(key, Promise.all([extracted(older), extracted(newer)]).then(([a, b]) => compareVersions(a, b)));
  return comparisons.get(key)!;
}

async function extract(version: Version): Promise<ExtractedVersion> {
  const consultations = await byId('consultations');
  const partyOf = (consultationId: string, rowId: string) => {
    const c = consultations.get(consultationId);
    const row = c?.data.rows.find((r) => r.id === rowId);
    return row ? c!.data.parties.find((p) => p.id === row.party)?.name : undefined;
  };
  return extractVersion({ version: version.data.version, sections: version.data.sections, body: version.body ?? '', file: version.filePath }, { partyOf });
}

/** What the compare form and the island need to know about the pages (embedded in the form as JSON). */
export interface FormData {
  /** "<fra>/<til>" to the address of its page. */
  pages: Record<string, string>;
}

export function formData(group: ChangeGroup): FormData {
  return { pages: Object.fromEntries(group.pages.map((p) => [`${p[0].data.version}/${p[1].data.version}`, pairUrl(group, p)])) };
}
