/**
 * The complaint wizard in Debian's Chromium: by keyboard alone with its island, with the answers
 * in the address (back button, shared links), the error summary, the deadline computed in the
 * browser, and all the way through with JavaScript turned off.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { serveDirectory, type RunningServer } from '../../scripts/browser/static-server.ts';

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  server = await serveDirectory('dist');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

async function tabTo(page: Page, selector: string, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} was not reached by Tab`);
}

describe('the wizard with JavaScript', () => {
  it('is answered by keyboard alone, and the answers live in the address', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/klage/sporgsmaal/`);
    expect(await page.locator('input[name="svar"]').count()).toBe(3);
    expect(await page.isVisible('label[for="svar-stoffer"]')).toBe(true);
    await tabTo(page, 'input[name="svar"]');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/klage/sporgsmaal/stoffer/');
    await tabTo(page, 'input[name="svar"]');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/klage/sporgsmaal/stoffer/afgoerelse/');
    await tabTo(page, 'input[name="svar"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/klage/sporgsmaal/stoffer/afgoerelse/andet-tilbud/');
    expect(await page.textContent('.answers')).toContain('18 år eller ældre');
    await page.goBack();
    await page.waitForURL('**/klage/sporgsmaal/stoffer/afgoerelse/');
    expect(await page.textContent('h1')).toBe('Hvad går afgørelsen ud på?');
    await page.close();
  });

  it('shows an error summary when no answer is chosen, whose link moves focus to the answers', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/klage/sporgsmaal/alkohol/`);
    await page.click('.answer-form button');
    await page.waitForFunction(() => document.activeElement?.id === 'complaint-errors');
    expect(await page.textContent('#complaint-errors')).toContain('Vælg et svar');
    expect(await page.isVisible('#svar-fejl')).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toMatch(/^svar-/);
    // The focused control is the drawn radio button: its box has a size and a focus outline.
    const ring = await page.evaluate(() => {
      const label = document.querySelector(`label[for="${document.activeElement!.id}"]`)!;
      const style = getComputedStyle(label, '::before');
      return { width: parseFloat(style.width), outline: style.outlineStyle, shadow: style.boxShadow };
    });
    expect(ring.width).toBeGreaterThanOrEqual(16);
    expect(ring.outline !== 'none' || ring.shadow !== 'none').toBe(true);
    expect(page.url()).toMatch(/\/klage\/sporgsmaal\/alkohol\/$/);
    await page.close();
  });

  it('computes the deadline from the date received, and keeps it in a shareable address', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/klage/social-afslag/`);
    await page.fill('#calculator-date', '2024-02-10');
    await page.click('.date-calculator button');
    expect(await page.textContent('.date-calculator__result')).toBe('Din frist er lørdag den 9. marts 2024.Datoen er en lørdag. ' + (await dataText(page)) + 'Send klagen, så den er fremme senest fredag den 8. marts 2024.');
    expect(page.url()).toMatch(/\?dato=2024-02-10$/);
    expect(await page.getAttribute('.write-complaint__link', 'href')).toBe('/klage/social-afslag/brev/?dato=2024-02-10');
    const shared = await browser.newPage();
    await shared.goto(page.url());
    expect(await shared.textContent('.date-calculator__date')).toBe('Din frist er lørdag den 9. marts 2024.');
    await shared.close();
    await page.close();
  });

  it('computes the promised start of treatment, counted from the day of asking, when nothing has happened', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/klage/social-venter/`);
    await page.fill('#calculator-date', '2026-11-10');
    await page.click('.date-calculator button');
    expect(await page.textContent('.date-calculator__result')).toBe('Behandlingen skulle senest være begyndt tirsdag den 24. november 2026.');
    await page.close();
  });

  it('fills a complaint letter in the browser from the date and the citizen\'s words, and copies it as text', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}/klage/social-afslag/brev/?dato=2026-03-02`);
    expect(await page.textContent('.letter [data-fill="dato"]')).toBe('2. marts 2026');
    expect(await page.textContent('.letter-deadline')).toBe('Din frist er mandag den 30. marts 2026.');
    await page.fill('#letter-part-2', 'Jeg har brug for behandling nu.');
    expect(await page.textContent('.letter [data-fill="del-2"]')).toBe('Jeg har brug for behandling nu.');
    const before = requests.length;
    await page.click('.letter-form__copy');
    await page.waitForFunction(() => document.querySelector('.letter-form__status')?.textContent !== '');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Til: Kommunen');
    expect(copied).toContain('Klage over afslag på social behandling for brug af stoffer');
    expect(copied).toContain('Jeg fik afgørelsen den 2. marts 2026.');
    expect(copied).toContain('Hvorfor jeg er uenig\nJeg har brug for behandling nu.');
    expect(copied).toContain('Hvem jeg er\n[Skriv her]');
    expect(requests.slice(before)).toEqual([]);
    await context.close();
  });
});

/** The holiday rule's text, as the page embeds it: the test reads what the content says, not a copy. */
async function dataText(page: Page): Promise<string> {
  return page.evaluate(() => (JSON.parse(document.querySelector('.date-calculator__data')!.textContent!) as { holidayRule: { text: string } }).holidayRule.text);
}

describe('the wizard without JavaScript', () => {
  it('leads from the first question to an outcome by links, with change links on the way', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/klage/`);
    await page.click('text=Start klagevejviseren');
    await page.click('.answer-links a:text-is("Behandling for alkohol")');
    await page.click('.answer-links a >> nth=0');
    expect(await page.textContent('h1')).not.toBe('');
    expect(await page.isVisible('text=Sådan klager du')).toBe(true);
    expect(await page.isHidden('.date-calculator')).toBe(true);
    const change = page.locator('.answers__change').first();
    await change.click();
    await page.waitForURL('**/klage/sporgsmaal/');
    await context.close();
  });

  it('offers a printable letter template with the same headings and blanks', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/klage/sundhedsfaglig-stoffer/`);
    await page.click('text=Skriv din klage >> nth=1');
    await page.waitForURL('**/klage/sundhedsfaglig-stoffer/brev/');
    expect(await page.isHidden('.letter-form')).toBe(true);
    const headings = await page.locator('.letter h3').allTextContents();
    const contents = await page.locator('.letter .letter__hint').allTextContents();
    expect(headings[0]).toBe('Hvem jeg er');
    expect(contents.length).toBe(headings.length);
    expect(await page.textContent('.letter')).toContain('Til: Styrelsen for Patientklager');
    expect(await page.textContent('main')).toContain('borger.dk');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isHidden('.header-search')).toBe(true);
    expect(await page.isHidden('.site-menu')).toBe(true);
    expect(await page.isVisible('.letter')).toBe(true);
    expect(await page.isHidden('#send')).toBe(true);
    await context.close();
  });
});
