/**
 * The quick YAML reading (src/content-check/yaml-fast.ts) must give exactly the data the `yaml`
 * library gives, and give nothing where the `yaml` library finds a problem, so the content check
 * refuses and explains the same texts as before. Compared on every YAML text of the content and
 * the test fixtures, on a benchmark corpus, and on generated and damaged YAML.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { splitFrontmatter } from '../../src/content-check/content-files.ts';
import { fastYamlData } from '../../src/content-check/yaml-fast.ts';
import { parseYaml, parseYamlWithPositions } from '../../src/content-check/yaml-reader.ts';

const root = join(import.meta.dirname, '../..');

/** The YAML of a file: all of it, or an MDX file's frontmatter. */
function yamlOf(path: string, text: string): string | undefined {
  return path.endsWith('.mdx') || path.endsWith('.md') ? splitFrontmatter(text).frontmatter : text;
}

/** Fails when the quick reading differs from the `yaml` library's; tells whether the quick one answered. */
function agrees(text: string, label = text): boolean {
  const slow = parseYamlWithPositions(text, 'x.yaml');
  const fast = fastYamlData(text);
  if (slow.problem) {
    expect(fast, `${label}: the yaml library finds a problem (${slow.problem.message}), the quick reading must leave it`).toBeUndefined();
    return false;
  }
  if (fast) expect(fast.data, label).toStrictEqual(slow.data);
  return fast !== undefined;
}

describe('the quick YAML reading', () => {
  it('reads every YAML text of the content and the fixtures as the yaml library does, and most of them itself', () => {
    const files = globSync('{content,tests/fixtures}/**/*.{yaml,yml,mdx,md}', { cwd: root });
    let answered = 0;
    let texts = 0;
    for (const path of files) {
      const yaml = yamlOf(path, readFileSync(join(root, path), 'utf8'));
      if (yaml === undefined) continue;
      texts++;
      if (agrees(yaml, path)) answered++;
    }
    expect(texts).toBeGreaterThan(100);
    expect(answered / texts).toBeGreaterThan(0.5);
  });

  it('reads a benchmark corpus as the yaml library does', () => {
    const { files } = generateCorpus({ pages: 300, seed: 7 });
    let answered = 0;
    for (const [path, text] of files) {
      const yaml = yamlOf(path, text);
      if (yaml !== undefined && agrees(yaml, path)) answered++;
    }
    expect(answered).toBeGreaterThan(files.size / 2);
  });

  it('resolves plain scalars by the YAML 1.2 core schema, as the yaml library does', () => {
    const scalars = ['~', 'null', 'Null', 'NULL', 'nul', 'true', 'True', 'TRUE', 'tRUE', 'yes', 'no', 'on', '0', '-0', '+12', '007', '0o17', '0o18', '0x1F', '-0x1F', '0b101', '1_000', '1.', '.5', '-.5', '+.5', '1e3', '1.5E-2', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '2024-02-30', '12:30', '1,5', '9007199254740993', '"1"', "'true'"];
    for (const value of scalars) {
      agrees(`a: ${value}\n`);
      agrees(`- ${value}\n`);
    }
    expect(fastYamlData('a: 0b101\n')?.data).toEqual({ a: '0b101' });
    expect(fastYamlData('a: +.5\n')?.data).toEqual({ a: 0.5 });
    expect(fastYamlData('a: 1_000\n')?.data).toEqual({ a: '1_000' });
  });

  it('leaves anchors, aliases, merge keys, odd keys, tags, several documents and repeated fields to the yaml library', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: 1\n<<: {b: 2}\n', '1: a\n', 'true: a\n', '~: a\n', '? [a]\n: b\n', 'a: !!binary aGk=\n', 'a: 1\n---\nb: 2\n', 'a: 1\na: 2\n', '__proto__: {x: 1}\n']) {
      expect(fastYamlData(text), text).toBeUndefined();
    }
    expect(parseYaml('a: 1\na: 2\n', 'x.yaml').problem?.message).toMatch(/et felt står to gange/);
  });

  it('agrees on generated data written in every string style', () => {
    const key = fc.stringMatching(/^[a-zæøå][a-zæøå0-9_-]{0,8}$/);
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', ' ', 'a: b', '- x', '# no', 'x #y', "it's", '"q"', 'tab\there', 'line\nnext', 'end  \n', '\n\nx', '…æøå', '0x1F', '.5', 'null', 'True'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    const style = fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED') as fc.Arbitrary<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'>;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), style, fc.constantFrom(20, 40, 80), (data, defaultStringType, lineWidth) => {
        agrees(stringify(data, { defaultStringType, lineWidth }));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives nothing for damaged YAML that the yaml library refuses', () => {
    const bases = globSync('content/{consultations,glossary,law,rules}/**/*.yaml', { cwd: root })
      .slice(0, 30)
      .map((p) => readFileSync(join(root, p), 'utf8'));
    const damage = fc.constantFrom('\t', ':', ': ', '"', "'", '- ', '  ', '\n', '\n  ', '\n- ', '[', '{', ']', '}', ',', '#', '|', '>', '---\n', '? ', '%', '@', '`', '!', ' ', 'x: ', '\\');
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.array(fc.tuple(fc.nat(20_000), damage, fc.nat(3)), { minLength: 1, maxLength: 4 }), (which, edits) => {
        let text = bases[which];
        for (const [at, insert, cut] of edits) text = text.slice(0, at % (text.length + 1)) + insert + text.slice((at % (text.length + 1)) + cut);
        agrees(text);
      }),
      { numRuns: 4000 },
    );
  }, 60_000);
});
