import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { commitDatesFromLog, lastChanged } from '../../src/data/git-dates.ts';

describe('commitDatesFromLog', () => {
  it('gives each file the date of the newest commit that touched it', () => {
    const log = '\x002026-03-02T10:00:00+01:00\n\na.yaml\nb.yaml\n\x002025-01-01T12:00:00+00:00\n\nb.yaml\nc.yaml\n';
    expect(commitDatesFromLog(log)).toEqual(
      new Map([
        ['a.yaml', '2026-03-02T09:00:00Z'],
        ['b.yaml', '2026-03-02T09:00:00Z'],
        ['c.yaml', '2025-01-01T12:00:00Z'],
      ]),
    );
  });
});

describe('lastChanged', () => {
  it('agrees with `git log -1` for a committed content file', () => {
    const file = 'content/law/sel-101.yaml';
    const expected = new Date(execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(lastChanged(file)).toBe(expected);
  });
  it('gives a file git does not know the build date', () => {
    expect(lastChanged('content/ingen-fil.yaml')).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });
});
