import { describe, expect, it } from 'vitest';
import { completenessReport } from '../../src/lib/completeness-report.ts';
import { validateContent } from '../../src/lib/validate-content.ts';
import { baseContentDir } from '../support/fixtures.ts';

describe('completenessReport', () => {
  it('names the statutory elements a version misses', () => {
    const { index } = validateContent(baseContentDir);
    expect(completenessReport(index)).toEqual(['testby/social-behandling/2024: all 2 statutory elements covered.']);
    index.standards[0].data.sections = index.standards[0].data.sections.slice(0, 1);
    expect(completenessReport(index)).toEqual(['testby/social-behandling/2024: missing statutory elements: 7. Frit valg.']);
  });
  it('does not judge a partial record', () => {
    const { index } = validateContent('content');
    expect(completenessReport(index).find((l) => l.startsWith('koebenhavn/'))).toMatch(/completeness not checked/);
    expect(completenessReport(index).find((l) => l.startsWith('eksempel/social-behandling-stoffer/2026'))).toMatch(/all 15 statutory elements covered/);
  });
});
