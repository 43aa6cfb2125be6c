/**
 * Cache keys for Astro's incremental static builds (experimental.incrementalBuild, astro.config.mjs):
 * a page returned from getStaticPaths() with a cacheKey is copied from the previous build, not
 * rendered again, when its key and the code it imports are unchanged.
 *
 * What else a page reads must be in its key. Pages read other entries' data (titles, dates,
 * statuses, laws, municipalities), what the build derives from other entries' bodies (the related
 * pages and the laws they cite, src/data/page-index.ts; the pages that name a municipality,
 * src/data/municipalities.ts), and the build date. siteKey() digests all of that once per build:
 * a change to any entry's data, or to a body that changes what is derived from it, re-renders
 * every keyed page. The bodies a page shows (EntryBody.astro: the HTML the content layer rendered)
 * or diffs (a standard's versions) it adds to its key with pageCacheKey(...entries): an entry's
 * digest changes with its file and with what its HTML was rendered with (content-loader.ts).
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { collectionNames } from '../schemas/index.ts';
import { buildDate } from './build-date.ts';
import { publishedMunicipalities } from './municipalities.ts';
import { allPages } from './page-index.ts';

let site: Promise<string> | undefined;

/** Everything every keyed page may read besides the bodies it renders or adds to its own key. */
export function siteKey(): Promise<string> {
  site ??= (async () => {
    const hash = createHash('sha256');
    hash.update(`${buildDate()}\0`);
    for (const name of collectionNames) for (const entry of await getCollection(name)) hash.update(`${name}/${entry.id}\0${JSON.stringify(entry.data)}\0`);
    hash.update(JSON.stringify(await allPages()));
    hash.update(JSON.stringify((await publishedMunicipalities()).map((m) => [m.municipality.id, m.namedIn])));
    return hash.digest('base64url').slice(0, 22);
  })();
  return site;
}

/** The site key (from siteKey()) and the bodies a page shows or reads, by their digest (or the text itself). */
export function pageCacheKey(key: string, ...bodiesRead: { id: string; digest?: string | number; body?: string }[]): string {
  if (bodiesRead.length === 0) return key;
  const hash = createHash('sha256').update(key);
  for (const e of bodiesRead) hash.update(`\0${e.id}\0${e.digest ?? e.body ?? ''}`);
  return hash.digest('base64url').slice(0, 22);
}
