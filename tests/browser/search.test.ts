/**
 * Search in Chromium, the way citizens, staff and councils use it: for each query they would type,
 * the expected page is among the first three results, ranked as the search page ranks them. Also: the header field submits to /soeg/,
 * which explains itself without JavaScript, and the search page filters by type.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { serveDirectory, type RunningServer } from '../../scripts/browser/static-server.ts';
import { currentRulesFilter, rankResults, type ScoredResult } from '../../src/domain/search/ranking.ts';

/**
 * [query, the page that should be among the first three]. Citizens type the words they know, also
 * the ones the site does not use itself ("misbrug", "metadon", "klagefrist", "ventetid"); today's
 * rules must come before the 2009 catalogue for those, while staff and councils still find the
 * catalogue, the consultations and the standards. "garanti" and "døgn" occur only inside compounds.
 */
export const citizenCases: [string, string][] = [
  ["klagefrist", '/lovgrundlag/rsl-67/'],
  ["ventetid", '/lovgrundlag/sel-101-stk-4/'],
  ["venteliste", '/lovgrundlag/sel-101-stk-4/'],
  ["metadon", '/lovgrundlag/sul-142/'],
  ["metadonbehandling", '/klage/sundhedsfaglig-stoffer/'],
  ["misbrug", '/lovgrundlag/sel-101/'],
  ["misbruger", '/lovgrundlag/sel-101/'],
  ["stofmisbrugsbehandling", '/lovgrundlag/sel-101/'],
  ["misbrugsbehandling", '/lovgrundlag/sel-101/'],
  ["alkoholbehandling", '/lovgrundlag/sul-141/'],
  ["afvænning", '/lovgrundlag/sul-141/'],
  ["klage", '/klage/'],
  ["anonym alkoholbehandling", '/lovgrundlag/sul-141-stk-7/'],
  ["under 18", '/lovgrundlag/barnets-lov-33/'],
  ["frit valg", '/lovgrundlag/sel-101-stk-5/'],
  ["døgnbehandling", '/lovgrundlag/sel-107-stk-2-nr-2/'],
  ["klage over læge", '/klage/sundhedsfaglig-stoffer/'],
  ["Patientklager", '/lovgrundlag/kel-3a/'],
  ["aktindsigt", '/klage/aktindsigt-stoffer/'],
  ["behandlingsplan", '/lovgrundlag/sel-101-stk-8/'],
  ["14 dage", '/lovgrundlag/sel-101-stk-4/'],
  ["Ankestyrelsen", '/lovgrundlag/rsl-66/'],
  ["ombudsmand", '/lovgrundlag/ombudsmandsloven-13/'],
  ["ingen svar fra kommunen", '/klage/social-venter/'],
  ["skrive en klage", '/klage/'],
  ["gravid alkohol", '/lovgrundlag/sul-141-b/'],
  ["behandlingsgaranti", '/lovgrundlag/sel-101-stk-4/'],
  ["ambulant", '/behandlingsformer/'],
  ["dagbehandling", '/behandlingsformer/'],
  ["garanti", '/lovgrundlag/sel-101-stk-4/'],
];
export const staffCases: [string, string][] = [
  ["handleplan", '/lovgrundlag/sel-141/'],
  ["skabelon handleplan", '/inspirationskatalog/bilag-2/'],
  ["case management", '/inspirationskatalog/eksempler/solroed-case-management/'],
  ["pårørende", '/inspirationskatalog/eksempler/horsens-paaroerende/'],
  ["gravide", '/inspirationskatalog/eksempler/hvidovre-familieambulatoriet/'],
  ["genvurdering", '/lovgrundlag/rsl-66/'],
  ["barnets lov", '/lovgrundlag/barnets-lov-33/'],
  ["substitutionsbehandling", '/lovgrundlag/sul-142/'],
  ["Glostrup", '/inspirationskatalog/eksempler/glostrup-sagsbehandlingsforloeb/'],
  ["klage Ankestyrelsen", '/lovgrundlag/rsl-66/'],
  ["helligdage", '/regler/helligdage/'],
];
export const councilCases: [string, string][] = [
  ["URUS", '/hoeringer/koebenhavn/hoeringsnotat-2023-24/'],
  ["kvalitetsstandarder", '/standarder/'],
  ["gavekort", '/regler/kvalitetsstandard-elementer/'],
  ["høringsnotat", '/hoeringer/koebenhavn/hoeringsnotat-2023-24/'],
  ["kvalitetsstandard København", '/standarder/koebenhavn/social-behandling-stoffer/'],
  ["revideres hvert andet år", '/lovgrundlag/bek-1477-2019-4/'],
  ["Fredericia", '/kommuner/fredericia/'],
  ["Ishøj", '/tilbud/ishoej-stofbehandling-unge-under-30/'],
];
const searchCases = [...citizenCases.map((c) => ['borger', ...c] as const), ...staffCases.map((c) => ['medarbejder', ...c] as const), ...councilCases.map((c) => ['kommune', ...c] as const)];

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

