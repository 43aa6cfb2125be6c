/**
 * What a build read, kept for the next build in Astro's cache folder: readings found by the digest
 * of the text they were read from, under the version of the code that read them. A file of another
 * version, a damaged file or none gives nothing, so a kept reading is always what the code would
 * read now. The file is written whole or not at all.
 *
 * v8's serializer keeps every value a reading may hold (.nan and .inf from YAML, -0), which JSON would not.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';

interface KeptFile<T> {
  version: string;
  readings: [string, T][];
}

/** The readings kept at `file` by code of the same `version`; none when there are none, they are damaged, or of another version. */
export function readKept<T>(file: string, version: string): [string, T][] {
  let kept: KeptFile<T>;
  try {
    kept = deserialize(readFileSync(file)) as KeptFile<T>;
  } catch {
    return [];
  }
  if (kept?.version !== version || !Array.isArray(kept.readings)) return [];
  return kept.readings;
}

/** Keeps `readings` at `file` for code of `version`, replacing what was there. */
export function writeKept<T>(file: string, version: string, readings: [string, T][]): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialize({ version, readings } satisfies KeptFile<T>));
  renameSync(temporary, file);
}
