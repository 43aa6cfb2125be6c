/** Every internal link and #anchor in the built site resolves; nothing but outbound links points at another origin. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtFiles, builtPages, distDir } from '../../scripts/browser/dist.ts';
import { cssUrls, idsIn, isNonRequest, isOtherOrigin, referencesIn } from '../support/links.ts';
import { resolveFile } from '../../scripts/browser/static-server.ts';
import { siteUrl } from '../../src/domain/site/site.ts';

const pages = builtPages();
const parsed = new Map(pages.map((p) => [p.path, parse(p.html)]));
const idsByPath = new Map([...parsed].map(([path, root]) => [path, idsIn(root)]));

function resolveInternal(pagePath: string, value: string): { path: string; hash: string; file?: string } {
  const url = new URL(value, `http://site.invalid${pagePath}`);
  return { path: url.pathname, hash: decodeURIComponent(url.hash.slice(1)), file: resolveFile(distDir, url.pathname) };
}

describe('links and anchors', () => {
  it.each(pages.map((p) => [p.path] as const))('%s: every internal reference resolves', (pagePath) => {
    const broken: string[] = [];
    for (const ref of referencesIn(parsed.get(pagePath)!)) {
      if (isNonRequest(ref.value) || isOtherOrigin(ref.value) || ref.value.startsWith(siteUrl)) continue;
      const target = resolveInternal(pagePath, ref.value);
      if (!target.file) {
        broken.push(`${ref.via} "${ref.value}": no file in dist/ for ${target.path}`);
        continue;
      }
      if (target.file.endsWith('index.html') && !target.path.endsWith('/')) broken.push(`${ref.via} "${ref.value}": directory address without trailing slash`);
      if (target.hash) {
        const targetIds = idsByPath.get(target.path);
        if (targetIds && !targetIds.has(target.hash)) broken.push(`${ref.via} "${ref.value}": no element with id "${target.hash}" on ${target.path}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(pages.map((p) => [p.path] as const))('%s: only <a> links may point at another origin', (pagePath) => {
    const foreign = referencesIn(parsed.get(pagePath)!)
      .filter((ref) => ref.via !== 'a[href]' && isOtherOrigin(ref.value))
      .map((ref) => `${ref.via} "${ref.value}"`);
    expect(foreign).toEqual([]);
  });

  it('CSS refers only to files in dist/, never to another origin', () => {
    const problems: string[] = [];
    for (const file of builtFiles('css')) {
      for (const url of cssUrls(readFileSync(join(distDir, file), 'utf8'))) {
        if (url.startsWith('data:')) continue;
        if (isOtherOrigin(url)) problems.push(`${file}: ${url} is on another origin`);
        else if (!existsSync(join(distDir, new URL(url, `http://site.invalid/${file}`).pathname))) problems.push(`${file}: ${url} does not exist in dist/`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('JavaScript requests nothing from another origin', () => {
    // XML namespaces are identifiers, and the reserved example domains (RFC 2606, which Pagefind uses
    // as a base for parsing relative URLs) cannot be requested; neither is a request to another site.
    const allowed = /^https?:\/\/(?:www\.w3\.org\/|example\.(?:com|org|net)(?:[/$]|$))/;
    const problems = builtFiles('js').flatMap((file) =>
      [...readFileSync(join(distDir, file), 'utf8').matchAll(/["'`]((?:https?:)?\/\/[^"'`\s]+)["'`]/g)]
        .map((m) => m[1])
        .filter((url) => !allowed.test(url))
        .map((url) => `${file}: ${url}`),
    );
    expect(problems).toEqual([]);
  });
});
