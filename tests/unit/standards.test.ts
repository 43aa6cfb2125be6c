import { describe, expect, it } from 'vitest';
import { currentVersion, isRevisionOverdue, revisionDueOn, shownVersionNote, type VersionInfo } from '../../src/domain/standards/versions.ts';
import { groupStandards } from '../../src/domain/standards/groups.ts';

const v = (version: string, status: VersionInfo['status'], adoptedOn?: string, validFrom?: string): VersionInfo => ({ version, status, adoptedOn, validFrom });

describe('currentVersion', () => {
  it('picks the adopted version that started most recently', () => {
    const versions = [v('2021', 'historisk', '2021-01-10'), v('2023', 'vedtaget', '2023-02-01'), v('2025', 'vedtaget', '2025-03-01', '2025-04-01')];
    expect(currentVersion(versions, '2025-05-01')?.version).toBe('2025');
  });
  it('ignores an adopted version that has not started yet', () => {
    const versions = [v('2023', 'vedtaget', '2023-02-01'), v('2025', 'vedtaget', '2025-03-01', '2025-09-01')];
    expect(currentVersion(versions, '2025-05-01')?.version).toBe('2023');
  });
  it('without an adopted version, shows the draft in consultation before a plain draft', () => {
    expect(currentVersion([v('2024-b', 'udkast'), v('2024-a', 'i-hoering')], '2025-01-01')?.version).toBe('2024-a');
  });
  it('returns nothing for no versions', () => {
    expect(currentVersion([], '2025-01-01')).toBeUndefined();
  });
});

describe('revision due', () => {
  it('is two years after adoption', () => {
    expect(revisionDueOn('2023-02-01', 2)).toBe('2025-02-01');
    // One rule for 29 February across the site (src/domain/dates.ts): the earlier day.
    expect(revisionDueOn('2024-02-29', 2)).toBe('2026-02-28');
  });
  it('flags adopted versions older than two years only', () => {
    expect(isRevisionOverdue(v('2023', 'vedtaget', '2023-02-01'), '2025-02-02', 2)).toBe(true);
    expect(isRevisionOverdue(v('2023', 'vedtaget', '2023-02-01'), '2025-02-01', 2)).toBe(false);
    expect(isRevisionOverdue(v('2023', 'historisk', '2020-02-01'), '2025-02-02', 2)).toBe(false);
    expect(isRevisionOverdue(v('2023', 'i-hoering'), '2025-02-02', 2)).toBe(false);
  });
});

describe('groupStandards', () => {
  it('groups versions by municipality and standard, newest label first', () => {
    const entry = (m: string, s: string, version: string) => ({ id: `${m}/${s}/${version}`, data: { municipality: m, standard: s, version } });
    const groups = groupStandards([entry('a', 'x', '2021'), entry('b', 'x', '2022'), entry('a', 'x', '2023')]);
    expect(groups.map((g) => [g.municipality, g.standard, g.versions.map((e) => e.data.version)])).toEqual([
      ['a', 'x', ['2023', '2021']],
      ['b', 'x', ['2022']],
    ]);
  });
});

describe('shownVersionNote', () => {
  it('calls only an adopted version the one in force', () => {
    expect(shownVersionNote({ status: 'vedtaget' })).toBe('den gældende version');
    for (const status of ['i-hoering', 'udkast', 'historisk'] as const) expect(shownVersionNote({ status })).not.toContain('gældende');
  });
});
