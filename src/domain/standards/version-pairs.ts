/**
 * Which pairs of versions get a changes page. Not every pair: that grows with the square of the
 * versions (45 pages for 10 versions). A page is made for what readers ask (docs/decisions/0008):
 * - each version against the one before it (the chain of changes, version by version), and
 * - the version in force against each older version ("what changed since the one I know?").
 * That is at most 2n - 3 pages for n versions. Any other pair is compared on request, in the
 * browser, from the versions' data (src/islands/version-compare.ts); without JavaScript a reader
 * follows the chain.
 */
export interface Labelled {
  data: { version: string };
}

// One collator for all comparisons: localeCompare with a locale builds a new one on every call.
const byLabel = new Intl.Collator('da', { numeric: true }).compare;

/** Versions oldest first, by label ("2021-22" before "2023-24", "2025" before "2026"). */
export function oldestFirst<V extends Labelled>(versions: readonly V[]): V[] {
  return [...versions].sort((a, b) => byLabel(a.data.version, b.data.version));
}

/** True when `a` has a later label than `b` ("2026" after "2025", "2025-26" after "2023-24"). */
export function isNewerVersion(a: Labelled, b: Labelled): boolean {
  return byLabel(a.data.version, b.data.version) > 0;
}

/** Every pair [older, newer], in label order: n(n-1)/2 pairs, for the choices of the compare form, not for pages. */
export function versionPairs<V extends Labelled>(versions: readonly V[]): [V, V][] {
  const sorted = oldestFirst(versions);
  return sorted.flatMap((older, i) => sorted.slice(i + 1).map((newer) => [older, newer] as [V, V]));
}

/** Each version with the one before it: [v1, v2], [v2, v3], …, oldest first. */
export function consecutivePairs<V extends Labelled>(versions: readonly V[]): [V, V][] {
  const sorted = oldestFirst(versions);
  return sorted.slice(1).map((newer, i) => [sorted[i], newer] as [V, V]);
}

/** True when two pairs compare the same two versions. */
export function samePair(a: readonly [{ id: string }, { id: string }], b: readonly [{ id: string }, { id: string }]): boolean {
  return a[0].id === b[0].id && a[1].id === b[1].id;
}

/** The pair shown on the default changes page: the two newest versions; undefined with fewer than two. */
export function newestPair<V extends Labelled>(versions: readonly V[]): [V, V] | undefined {
  const sorted = oldestFirst(versions);
  return sorted.length < 2 ? undefined : [sorted[sorted.length - 2], sorted[sorted.length - 1]];
}

/**
 * The pairs that get a page, [older, newer]: the consecutive pairs, then the version in force
 * (when given and one of `versions`) against each older version that is not its direct
 * predecessor. No pair twice; at most 2n - 3 for n ≥ 2 versions.
 */
export function pagePairs<V extends Labelled & { id: string }>(versions: readonly V[], inForce: V | undefined): [V, V][] {
  const sorted = oldestFirst(versions);
  const chain = consecutivePairs(sorted);
  const at = inForce ? sorted.findIndex((v) => v.id === inForce.id) : -1;
  const sinceInForce = at < 0 ? [] : sorted.slice(0, Math.max(0, at - 1)).map((older) => [older, sorted[at]] as [V, V]);
  return [...chain, ...sinceInForce];
}

/** True when `pair` has a page among `pages`. */
export function hasPage(pages: readonly (readonly [{ id: string }, { id: string }])[], pair: readonly [{ id: string }, { id: string }]): boolean {
  return pages.some((p) => samePair(p, pair));
}

/**
 * The consecutive pairs that lead from `older` to `newer`: what a reader without JavaScript reads
 * to see the changes between two versions without a page of their own. Empty when `older` is not
 * older than `newer`.
 */
export function chainBetween<V extends Labelled & { id: string }>(versions: readonly V[], older: V, newer: V): [V, V][] {
  const sorted = oldestFirst(versions);
  const from = sorted.findIndex((v) => v.id === older.id);
  const to = sorted.findIndex((v) => v.id === newer.id);
  if (from < 0 || to < 0 || from >= to) return [];
  return consecutivePairs(sorted.slice(from, to + 1));
}
