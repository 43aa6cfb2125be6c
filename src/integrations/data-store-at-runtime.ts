/**
 * Astro hands the content layer's data store to the page renderer as a JavaScript module that
 * holds the whole store as one string literal, `export default JSON.parse("...")`. For the
 * 2,000-page corpus that string is 27 MB, and Node spends about a second compiling the module on
 * every build, cold or not, before the first page renders. In a static build the renderer runs on
 * this machine right after bundling, where the store is a file in the cache folder, so this
 * module reads that file instead: the same JSON, parsed in under 0.2 s, and a bundle 27 MB smaller.
 *
 * It only takes over a static build with Astro's single-file store. If a later Astro names the
 * module differently, Astro's own module is used and the build says so (it is slower, not wrong).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';

/** Astro's resolved id of the module (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID). */
export const dataStoreModuleId = '\0astro:data-layer-content';

/**
 * Why this build keeps Astro's own module, or undefined when the store can be read from its file:
 * only a static build without an adapter, with Astro's single-file store (its default; Astro 7
 * gives the flag the value 'single-file', not undefined, so the default must be compared by value).
 */
export function reasonToKeepAstrosModule(command: string, config: Pick<AstroConfig, 'output' | 'adapter' | 'experimental'>): string | undefined {
  if (command !== 'build') return 'not a build';
  if (config.output !== 'static' || config.adapter) return 'the site is not only static';
  const storage = config.experimental.collectionStorage ?? 'single-file';
  if (storage !== 'single-file') return 'the store is kept in chunks (experimental.collectionStorage)';
  return undefined;
}

/** The module's code: the store read from its file when the renderer imports it. */
export const dataStoreModuleCode = (file: string) => `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;

export function dataStoreAtRuntime(): AstroIntegration {
  let keptBecause: string | undefined;
  let loaded = false;
  return {
    name: 'rusmiddelguiden:data-store-at-runtime',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        keptBecause = reasonToKeepAstrosModule(command, config);
        if (keptBecause !== undefined) return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'rusmiddelguiden:data-store-at-runtime',
                enforce: 'pre',
                // Astro's own plugin loads the module too, and comes first among the 'pre' plugins:
                // the hook's own order puts this load before every load hook without one.
                load: {
                  order: 'pre',
                  handler(id) {
                    // Only the renderer, which runs on this machine, reads the store; never a browser bundle.
                    if (id !== dataStoreModuleId || this.environment?.name === 'client' || !existsSync(file)) return undefined;
                    loaded = true;
                    // The same marker Astro gives its own module: content data, which page cache keys cover.
                    return { code: dataStoreModuleCode(file), map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (!loaded) logger.warn(`Indholdets datalager blev indlæst som Astros eget modul, ikke fra filen i cachen: bygningen er korrekt, men et sekund langsommere (src/integrations/data-store-at-runtime.ts: ${keptBecause ?? "Astro's module was not replaced"}).`);
      },
    },
  };
}
