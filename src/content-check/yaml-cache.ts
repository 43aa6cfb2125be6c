/**
 * What the YAML reader read in one build, kept for the next in Astro's cache folder: a rebuild
 * parses only the files whose text changed (the yaml package takes about 2 s for the 2,000-page
 * benchmark corpus, docs/performance.md). A reading is found by the digest of the text, and the
 * whole file is dropped when the reader or the yaml package changes, so a kept reading is always
 * what the reader would return now. Only readings without a problem are kept (yaml-reader.ts).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readingsUsed, rememberedReadings, rememberReadings } from './yaml-reader.ts';

interface KeptReadings {
  version: string;
  readings: [string, unknown][];
}

/** Loads the readings kept at `file` by a build with the same reader `version`; nothing if there are none or they are of another version. */
export function loadKeptReadings(file: string, version: string): number {
  let kept: KeptReadings;
  try {
    kept = deserialize(readFileSync(file)) as KeptReadings;
  } catch {
    return 0;
  }
  if (kept?.version !== version || !Array.isArray(kept.readings)) return 0;
  rememberReadings(kept.readings);
  return kept.readings.length;
}

/**
 * Keeps the readings of the texts this process read at `file`, written whole or not at all.
 * v8's serializer keeps every value YAML's core schema gives, .nan and .inf included, which JSON would not.
 */
export function keepReadings(file: string, version: string): void {
  const all = rememberedReadings();
  const readings: [string, unknown][] = [];
  for (const key of readingsUsed()) {
    const reading = all.get(key);
    if (reading && reading.problem === undefined) readings.push([key, reading.data]);
  }
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialize({ version, readings } satisfies KeptReadings));
  renameSync(temporary, file);
}
