/**
 * Content is data: every attempt of the attack run on content is refused by the content check
 * (and so by the build, which runs the check before it renders), with the exact Danish line an
 * editor reads. One fixture per attempt in tests/fixtures/hostile-content/; the attempts that
 * need bytes or size are written here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-check/content-errors.ts';
import { validateContent } from '../../src/content-check/validate-content.ts';
import { hostileContentCases, materialize } from '../support/fixtures.ts';

const cases = hostileContentCases();
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const refusals = (replace: Record<string, string>, bytes: Record<string, Uint8Array> = {}) => {
  const fixture = materialize({ replace });
  cleanup = fixture.cleanup;
  for (const [path, data] of Object.entries(bytes)) writeFileSync(join(fixture.contentDir, path), data);
  return validateContent(fixture.contentDir, fixture.root).problems.map(formatProblem);
};

describe('hostile content, one fixture per attempt', () => {
  it('has the attempts of the attack run', () => expect(cases.length).toBeGreaterThanOrEqual(19));
  it.each(cases.map((c) => [c.name, c] as const))('%s is refused', (_, testCase) => {
    const fixture = materialize(testCase);
    cleanup = fixture.cleanup;
    expect(validateContent(fixture.contentDir, fixture.root).problems.map(formatProblem)).toEqual(testCase.expect);
  });
});

describe('hostile content written as bytes', () => {
  it('refuses a consultation whose one anchor is repeated 10,000 times, instead of building a 104 MB page (attack 3)', () => {
    const anchor = `"${'ø'.repeat(10_000)}"`;
    const bomb = [
      'title: Høringsnotat',
      'municipality: testby',
      'standard: testby/social-behandling/2024',
      'year: 2024',
      'parties:',
      `  - { id: raadet, name: &tekst ${anchor} }`,
      'rows:',
      ...Array.from({ length: 10_000 }, (_, i) => `  - { id: r${i}, party: raadet, remark: *tekst, response: Ok, changed: false }`),
      'sources:',
      '  - source: testkilde',
      '',
    ].join('\n');
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(refusals({ 'consultations/testby/hoering-2024.yaml': bomb })).toEqual([
      'content/consultations/testby/hoering-2024.yaml: kan ikke læses som YAML (linje 6, kolonne 32): "&tekst" er et YAML-anker, og indholdsfiler kan ikke bruge ankre og aliasser. Skriv værdien helt ud',
    ]);
  });

  it('refuses a Windows-1252 file, naming the encoding and the line, instead of publishing "Hj�lp" (attack 7)', () => {
    const latin1 = Uint8Array.from([...'name: Testby Kommune\ncode: "999"\nregion: Region Hovedstaden\nfictional: true\nnote: Hjælp\n'].map((c) => c.charCodeAt(0)));
    expect(refusals({}, { 'municipalities/testby.yaml': latin1 })).toEqual([
      'content/municipalities/testby.yaml: er ikke gemt som UTF-8: linje 5 har byten 0xE6, som UTF-8 ikke tillader der (filen ser ud til at være gemt som Windows-1252 eller ISO-8859-1, hvor byten er "æ"). Gem den igen som "UTF-8"',
    ]);
  });

  it('refuses a UTF-16 file, naming the encoding, instead of "found no fields" (attack 7)', () => {
    const text = 'name: Testby Kommune\ncode: "999"\nregion: Region Hovedstaden\nfictional: true\n';
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(refusals({}, { 'municipalities/testby.yaml': utf16 })).toEqual([expect.stringMatching(/^content\/municipalities\/testby\.yaml: er gemt som UTF-16/)]);
  });

  it('reads an unquoted date in a text field as the text written, as the build does (attack 5)', () => {
    const fixture = materialize({ edit: { 'consultations/testby/hoering-2024.yaml': ['response: Forvaltningen er enig.', 'response: 2024-01-01'] } });
    cleanup = fixture.cleanup;
    const { index, problems } = validateContent(fixture.contentDir, fixture.root);
    expect(problems).toEqual([]);
    expect(index.consultations[0].data.rows[0].response).toBe('2024-01-01');
  });
});
