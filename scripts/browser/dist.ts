/** The built site in dist/: its pages and what each page is, for the checks over the build. */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const distDir = join(process.cwd(), 'dist');

export function requireDist(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no built site: run "npm run build" first (npm test does this).');
  }
}

export interface BuiltPage {
  /** The file under dist/, such as "standarder/index.html". */
  file: string;
  /** The address the file is served at, such as "/standarder/". */
  path: string;
  html: string;
}

export function pathOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export function builtPages(): BuiltPage[] {
  requireDist();
  return globSync('**/*.html', { cwd: distDir })
    .sort()
    .map((file) => ({ file, path: pathOfFile(file), html: readFileSync(join(distDir, file), 'utf8') }));
}

export function builtFiles(extension: string): string[] {
  requireDist();
  return globSync(`**/*.${extension}`, { cwd: distDir }).sort();
}

/**
 * Pages that may ship JavaScript: the islands (complaints, intensity, the version comparison on a
 * standard's changes pages) and search. Every other page is a content page and must ship none.
 */
export const islandPaths = [/^\/klage\//, /^\/behandlingsformer\/$/, /^\/soeg\/$/, /^\/standarder\/[^/]+\/[^/]+\/aendringer\//];
export const isIslandPage = (path: string) => islandPaths.some((pattern) => pattern.test(path));
