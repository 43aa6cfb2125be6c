/** What Pagefind indexes: exactly the pages marked for it, never a noindex page, with compound parts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { isNoindex } from '../../src/integrations/built-pages.ts';
import { builtPages, distDir } from '../../scripts/browser/dist.ts';

const pages = builtPages();
const indexed = pages.filter((p) => parse(p.html).querySelector('main[data-pagefind-body]'));

describe('the search index', () => {
  it('holds exactly the pages whose main is marked data-pagefind-body', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(indexed.length).toBeGreaterThan(50);
    expect(entry.languages.da.page_count).toBe(indexed.length);
  });

  it('leaves out every noindex page and the search page', () => {
    const wronglyIndexed = indexed.filter((p) => isNoindex(p.html) || p.path === '/soeg/').map((p) => p.path);
    expect(wronglyIndexed).toEqual([]);
  });

  it('gives Pagefind the parts of key compounds in a hidden paragraph', () => {
    const page = indexed.find((p) => p.path === '/behandlingsformer/')!;
    const parts = parse(page.html).querySelector('main > p[hidden][data-pagefind-weight]');
    expect(parts?.text.split(' ')).toEqual(expect.arrayContaining(['døgn', 'behandling']));
  });
});
