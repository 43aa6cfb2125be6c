/**
 * The last step of a build: writes a marker naming the pages built. scripts/build/cli.ts publishes
 * a build only when the marker is there, so a build that ended early, even with exit code 0, never
 * replaces the published site.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const buildCompleteMarker = '.build-complete.json';

export function buildComplete(): AstroIntegration {
  return {
    name: 'rusmiddelguiden:build-complete',
    hooks: {
      'astro:build:done': async ({ dir, pages }) => {
        await writeFile(`${fileURLToPath(dir)}${buildCompleteMarker}`, `${JSON.stringify({ pages: pages.length })}\n`);
      },
    },
  };
}
