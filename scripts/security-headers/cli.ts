/**
 * Writes the site's HTTP headers, defined in scripts/security-headers/headers.ts, as public/_headers
 * (Netlify, Cloudflare Pages) and docs/nginx.conf (an nginx server block). Run it after changing
 * the headers: `npm run headers`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { headersFile, nginxServerBlock } from './headers.ts';

export const generatedFiles: Record<string, () => string> = {
  'public/_headers': headersFile,
  'docs/nginx.conf': nginxServerBlock,
};

if (import.meta.main) {
  for (const [file, generate] of Object.entries(generatedFiles)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, generate());
    console.log(`Wrote ${file}.`);
  }
}
