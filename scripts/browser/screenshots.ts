/**
 * `npm run screenshots`: a full-page PNG of one page of every page type, at 390 px (a phone) and
 * 1280 px (a desktop), in test-results/screenshots/, to look at the site as readers do before
 * calling a change done. Uses the built site in dist/ and Debian's Chromium.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './launch.ts';
import { requireDist } from './dist.ts';
import { serveDirectory } from './static-server.ts';

/** One address per page type, by a name for the file. */
export const pageTypeExamples: Record<string, string> = {
  forside: '/',
  'klagevejviser': '/klage/',
  'klage-spoergsmaal': '/klage/sporgsmaal/stoffer/',
  'klage-svar': '/klage/sporgsmaal/stoffer/afgoerelse/dag-i-stedet-for-doegn/',
  'klage-under-18': '/klage/stoffer-under-18/',
  'klage-brev': '/klage/sundhedsfaglig-stoffer/brev/',
  rettigheder: '/dine-rettigheder/',
  behandlingsformer: '/behandlingsformer/',
  standarder: '/standarder/',
  standard: '/standarder/koebenhavn/social-behandling-stoffer/',
  'standard-aendringer': '/standarder/eksempel/social-behandling-stoffer/aendringer/',
  hoeringer: '/hoeringer/',
  hoering: '/hoeringer/koebenhavn/hoeringsnotat-2023-24/',
  katalog: '/inspirationskatalog/',
  kapitel: '/inspirationskatalog/kapitel-5/',
  bilag: '/inspirationskatalog/bilag-8/',
  eksempler: '/inspirationskatalog/eksempler/',
  eksempel: '/inspirationskatalog/eksempler/glostrup-sagsbehandlingsforloeb/',
  initiativer: '/initiativer/',
  initiativ: '/initiativer/udsatte-unge-uddannelse-beskaeftigelse/',
  indsats: '/indsatser/raadgivning-unge-familier-misbrug/',
  tilbud: '/tilbud/ishoej-stofbehandling-unge-under-30/',
  lovgrundlag: '/lovgrundlag/',
  lov: '/lovgrundlag/sel-101-stk-4/',
  ordliste: '/ordliste/',
  regler: '/regler/',
  regel: '/regler/helligdage/',
  kommuner: '/kommuner/',
  kommune: '/kommuner/koebenhavn/',
  kilder: '/om/kilder/',
  'for-kommuner': '/om/for-kommuner/',
  tilgaengelighed: '/om/tilgaengelighed/',
  soeg: '/soeg/?q=klagefrist',
  'a-aa': '/a-aa/',
  ikkefundet: '/findes-ikke/',
};

requireDist();
const dir = 'test-results/screenshots';
mkdirSync(dir, { recursive: true });
const server = await serveDirectory('dist');
const browser = await launchChromium();
try {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 } });
    for (const [name, path] of Object.entries(pageTypeExamples)) {
      await page.goto(server.url + path);
      await page.waitForLoadState('load');
      if (path.startsWith('/soeg/')) await page.waitForSelector('#search-results li', { timeout: 10_000 }).catch(() => undefined);
      const file = `${dir}/${name}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
