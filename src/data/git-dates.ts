/**
 * When a content file last changed, from git (the commit date), for the feed; the build date when
 * the file is not committed or git is not available. One `git log` reads the dates of every file
 * at the first call, instead of one process per file.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { buildDate } from './build-date.ts';

let dates: Map<string, string> | undefined;

/** Every file's last commit date, from the newest commit back: the first date seen for a path is its latest. */
export function commitDatesFromLog(log: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').filter((line) => line.trim() !== '');
    if (!date) continue;
    const iso = new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
    for (const file of files) if (!result.has(file)) result.set(file, iso);
  }
  return result;
}

function readDates(): Map<string, string> {
  try {
    return commitDatesFromLog(execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--relative', '--', '.'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 }));
  } catch {
    // Not a git checkout: every file gets the build date.
    return new Map();
  }
}

export function lastChanged(file: string): string {
  dates ??= readDates();
  return dates.get(relative(process.cwd(), resolve(file)).split('\\').join('/')) ?? `${buildDate()}T00:00:00Z`;
}
