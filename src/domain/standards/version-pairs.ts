/** Which pairs of versions get a changes page: every older-newer pair, and the two newest as the default. */
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

/** Every pair [older, newer], in label order. */
export function versionPairs<V extends Labelled>(versions: readonly V[]): [V, V][] {
  const sorted = oldestFirst(versions);
  return sorted.flatMap((older, i) => sorted.slice(i + 1).map((newer) => [older, newer] as [V, V]));
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
