import { describe, expect, it } from 'vitest';
import { completenessReport } from '../../src/content-check/completeness-report.ts';
import { validateContent } from '../../src/content-check/validate-content.ts';
import { baseContentDir } from '../support/fixtures.ts';

describe('completenessReport', () => {
  it('names the statutory elements a version misses', () => {
    const { index } = validateContent(baseContentDir);
    expect(completenessReport(index, '2026-11-23')).toEqual(['testby/social-behandling/2024: alle 2 emner, som loven kræver, er med.']);
    index.standards[0].data.sections = index.standards[0].data.sections.map((section, i) => (i === 0 ? section : { ...section, elements: [] }));
    expect(completenessReport(index, '2026-11-23')).toEqual(['testby/social-behandling/2024: mangler emner, som loven kræver: 7. Frit valg.']);
  });
  it('does not judge a partial record', () => {
    const { index } = validateContent('content');
    expect(completenessReport(index, '2026-11-23').find((l) => l.startsWith('koebenhavn/'))).toMatch(/det er ikke tjekket, om alle lovens emner er med/);
    expect(completenessReport(index, '2026-11-23').find((l) => l.startsWith('eksempel/social-behandling-stoffer/2026'))).toMatch(/alle 15 emner, som loven kræver, er med/);
  });
  it('reports the version in force and newer drafts, not the versions they replaced', () => {
    const { index } = validateContent('content');
    const reported = (today: string) => completenessReport(index, today).filter((l) => l.startsWith('eksempel/')).map((l) => l.split(':')[0]);
    expect(reported('2026-11-23')).toEqual(['eksempel/social-behandling-stoffer/2026']);
    // While 2026 was a draft, 2025 was in force: both matter.
    const v2025 = index.standards.find((s) => s.id === 'eksempel/social-behandling-stoffer/2025')!;
    const v2026 = index.standards.find((s) => s.id === 'eksempel/social-behandling-stoffer/2026')!;
    v2025.data.status = 'vedtaget';
    v2026.data.status = 'udkast';
    expect(reported('2026-11-23')).toEqual(['eksempel/social-behandling-stoffer/2025', 'eksempel/social-behandling-stoffer/2026']);
  });
});
