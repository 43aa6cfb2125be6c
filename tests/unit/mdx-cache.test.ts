/**
 * What the MDX parser read is kept for the next build (src/content-check/mdx-cache.ts): a body an
 * earlier build parsed gets exactly the parts a fresh parse gives, only under the same parser
 * version, and the content check still refuses what it refused.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepMdxParts, loadKeptMdxParts, useKeptMdxParts } from '../../src/content-check/mdx-cache.ts';
import { mdxBodyProblems } from '../../src/content-check/content-files.ts';
import { mdxParts, rememberedMdxParts } from '../../src/domain/site/mdx-tree.ts';

const dir = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-mdx-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Forgets every body this process read, as a new build's process starts without them. */
const newProcess = () => (rememberedMdxParts() as Map<string, unknown>).clear();

describe('kept MDX parts', () => {
  it('gives a later build the parts a fresh parse gives, with their lines and offsets', () => {
    const body = `## Målgruppe {#afsnit-2}\n\nSe <Example id="solroed-case-management" /> og [loven](https://www.retsinformation.dk/eli/lta/2025/1129).\n\n<TodaysRule laws={["rsl-67"]} /> ${Date.now()}\n`;
    const fresh = structuredClone(mdxParts(body));
    const file = join(dir, 'parts.bin');
    keepMdxParts(file, 'v1');
    newProcess();
    expect(loadKeptMdxParts(file, 'v1')).toBeGreaterThan(0);
    useKeptMdxParts(body);
    expect(rememberedMdxParts().get(body)).toEqual(fresh);
    expect(mdxParts(body)).toEqual(fresh);
    expect(fresh.map((p) => p.kind)).toEqual(['element', 'link', 'element']);
  });

  it('gives nothing to a body whose text differs by a character, or to a parser of another version', () => {
    const body = `Tekst ${Date.now()} <Example id="a" />\n`;
    mdxParts(body);
    const file = join(dir, 'other.bin');
    keepMdxParts(file, 'v1');
    newProcess();
    loadKeptMdxParts(join(dir, 'other.bin'), 'v2');
    useKeptMdxParts(body);
    expect(rememberedMdxParts().has(body)).toBe(false);
    loadKeptMdxParts(file, 'v1');
    useKeptMdxParts(`${body} `);
    expect(rememberedMdxParts().size).toBe(0);
    expect(loadKeptMdxParts(join(dir, 'missing.bin'), 'v1')).toBe(0);
  });

  it('keeps no body that does not parse, so the check refuses it again in the next build', () => {
    const bad = 'Tekst {process.exit(1)\n';
    expect(mdxBodyProblems(bad, 'a.mdx', 1)).toHaveLength(1);
    const file = join(dir, 'sub', 'bad.bin');
    keepMdxParts(file, 'v1');
    newProcess();
    loadKeptMdxParts(file, 'v1');
    useKeptMdxParts(bad);
    expect(rememberedMdxParts().has(bad)).toBe(false);
    expect(mdxBodyProblems(bad, 'a.mdx', 1)[0].message).toMatch(/ikke kan læses som MDX/);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['bad.bin']);
    expect(existsSync(file)).toBe(true);
  });

  it('still refuses, from kept parts, what the safety check refuses', () => {
    const hostile = `Tekst ${Date.now()}\n\n<script>alert(1)</script>\n`;
    const before = mdxBodyProblems(hostile, 'h.mdx', 1);
    expect(before.length).toBeGreaterThan(0);
    const file = join(dir, 'hostile.bin');
    keepMdxParts(file, 'v1');
    newProcess();
    loadKeptMdxParts(file, 'v1');
    expect(mdxBodyProblems(hostile, 'h.mdx', 1)).toEqual(before);
    expect(rememberedMdxParts().has(hostile)).toBe(true);
  });
});
