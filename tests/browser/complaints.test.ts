/**
 * The complaint wizard in Debian's Chromium: by keyboard alone with its island, with the answers
 * in the address (back button, shared links), the error summary, the deadline computed in the
 * browser, and all the way through with JavaScript turned off.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';

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
    expect(await page.locator('input[name="svar"]').count()).toBe(2);
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
    await page.waitForURL('**/klage/sporgsmaal/stoffer/afgoerelse/18-eller-over/');
    expect(await page.textContent('.answers')).toContain('Stoffer');
    await page.goBack();
    await page.waitForURL('**/klage/sporgsmaal/stoffer/afgoerelse/');
    expect(await page.textContent('h1')).toBe('Hvor gammel er du?');
    await page.close();
  });

  it('shows an error summary when no answer is chosen, whose link moves focus to the answers', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/klage/sporgsmaal/alkohol/`);
    await page.click('.answer-form button');
    await page.waitForFunction(() => document.activeElement?.id === 'complaint-errors');
    expect(await page.textContent('#complaint-errors')).toContain('Vælg et svar');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toMatch(/^svar-/);
    expect(page.url()).toMatch(/\/klage\/sporgsmaal\/alkohol\/$/);
    await page.close();
  });

  it('computes the deadline from the date received, and keeps it in a shareable address', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/klage/social-afslag/`);
    await page.fill('#received-on', '2024-02-10');
    await page.click('.deadline-calculator button');
    expect(await page.textContent('.deadline-calculator__result')).toBe('Din frist er 9. marts 2024.');
    expect(page.url()).toMatch(/\?modtaget=2024-02-10$/);
    const shared = await browser.newPage();
    await shared.goto(page.url());
    expect(await shared.textContent('.deadline-calculator__result')).toBe('Din frist er 9. marts 2024.');
    await shared.close();
    await page.close();
  });
});

describe('the wizard without JavaScript', () => {
  it('leads from the first question to an outcome by links, with change links on the way', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/klage/`);
    await page.click('text=Start klagevejviseren');
    await page.click('.answer-links a:text-is("Alkohol")');
    await page.click('.answer-links a >> nth=0');
    expect(await page.textContent('h1')).not.toBe('');
    expect(await page.isVisible('text=Sådan klager du')).toBe(true);
    expect(await page.isHidden('.deadline-calculator')).toBe(true);
    const change = page.locator('.answers__change').first();
    await change.click();
    await page.waitForURL('**/klage/sporgsmaal/');
    await context.close();
  });
});
