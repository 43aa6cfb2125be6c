/**
 * Search in Chromium, the way staff use it: for each query a staff member would type, the
 * expected page is among the first three results. Also: the header field submits to /soeg/,
 * which explains itself without JavaScript, and the search page filters by type.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';

/** [query, the page staff expect]; "garanti" and "døgn" only occur inside compounds (behandlingsgaranti, døgnbehandling). */
export const searchCases: [string, string][] = [
  ['klage', '/klage/'],
  ['døgnbehandling', '/lovgrundlag/sel-107-stk-2-nr-2/'],
  ['frit valg', '/klage/social-frit-valg/'],
  ['14 dage', '/klage/social-behandlingsgaranti/'],
  ['Ankestyrelsen', '/klage/social-beslutning/'],
  ['klage Ankestyrelsen', '/lovgrundlag/rsl-66/'],
  ['handleplan', '/inspirationskatalog/bilag-2/'],
  ['URUS', '/hoeringer/koebenhavn/hoeringsnotat-2023-24/'],
  ['gavekort', '/regler/kvalitetsstandard-elementer/'],
  ['Fredericia', '/kommuner/fredericia/'],
  ['pårørende', '/inspirationskatalog/eksempler/horsens-paaroerende/'],
  ['behandlingsgaranti', '/lovgrundlag/sel-101-stk-4/'],
  ['substitutionsbehandling', '/lovgrundlag/sul-142/'],
  ['Glostrup', '/inspirationskatalog/eksempler/glostrup-sagsbehandlingsforloeb/'],
  ['kvalitetsstandard København', '/standarder/koebenhavn/social-behandling-stoffer/'],
  ['Patientklager', '/lovgrundlag/kel-3a/'],
  ['ambulant', '/behandlingsformer/'],
  ['Ishøj', '/tilbud/ishoej-stofbehandling-unge-under-30/'],
  ['aktindsigt', '/klage/aktindsigt-stoffer/'],
  ['case management', '/inspirationskatalog/eksempler/solroed-case-management/'],
  ['barnets lov', '/lovgrundlag/barnets-lov-33/'],
  ['garanti', '/lovgrundlag/sel-101-stk-4/'],
  ['gravide', '/inspirationskatalog/eksempler/hvidovre-familieambulatoriet/'],
];

let browser: Browser;
let server: RunningServer;
let page: Page;
beforeAll(async () => {
  server = await serveDirectory('dist');
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${server.url}/soeg/`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function resultUrls(query: string): Promise<string[]> {
  // A string, not a function: vitest would rewrite a dynamic import() inside a function.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const { results } = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(results.slice(0, 10).map(async (r) => (await r.data()).url));
  })()`);
}

describe('search finds what staff look for', () => {
  const ranks: string[] = [];
  afterAll(() => console.log(`Search ranks (query → rank of the expected page):\n${ranks.join('\n')}`));

  it.each(searchCases)('"%s" has %s in the top three', async (query, expected) => {
    const urls = await resultUrls(query);
    const rank = urls.indexOf(expected) + 1;
    ranks.push(`${query} → ${rank || 'not in top 10'} (${expected})`);
    expect(urls.slice(0, 3)).toContain(expected);
  });
});

describe('the search page', () => {
  it('lists results with title, type and excerpt for the query in the address, and filters by type', async () => {
    const search = await browser.newPage();
    await search.goto(`${server.url}/soeg/?q=Ankestyrelsen`);
    await search.waitForSelector('#search-results li');
    const first = search.locator('#search-results li').first();
    expect(await first.locator('h2 a').textContent()).not.toBe('');
    expect(await first.locator('.entry-list__meta').textContent()).not.toBe('');
    expect(await first.locator('p mark').count()).toBeGreaterThan(0);
    await search.selectOption('#filter-type', 'Lovgrundlag');
    await search.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'Lovgrundlag');
    await search.waitForFunction(() => [...document.querySelectorAll('#search-results .entry-list__meta')].every((m) => m.textContent?.startsWith('Lovgrundlag')));
    expect(await search.locator('#search-results li').count()).toBeGreaterThan(0);
    await search.close();
  });

  it('is reached from the header field, and without JavaScript points to the A-Å and law indexes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.url}/ordliste/`);
    await noJs.fill('#site-search-q', 'frit valg');
    await noJs.press('#site-search-q', 'Enter');
    await noJs.waitForURL('**/soeg/?q=frit+valg');
    expect(await noJs.isVisible('#search-nojs')).toBe(true);
    expect(await noJs.getAttribute('#search-nojs a >> nth=0', 'href')).toBe('/a-aa/');
    expect(await noJs.getAttribute('#search-nojs a >> nth=1', 'href')).toBe('/lovgrundlag/');
    await context.close();
  });
});