/** The first addresses for a query, ranked as the search page ranks them (src/domain/search/ranking.ts). */
async function resultUrls(query: string, count = 5): Promise<string[]> {
  // Strings, not functions: vitest would rewrite a dynamic import() inside a function.
  const [all, current] = (await page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const [all, current] = await Promise.all([
      pagefind.search(${JSON.stringify(query)}),
      pagefind.search(${JSON.stringify(query)}, { filters: { ${JSON.stringify(currentRulesFilter.name)}: ${JSON.stringify(currentRulesFilter.value)} } }),
    ]);
    window.__results = new Map(all.results.map((r) => [r.id, r]));
    return [all.results, current.results].map((list) => list.map((r) => ({ id: r.id, score: r.score })));
  })()`)) as ScoredResult[][];
  const ids = rankResults(all, current).slice(0, count).map((r) => r.id);
  return page.evaluate(`Promise.all(${JSON.stringify(ids)}.map(async (id) => (await window.__results.get(id).data()).url))`);
}

describe('search finds what citizens, staff and councils look for', () => {
  const ranks: string[] = [];
  afterAll(() => console.log(`Search ranks (who | query | rank of the expected page | expected page):\n${ranks.join('\n')}`));

  it('has at least 40 queries', () => {
    expect(searchCases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(searchCases)('%s: "%s" has %s in the top three', async (who, query, expected) => {
    const urls = await resultUrls(query);
    const rank = urls.indexOf(expected) + 1;
    ranks.push(`| ${who} | ${query} | ${rank || 'not in top 5'} | ${expected} |`);
    expect(urls.slice(0, 3)).toContain(expected);
  });

  it('puts today\'s rule before the 2009 catalogue for a citizen\'s words, and still finds the catalogue', async () => {
    for (const query of ['misbrug', 'alkoholbehandling']) {
      const urls = await resultUrls(query, 20);
      const firstCatalogue = urls.findIndex((u) => u.startsWith('/inspirationskatalog/'));
      const firstLaw = urls.findIndex((u) => u.startsWith('/lovgrundlag/'));
      expect(firstLaw, query).toBeGreaterThanOrEqual(0);
      expect(firstCatalogue, query).toBeGreaterThanOrEqual(0);
      expect(firstLaw, query).toBeLessThan(firstCatalogue);
    }
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
    // The filters are built on request: they cost every filter file of the index.
    expect(await search.locator('#filter-type').count()).toBe(0);
    await search.getByRole('button', { name: 'Afgræns efter type eller kommune' }).click();
    await search.selectOption('#filter-type', 'Lovgrundlag');
    await search.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'Lovgrundlag');
    await search.waitForFunction(() => {
      const facts = [...document.querySelectorAll('#search-results .entry-list__meta')];
      return facts.length > 0 && facts.every((m) => m.textContent?.startsWith('Lovgrundlag'));
    });
    expect(await search.locator('#search-results li').count()).toBeGreaterThan(0);
    await search.close();
  });

  it('shows ten results, and ten more on request with the keyboard at the first new one; a filter in the address is applied at once', async () => {
    const search = await browser.newPage();
    await search.goto(`${server.url}/soeg/?q=behandling`);
    await search.waitForSelector('#search-results li');
    expect(await search.locator('#search-results li').count()).toBe(10);
    const more = search.getByRole('button', { name: 'Vis flere resultater' });
    await more.click();
    await search.waitForFunction(() => document.querySelectorAll('#search-results li').length > 10);
    const count = await search.locator('#search-results li').count();
    expect(count).toBeLessThanOrEqual(20);
    expect(await search.evaluate(() => document.activeElement === document.querySelectorAll('#search-results li a')[10])).toBe(true);
    await search.goto(`${server.url}/soeg/?q=Ankestyrelsen&type=Lovgrundlag`);
    await search.waitForSelector('#search-results li');
    expect(await search.inputValue('#filter-type')).toBe('Lovgrundlag');
    expect((await search.locator('#search-results .entry-list__meta').allTextContents()).filter((m) => !m.startsWith('Lovgrundlag'))).toEqual([]);
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
