/**
 * What the YAML reader read in one build, kept for the next (kept-readings.ts): a rebuild parses
 * only the files whose text changed (the yaml package takes about 2 s for the 2,000-page benchmark
 * corpus, docs/performance.md). A reading is found by the digest of the text, and all are dropped
 * when the reader or the yaml package changes. Only readings without a problem are kept (yaml-reader.ts).
 */
import { readKept, writeKept } from './kept-readings.ts';
import { readingsUsed, rememberedReadings, rememberReadings } from './yaml-reader.ts';

/** Loads the readings kept at `file` by a build with the same reader `version`; returns how many. */
export function loadKeptReadings(file: string, version: string): number {
  const readings = readKept<unknown>(file, version);
  rememberReadings(readings);
  return readings.length;
}

/** Keeps the readings of the texts this process read at `file`. */
export function keepReadings(file: string, version: string): void {
  const all = rememberedReadings();
  const readings: [string, unknown][] = [];
  for (const key of readingsUsed()) {
    const reading = all.get(key);
    if (reading && reading.problem === undefined) readings.push([key, reading.data]);
  }
  writeKept(file, version, readings);
}
