/**
 * Each bad-content fixture fails the content check with exactly the problems it expects: the file,
 * the field and what was expected, in words an editor understands.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-check/content-errors.ts';
import { validateContent } from '../../src/content-check/validate-content.ts';
import { badContentCases, baseContentDir, materialize } from '../support/fixtures.ts';

const cases = badContentCases();
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('bad-content fixtures', () => {
  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it('starts from a base content set that is valid', () => {
    expect(validateContent(baseContentDir).problems).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, testCase) => {
    const fixture = materialize(testCase);
    cleanup = fixture.cleanup;
    const lines = validateContent(fixture.contentDir, fixture.root).problems.map(formatProblem);
    expect(testCase.expect.length).toBeGreaterThan(0);
    expect(lines).toEqual(testCase.expect);
    // No zod jargon or stack traces reach an editor.
    for (const line of lines) expect(line).not.toMatch(/Invalid input|ZodError|at .*\.ts:\d+|\bundefined\b/);
  });
});
