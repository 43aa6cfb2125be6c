/**
 * When a content file last changed, from git (the commit date), for feeds and sitemaps; the build
 * date when the file is not committed yet or git is not available.
 */
import { execFileSync } from 'node:child_process';
import { buildDate } from './build-date.ts';

export function lastChanged(file: string): string {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (out) return new Date(out).toISOString().replace(/\.\d{3}Z$/, 'Z');
  } catch {
    // Not a git checkout: fall through to the build date.
  }
  return `${buildDate()}T00:00:00Z`;
}
