/**
 * A small seeded random source for the benchmark corpus: the same seed gives the same corpus on
 * every machine, so build figures from different runs compare like with like.
 */

export type Random = () => number;

/** mulberry32: a fast 32-bit generator, good enough for picking words; returns numbers in [0, 1). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed derived from a base seed and a text, so each part of the corpus has its own stable stream. */
export function seedFor(base: number, key: string): number {
  let hash = (base ^ 0x811c9dc5) >>> 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** A whole number from min to max, both included. */
export function intBetween(random: Random, min: number, max: number): number {
  if (max < min) throw new Error(`intBetween: max ${max} is below min ${min}`);
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: the list is empty');
  return items[Math.floor(random() * items.length)];
}

/** `count` different items, in the order they have in `items` (so sections keep their order). */
export function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const n = Math.max(0, Math.min(count, items.length));
  const indexes = shuffled(random, items.map((_, i) => i)).slice(0, n).sort((a, b) => a - b);
  return indexes.map((i) => items[i]);
}

/** A shuffled copy (Fisher-Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
