/**
 * One YAML reader for the content check, the build's collections and the importer: it reads every
 * content file the same way wherever it is called, keeps dates as text, and refuses aliases.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { parseYaml } from '../../src/content-check/yaml-reader.ts';
import { contentData } from '../../src/integrations/content-loader.ts';

describe('parseYaml', () => {
  it('keeps a date as written, so an impossible date is reported rather than rolled over', () => {
    expect(parseYaml('adoptedOn: 2024-02-30', 'x.yaml').data).toEqual({ adoptedOn: '2024-02-30' });
    expect(parseYaml('response: 2024-01-01', 'x.yaml').data).toEqual({ response: '2024-01-01' });
  });

  it('reports a field written twice with its line', () => {
    expect(parseYaml('title: a\ntitle: b\n', 'x.yaml').problem?.message).toMatch(/linje 2.*et felt står to gange/);
  });

  it('reports a syntax error with its line and column, counted in the whole file for frontmatter', () => {
    expect(parseYaml('a: 1\nb: [\n', 'f.yaml').problem?.message).toMatch(/^kan ikke læses som YAML \(linje 3, kolonne 1\)/);
    expect(parseYaml('a: 1\nb: [\n', 'f.mdx', 1).problem?.message).toMatch(/^kan ikke læses som YAML \(linje 4, kolonne 1\)/);
  });

  it('refuses aliases and anchors, naming the line, so a small file cannot grow into a huge page', () => {
    const bomb = `a: &x ${'"' + 'x'.repeat(100) + '"'}\nrows:\n${'  - *x\n'.repeat(1000)}`;
    expect(parseYaml(bomb, 'f.yaml')).toEqual({
      problem: { file: 'f.yaml', field: '', message: expect.stringMatching(/^kan ikke læses som YAML \(linje 1, kolonne \d+\): "&x" er et YAML-anker, og indholdsfiler kan ikke bruge ankre og aliasser/) },
    });
    expect(parseYaml('a: 1\nb: *x\n', 'f.yaml').problem?.message).toMatch(/kan ikke læses som YAML/);
  });

  it('reads "<<" as an ordinary field, not as a merge', () => {
    expect(parseYaml('"<<": 1\nb: 2\n', 'f.yaml').data).toEqual({ '<<': 1, b: 2 });
  });
});

describe('the build reads what the check reads', () => {
  const { files } = readContentFiles('content');
  it('finds the content files', () => expect(files.length).toBeGreaterThan(150));
  it.each(files.map((f) => [f.file, f] as const))('%s', (_, file) => {
    expect(contentData(join(process.cwd(), file.file))).toEqual(file.data);
  });
});
