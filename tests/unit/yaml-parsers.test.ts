/**
 * The content check reads YAML with js-yaml and falls back to the yaml package for error messages:
 * both must read every content file, and every fixture, to the same data.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYaml, splitFrontmatter } from '../../src/content-check/content-files.ts';

const yamlTexts = [
  ...globSync('{content,tests/fixtures}/**/*.{yaml,yml}').map((file) => [file, readFileSync(file, 'utf8')] as const),
  ...globSync('{content,tests/fixtures}/**/*.mdx').map((file) => [file, splitFrontmatter(readFileSync(file, 'utf8')).frontmatter ?? ''] as const),
];

describe('parseYaml', () => {
  it('finds the content files', () => expect(yamlTexts.length).toBeGreaterThan(150));

  it.each(yamlTexts)('%s reads the same as with the yaml package', (file, text) => {
    const reference = parseDocument(text, { uniqueKeys: true });
    const result = parseYaml(text, file);
    if (reference.errors.length > 0) expect(result.problem?.message).toMatch(/could not be read as YAML/);
    else expect(result.data).toEqual(reference.toJS());
  });

  it('keeps a date as written, so an impossible date is reported rather than rolled over', () => {
    expect(parseYaml('adoptedOn: 2024-02-30', 'x.yaml').data).toEqual({ adoptedOn: '2024-02-30' });
  });

  it('reports a field written twice with its line', () => {
    expect(parseYaml('title: a\ntitle: b\n', 'x.yaml').problem?.message).toMatch(/line 2.*a field is written twice/);
  });
});
