/**
 * What a build does with the output of the build before it, when it builds into the same folder.
 *
 * Astro empties the output folder at the start of every build, one entry at a time on the main
 * thread, and then copies every unchanged page back from its cache (for the 2,000-page corpus:
 * 1.2 s to empty 5,300 files, then about 2 s to copy 3,456 pages back, of a 13-19 s rebuild).
 * Astro itself leaves a page where it is when the folder is kept (vite.build.emptyOutDir: false)
 * and the file is there, but then nothing removes the pages of deleted entries. So:
 *
 * - When the folder holds exactly what the last build with this cache wrote (recorded at the end
 *   of that build: every page's size, modification time and inode), it is kept. Its search index
 *   is moved aside, since Pagefind writes a new one. After rendering, every file older than this
 *   build that the build did not make (a deleted entry's page, an old script) is removed, before
 *   Pagefind reads the pages.
 * - Otherwise (no record, a build that stopped half-way, another build or a person changed the
 *   folder), it is moved aside whole in one rename, and Astro builds into an empty folder.
 *
 * What is moved aside is deleted in the background while the build runs. Either way the folder
 * ends up as a build into an empty folder leaves it (tests/site/incremental-build.test.ts).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesIn, outputPath } from './output-files.ts';

/** A file of the output as the last build left it: path relative to the folder, size, mtime (ms), inode. */
type FileState = [path: string, size: number, mtimeMs: number, ino: number];

export interface OutputRecord {
  outDir: string;
  files: FileState[];
}

const stateOf = (outDir: string, path: string): FileState | undefined => {
  try {
    const s = statSync(join(outDir, path));
    return [path, s.size, s.mtimeMs, s.ino];
  } catch {
    return undefined;
  }
};

/** The record of the pages and endpoint files a build wrote into outDir. */
export function recordOutput(outDir: string, files: readonly string[]): OutputRecord {
  return { outDir, files: files.map((path) => stateOf(outDir, path)).filter((s): s is FileState => s !== undefined) };
}

/** Whether every recorded file is still there, as it was left. */
export function outputAsRecorded(outDir: string, record: OutputRecord | undefined): boolean {
  if (!record || record.outDir !== outDir || record.files.length === 0) return false;
  return record.files.every((recorded) => {
    const now = stateOf(outDir, recorded[0]);
    return now !== undefined && now.every((value, i) => value === recorded[i]);
  });
}

/** Files in outDir, relative and with "/", that are older than `since` and not among `built`. */
export function staleFiles(outDir: string, built: ReadonlySet<string>, since: number): string[] {
  return filesIn(outDir).filter((path) => !built.has(path) && statSync(join(outDir, path)).mtimeMs < since);
}

/** Removes the files, then every folder they leave empty. */
export function removeFiles(outDir: string, paths: readonly string[]): void {
  const folders = new Set<string>();
  for (const path of paths) {
    rmSync(join(outDir, path), { force: true });
    for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) folders.add(folder);
  }
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    if (readdirSync(join(outDir, folder)).length === 0) rmdirSync(join(outDir, folder));
  }
}

/** Why a folder cannot be moved aside whole, or undefined when it can. */
export function reasonToKeep(folder: string, trashDir: string): string | undefined {
  if (!existsSync(folder)) return 'there is nothing to move';
  // Astro's own emptying keeps a .git folder (a site published as a Git branch).
  if (existsSync(join(folder, '.git'))) return 'it holds a .git folder';
  const inside = relative(folder, trashDir);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) return 'the cache folder is inside it';
  return undefined;
}

/** Moves a folder into trashDir under a name of its own, or says why it stays. */
export function moveAside(folder: string, trashDir: string): { trash: string } | { kept: string } {
  const reason = reasonToKeep(folder, trashDir);
  if (reason) return { kept: reason };
  try {
    mkdirSync(trashDir, { recursive: true });
    renameSync(folder, join(trashDir, `${process.pid}-${Date.now()}`));
    return { trash: trashDir };
  } catch (error) {
    return { kept: `it could not be renamed (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

export function previousOutput(): AstroIntegration {
  let outDir = '';
  let ownDir = '';
  let trashDir = '';
  let recordFile = '';
  let kept = false;
  let startedAt = 0;
  let deleting: Promise<void> | undefined;
  return {
    name: 'rusmiddelguiden:previous-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        ownDir = join(fileURLToPath(config.cacheDir), 'rusmiddelguiden');
        trashDir = join(fileURLToPath(config.cacheDir), 'previous-output');
        recordFile = join(ownDir, 'previous-output.json');
      },
      'astro:build:start': ({ logger }) => {
        mkdirSync(ownDir, { recursive: true });
        // The file system's own clock: files written from now on are at least this new.
        const stamp = join(ownDir, 'build-started');
        writeFileSync(stamp, '');
        startedAt = statSync(stamp).mtimeMs;
        const record = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, 'utf8')) as OutputRecord) : undefined;
        // A build that stops before its end leaves no record, so the next one starts from an empty folder.
        rmSync(recordFile, { force: true });
        // A folder that cannot be moved aside (a .git folder in it, the cache inside it) is never swept either.
        kept = reasonToKeep(outDir, trashDir) === undefined && outputAsRecorded(outDir, record);
        const moved = moveAside(kept ? join(outDir, 'pagefind') : outDir, trashDir);
        if ('kept' in moved) logger.debug(`Nothing moved aside: ${moved.kept}.`);
        if (existsSync(trashDir)) {
          deleting = rm(trashDir, { recursive: true, force: true, maxRetries: 3 }).catch((error: unknown) => {
            logger.warn(`Den forrige bygning i ${trashDir} kunne ikke slettes: ${String(error)}. Den fylder, men påvirker ikke siden.`);
          });
        }
      },
      'astro:build:done': async ({ assets, logger }) => {
        await deleting;
        // assets: every page and endpoint file the build wrote or kept, by route.
        const built = new Set([...assets.values()].flat().map((url) => outputPath(outDir, fileURLToPath(url))));
        if (kept) {
          const stale = staleFiles(outDir, built, startedAt);
          removeFiles(outDir, stale);
          // The sitemap and the build marker are among them too, but are written again after this step.
          const pages = stale.filter((path) => path.endsWith('.html'));
          if (pages.length > 0) logger.info(`${pages.length} ${pages.length === 1 ? 'side' : 'sider'} fra den forrige bygning, som ikke længere bygges, er fjernet.`);
          logger.debug(`Removed from the previous output: ${stale.join(', ')}`);
        }
        writeFileSync(recordFile, JSON.stringify(recordOutput(outDir, [...built].sort())));
      },
    },
  };
}
