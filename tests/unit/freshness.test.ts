/**
 * Which facts are due for a new check: every dated fact in the content is found, with what it was
 * checked against, and the ones checked longer ago than the interval are listed for editors.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { datedFacts, factsDue, factsDueReport } from '../../src/domain/law/freshness.ts';

const law = (file: string, verifiedOn: string) => ({ collection: 'law', file, data: { verifiedOn, checkedAgainst: [{ source: 'serviceloven' }] } });

describe('datedFacts', () => {
  it('finds every law entry, rule file, route, outcome, contact and the holiday rule of the real content', () => {
    const { files } = readContentFiles('content');
    const facts = datedFacts(files);
    const lawFiles = files.filter((f) => f.collection === 'law').length;
    expect(facts.filter((f) => f.file.startsWith('content/law/')).length).toBe(lawFiles);
    expect(facts.some((f) => f.what.startsWith('routes → '))).toBe(true);
    expect(facts.some((f) => f.what.startsWith('contacts → '))).toBe(true);
    expect(facts.some((f) => f.what === 'holidayDeadline')).toBe(true);
    for (const f of facts.filter((x) => x.file.startsWith('content/law/'))) expect(f.checkedAgainst.length, f.file).toBeGreaterThan(0);
  });
});

describe('factsDue', () => {
  const facts = datedFacts([law('a.yaml', '2025-11-30'), law('b.yaml', '2025-12-01'), law('c.yaml', '2026-06-01'), law('d.yaml', '2024-01-01')]);

  it('lists the facts checked more than the interval ago, oldest first, and not one checked exactly then', () => {
    expect(factsDue(facts, '2026-12-01', 12).map((f) => f.file)).toEqual(['d.yaml', 'a.yaml']);
  });

  it('counts months to the same day, or the month\'s last day', () => {
    expect(factsDue(datedFacts([law('x.yaml', '2026-02-28')]), '2026-03-31', 1)).toEqual([]);
    expect(factsDue(datedFacts([law('x.yaml', '2026-02-27')]), '2026-03-31', 1).length).toBe(1);
  });

  it('reports in Danish, naming the file, the date and what it was checked against', () => {
    expect(factsDueReport(factsDue(facts, '2026-12-01', 12), 12)).toEqual([
      '2 fakta er sidst kontrolleret for mere end 12 måneder siden og skal kontrolleres igen:',
      '  - d.yaml: kontrolleret 2024-01-01 mod serviceloven',
      '  - a.yaml: kontrolleret 2025-11-30 mod serviceloven',
    ]);
    expect(factsDueReport([], 12)).toEqual(['Alle fakta er kontrolleret inden for de seneste 12 måneder.']);
  });

  it('shows what a check could not confirm, so a maintainer sees why the date was left', () => {
    const noted = datedFacts([{ ...law('n.yaml', '2024-01-01'), data: { ...law('n.yaml', '2024-01-01').data, checkNote: 'Ingen nyere kilde fundet.' } }]);
    expect(factsDueReport(factsDue(noted, '2026-12-01', 12), 12)[1]).toBe('  - n.yaml: kontrolleret 2024-01-01 mod serviceloven. Note: Ingen nyere kilde fundet.');
  });
});

describe('npm run check:law', () => {
  it('lists the facts due on a given date, as the build log does', () => {
    const out = execFileSync(process.execPath, ['scripts/content-check/check-law.ts'], { env: { ...process.env, BUILD_DATE: '2028-01-01' }, encoding: 'utf8' });
    expect(out).toMatch(/^\d+ fakta er sidst kontrolleret for mere end 12 måneder siden/);
    expect(out).toContain('content/law/sel-101-stk-4.yaml: kontrolleret 2026-12-01 mod l7-2019-20');
  });
});
