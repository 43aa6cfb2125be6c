/**
 * What the YAML reader read is kept for the next build (src/content-check/yaml-cache.ts) and used
 * only by a reader of the same version, found by the text's digest, with every value as it was read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepReadings, loadKeptReadings } from '../../src/content-check/yaml-cache.ts';
import { parseYamlOnce, rememberedReadings, yamlKey } from '../../src/content-check/yaml-reader.ts';

const dir = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-yaml-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kept YAML readings', () => {
  it('keeps what was read, every value as read, and gives it to a reader of the same version', () => {
    const text = `title: Kept ${Date.now()}\nnumbers: [.nan, .inf, -0, 1]\ndate: 2024-02-30\n`;
    const read = parseYamlOnce(text, 'a.yaml');
    const file = join(dir, 'readings.bin');
    keepReadings(file, 'v1');
    const key = yamlKey(text, 0);
    // Forget the reading, as a new process would not have it, then load it back.
    (rememberedReadings() as Map<string, unknown>).delete(key);
    expect(loadKeptReadings(file, 'v1')).toBeGreaterThan(0);
    expect(rememberedReadings().get(key)).toEqual({ data: read.data });
    expect(rememberedReadings().get(key)?.data).toEqual({ title: expect.stringMatching(/^Kept/), numbers: [Number.NaN, Number.POSITIVE_INFINITY, -0, 1], date: '2024-02-30' });
  });

  it('uses nothing kept by another version of the reader, and nothing from a damaged or missing file', () => {
    const file = join(dir, 'other.bin');
    parseYamlOnce('title: other\n', 'b.yaml');
    keepReadings(file, 'v1');
    expect(loadKeptReadings(file, 'v2')).toBe(0);
    writeFileSync(join(dir, 'damaged.bin'), readFileSync(file).subarray(0, 10));
    expect(loadKeptReadings(join(dir, 'damaged.bin'), 'v1')).toBe(0);
    expect(loadKeptReadings(join(dir, 'missing.bin'), 'v1')).toBe(0);
  });

  it('keeps no reading with a problem, and writes the file whole, leaving no temporary file', () => {
    const bad = 'title: a\ntitle: b\n';
    expect(parseYamlOnce(bad, 'c.yaml').problem).toBeDefined();
    const file = join(dir, 'sub', 'readings.bin');
    keepReadings(file, 'v1');
    (rememberedReadings() as Map<string, unknown>).clear();
    loadKeptReadings(file, 'v1');
    expect(rememberedReadings().has(yamlKey(bad, 0))).toBe(false);
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['readings.bin']);
  });
});
