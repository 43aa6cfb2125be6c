/**
 * The intensity classifier on /behandlingsformer/, in Debian's Chromium: used by keyboard alone,
 * with wrong input (error summary, focus moves to the field), and with JavaScript turned off.
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

/** Presses Tab until the element with this id has focus (a reader tabbing through the page). */
async function tabTo(page: Page, id: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`#${id} was not reached by Tab within ${limit} presses`);
}

describe('the classifier with JavaScript', () => {
  it('classifies a week entered by keyboard alone and moves focus to the result', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/behandlingsformer/`);
    await tabTo(page, 'w1d0');
    for (const hours of ['3', '3', '1', '1']) {
      await page.keyboard.type(hours);
      await page.keyboard.press('Tab');
    }
    await tabTo(page, 'overnight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'intensity-result');
    const text = await page.textContent('#intensity-result');
    expect(text).toContain('Dagbehandling');
    expect(text).toContain('vi læser den sådan');
    expect(text).toContain('Serviceloven § 101');
    await page.close();
  });

  it('shows a schedule repeated every second week and one outside the definitions', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/behandlingsformer/`);
    await tabTo(page, 'period-1');
    await page.keyboard.press('ArrowDown');
    expect(await page.isVisible('fieldset[data-week="2"]')).toBe(true);
    await page.fill('#w1d0', '1');
    await page.click('#intensity-form button');
    expect(await page.textContent('#intensity-result h3')).toBe('Ambulantbehandling');
    await page.fill('#w1d0', '3');
    await page.fill('#w1d1', '3');
    await page.fill('#w1d2', '3');
    await page.fill('#w1d3', '3');
    await page.fill('#w1d4', '3');
    await page.fill('#w1d5', '3');
    await page.click('#intensity-form button');
    expect(await page.textContent('#intensity-result h3')).toBe('Skemaet passer ikke på definitionerne');
    expect(await page.textContent('#intensity-result')).toContain('Det nærmeste er');
    await page.close();
  });

  it('never dead-ends on wrong input: an error summary links to the field', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/behandlingsformer/`);
    await page.fill('#w1d2', '30');
    await page.click('#intensity-form button');
    await page.waitForFunction(() => document.activeElement?.id === 'intensity-errors');
    expect(await page.textContent('#intensity-errors')).toContain('Uge 1, Onsdag: en dag har højst 24 timer.');
    expect(await page.getAttribute('#w1d2', 'aria-invalid')).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('w1d2');
    await page.fill('#w1d2', '2');
    await page.fill('#w1d3', '2');
    await page.fill('#w1d4', '2');
    await page.click('#intensity-form button');
    expect(await page.isHidden('#intensity-errors')).toBe(true);
    expect(await page.textContent('#intensity-result h3')).toBe('Ambulant dagbehandling');
    await page.close();
  });
});

describe('the classifier without JavaScript', () => {
  it('shows the definitions and the worked examples, and hides the form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/behandlingsformer/`);
    expect(await page.isHidden('#klassificering')).toBe(true);
    const tables = await page.$$eval('table caption', (captions) => captions.map((c) => c.textContent));
    expect(tables.some((c) => c?.includes('med kildens ordlyd'))).toBe(true);
    expect(tables.some((c) => c?.includes('Eksempler'))).toBe(true);
    expect(await page.textContent('main')).toContain('Sådan læser vi definitionen af dagbehandling');
    await context.close();
  });
});
