/** Files of the build's output folder, named as the steps after rendering name them: relative to the folder, with "/". */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A file's name relative to the output folder, with "/" on every platform: "standarder/index.html". */
export const outputPath = (outDir: string, file: string) => relative(outDir, file).split(sep).join('/');

/** Every file (not folder) in the output folder, by outputPath, sorted. */
export function filesIn(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => outputPath(outDir, join(entry.parentPath, entry.name)))
    .sort();
}
