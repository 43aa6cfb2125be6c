/**
 * Two build steps that save a rebuild seconds (src/integrations/previous-output.ts and
 * data-store-at-runtime.ts): the previous output is kept only when it is exactly what the last
 * build recorded, swept of what the build no longer makes, and otherwise moved aside whole when
 * that loses nothing; the store module gives the renderer the same store Astro's own module would.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { moveAside, outputAsRecorded, recordOutput, removeFiles, staleFiles } from '../../src/integrations/previous-output.ts';
import { dataStoreModuleCode, dataStoreModuleId, reasonToKeepAstrosModule } from '../../src/integrations/data-store-at-runtime.ts';

const roots: string[] = [];
const tempRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'rusmiddelguiden-output-'));
  roots.push(root);
  return root;
};
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function previousBuild(root: string): string {
  const outDir = join(root, 'dist');
  mkdirSync(join(outDir, 'standarder', 'slettet'), { recursive: true });
  writeFileSync(join(outDir, 'standarder', 'slettet', 'index.html'), '<p>en side, hvis indhold er slettet</p>');
  return outDir;
}

describe('moveAside: the previous output', () => {
  it('leaves the output folder empty and puts its files, all of them, into the folder to delete', () => {
    const root = tempRoot();
    const outDir = previousBuild(root);
    const trashDir = join(root, 'cache', 'previous-output');
    const moved = moveAside(outDir, trashDir);
    expect(moved).toEqual({ trash: trashDir });
    expect(existsSync(outDir)).toBe(false);
    const [aside] = readdirSync(trashDir);
    expect(readFileSync(join(trashDir, aside, 'standarder', 'slettet', 'index.html'), 'utf8')).toContain('slettet');
  });

  it('keeps a folder with .git in it, which Astro empties around, and a folder that holds the cache', () => {
    const root = tempRoot();
    const outDir = previousBuild(root);
    mkdirSync(join(outDir, '.git'));
    expect(moveAside(outDir, join(root, 'cache', 'previous-output'))).toEqual({ kept: 'it holds a .git folder' });
    rmSync(join(outDir, '.git'), { recursive: true });
    expect(moveAside(outDir, join(outDir, 'cache', 'previous-output'))).toEqual({ kept: 'the cache folder is inside it' });
    expect(existsSync(join(outDir, 'standarder', 'slettet', 'index.html'))).toBe(true);
  });

  it('does nothing when there is no previous output', () => {
    const root = tempRoot();
    expect(moveAside(join(root, 'dist'), join(root, 'cache', 'previous-output'))).toEqual({ kept: 'there is nothing to move' });
    expect(existsSync(join(root, 'cache'))).toBe(false);
  });
});

describe('keeping the previous output', () => {
  it('is allowed only while every recorded file is as the last build left it', () => {
    const root = tempRoot();
    const outDir = previousBuild(root);
    writeFileSync(join(outDir, 'index.html'), '<p>forside</p>');
    const record = recordOutput(outDir, ['index.html', 'standarder/slettet/index.html', 'findes-ikke.html']);
    expect(record.files.map((f) => f[0])).toEqual(['index.html', 'standarder/slettet/index.html']);
    expect(outputAsRecorded(outDir, record)).toBe(true);
    expect(outputAsRecorded(join(root, 'andet'), record)).toBe(false);
    expect(outputAsRecorded(outDir, undefined)).toBe(false);
    // Another build (or a person) wrote into the folder since.
    writeFileSync(join(outDir, 'index.html'), '<p>en anden forside</p>');
    expect(outputAsRecorded(outDir, record)).toBe(false);
    rmSync(join(outDir, 'index.html'));
    expect(outputAsRecorded(outDir, record)).toBe(false);
  });

  it('sweeps the files older than the build that it did not make, and the folders they leave empty', () => {
    const root = tempRoot();
    const outDir = previousBuild(root);
    mkdirSync(join(outDir, '_astro'));
    for (const path of ['index.html', '_astro/gammel.js', '_astro/ny.js', 'standarder/koebenhavn.html']) writeFileSync(join(outDir, path), path);
    const old = new Date(Date.now() - 60_000);
    for (const path of ['standarder/slettet/index.html', '_astro/gammel.js', 'index.html', 'standarder/koebenhavn.html']) utimesSync(join(outDir, path), old, old);
    const since = statSync(join(outDir, '_astro/ny.js')).mtimeMs;
    // index.html is older but the build kept it (Astro leaves an unchanged page in place); _astro/ny.js was written by this build.
    const stale = staleFiles(outDir, new Set(['index.html']), since).sort();
    expect(stale).toEqual(['_astro/gammel.js', 'standarder/koebenhavn.html', 'standarder/slettet/index.html']);
    removeFiles(outDir, stale);
    expect(readdirSync(outDir, { recursive: true }).map(String).sort()).toEqual(['_astro', '_astro/ny.js', 'index.html']);
  });
});

/** A config as Astro resolves it, with its defaults filled in (astro/dist/core/config/validate.js). */
async function astroConfig(user: Record<string, unknown>) {
  const validate = join(createRequire(import.meta.url).resolve('astro/package.json'), '..', 'dist', 'core', 'config', 'validate.js');
  const { validateConfig } = (await import(pathToFileURL(validate).href)) as { validateConfig: (config: unknown, root: string, cmd: string) => Promise<Parameters<typeof reasonToKeepAstrosModule>[1]> };
  return validateConfig(user, tempRoot(), 'build');
}

describe('the data store module', () => {
  // Astro 7.3 gives experimental.collectionStorage the value 'single-file' by default: a check for
  // "is it set" kept Astro's 27 MB module in every build while the tests passed.
  it("is replaced in a static build with Astro's default store, as the site's config resolves", async () => {
    expect(reasonToKeepAstrosModule('build', await astroConfig({ output: 'static', experimental: { incrementalBuild: true } }))).toBeUndefined();
  });

  it("is kept when the store is chunked, when the site is served, or outside a build", async () => {
    expect(reasonToKeepAstrosModule('build', await astroConfig({ experimental: { collectionStorage: 'chunked' } }))).toMatch(/chunks/);
    expect(reasonToKeepAstrosModule('build', await astroConfig({ output: 'server' }))).toMatch(/not only static/);
    expect(reasonToKeepAstrosModule('dev', await astroConfig({}))).toBe('not a build');
  });

  it("replaces the module Astro names, by the id Astro gives it", () => {
    const consts = readFileSync(join(createRequire(import.meta.url).resolve('astro/package.json'), '..', 'dist', 'content', 'consts.js'), 'utf8');
    expect(consts).toContain(`const DATA_STORE_VIRTUAL_ID = "${dataStoreModuleId.slice(1)}"`);
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
  });

  it("gives the renderer the store as Astro's own module does, with every character kept", async () => {
    const root = tempRoot();
    const store = JSON.stringify([{ standards: 1 }, 'Tilbud om behandling for brug af stoffer æøå "citat" \\ \u2028 \u{1F600}', [1, 2], null]);
    const file = join(root, 'data-store.json');
    writeFileSync(file, store);
    const ours = join(root, 'ours.mjs');
    const astros = join(root, 'astros.mjs');
    writeFileSync(ours, dataStoreModuleCode(file));
    // Astro's module, as astro/dist/content/vite-plugin-content-virtual-mod.js writes it.
    writeFileSync(astros, `export default JSON.parse(${JSON.stringify(store)})`);
    const [a, b] = await Promise.all([import(pathToFileURL(ours).href), import(pathToFileURL(astros).href)]);
    expect(a.default).toEqual(b.default);
    expect(a.default[1]).toContain('æøå');
  });
});
