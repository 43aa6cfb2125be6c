/**
 * The layers of the code, held by its imports: src/schemas (zod only) ← src/domain (pure rules, safe
 * in the browser) ← src/content-check, src/markdown ← src/integrations; src/data (Astro's collections)
 * ← components, layouts and pages; src/islands (browser code) use the domain only. Nothing under src/
 * imports scripts/ or tests/, and no command-line tool imports tests/.
 */
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

type Layer = 'schemas' | 'domain' | 'content-check' | 'markdown' | 'integrations' | 'islands' | 'data' | 'view' | 'styles' | 'config' | 'scripts' | 'tests' | 'root';

function layerOf(file: string): Layer {
  const [top, second] = file.split('/');
  if (top === 'scripts') return 'scripts';
  if (top === 'tests') return 'tests';
  if (top !== 'src') return 'root';
  if (second === 'content.config.ts') return 'config';
  if (['components', 'layouts', 'pages'].includes(second)) return 'view';
  return second as Layer;
}

/** Which layers each layer may import from (its own always). */
const allowed: Record<Layer, Layer[]> = {
  schemas: [],
  domain: ['schemas'],
  'content-check': ['domain', 'schemas'],
  markdown: ['content-check', 'domain', 'schemas'],
  integrations: ['markdown', 'content-check', 'data', 'domain', 'schemas'],
  islands: ['domain'],
  data: ['content-check', 'domain', 'schemas'],
  view: ['data', 'domain', 'schemas', 'islands', 'styles'],
  styles: [],
  config: ['integrations', 'schemas'],
  scripts: ['content-check', 'markdown', 'integrations', 'data', 'domain', 'schemas', 'root'],
  tests: ['scripts', 'content-check', 'markdown', 'integrations', 'islands', 'data', 'domain', 'schemas', 'view', 'root'],
  root: [],
};

/** Packages a layer may use besides its neighbours: the domain and the islands stay pure and browser-safe. */
const packagesAllowed: Partial<Record<Layer, RegExp>> = {
  schemas: /^zod$/,
  domain: /^(satteri|diff)$/,
  islands: /^$/,
};

const sourceFiles = globSync('{src,scripts,tests}/**/*.{ts,astro,mjs}', { exclude: ['tests/fixtures/**'] }).sort();

interface Import {
  from: string;
  specifier: string;
  /** The file imported, from the project root, for a relative import. */
  target?: string;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s[^'"`;]*?\sfrom\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/<script[^>]*\ssrc=["'](\.[^"']+)["']/g),
  ].map((m) => m[1]);
  return specifiers.map((specifier) => ({
    from: file,
    specifier,
    target: specifier.startsWith('.') ? relative(process.cwd(), normalize(join(dirname(file), specifier))) : undefined,
  }));
}

const allImports = sourceFiles.flatMap(importsOf);

describe('the layers of the code', () => {
  it('reads the imports of every source file', () => {
    expect(sourceFiles.length).toBeGreaterThan(100);
    expect(allImports.some((i) => i.specifier === 'zod' && i.from.startsWith('src/schemas/'))).toBe(true);
  });

  it('imports only along the direction schemas ← domain ← content check, markdown, integrations, data ← pages', () => {
    const wrong = allImports
      .filter((i) => i.target)
      .filter((i) => {
        const from = layerOf(i.from);
        const to = layerOf(i.target!);
        return from !== to && !allowed[from].includes(to);
      })
      .map((i) => `${i.from} (${layerOf(i.from)}) imports ${i.target} (${layerOf(i.target!)})`);
    expect(wrong).toEqual([]);
  });

  it('keeps the schemas, the domain and the islands free of Node, Astro and other packages', () => {
    const wrong = allImports
      .filter((i) => !i.target)
      .filter((i) => {
        const rule = packagesAllowed[layerOf(i.from)];
        return rule !== undefined && !rule.test(i.specifier);
      })
      .map((i) => `${i.from} imports "${i.specifier}"`);
    expect(wrong).toEqual([]);
  });

  it('has no src/lib drawer: every source file under src/ belongs to a layer', () => {
    const layers = new Set(Object.keys(allowed));
    expect(sourceFiles.filter((f) => f.startsWith('src/') && !layers.has(layerOf(f)))).toEqual([]);
  });
});

describe('the README', () => {
  const readme = readFileSync('README.md', 'utf8');
  const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('## Adding content'));
  it('names every folder under src/, src/domain/ and scripts/ in its layout table', () => {
    const folders = [...globSync('src/*/'), ...globSync('src/domain/*/'), ...globSync('scripts/*/')].map((f) => f.replace(/\\/g, '/').replace(/\/?$/, '/'));
    expect(folders.length).toBeGreaterThan(20);
    const named = (folder: string) => {
      const [top, ...rest] = folder.split('/').filter(Boolean);
      const last = rest.at(-1)!;
      return layout.includes(`\`${folder}\``) || layout.includes(`\`${last}/\``) || (top === 'src' && rest.length === 1 && layout.includes(`src/${last}/`));
    };
    expect(folders.filter((f) => !named(f))).toEqual([]);
  });
});
