/**
 * Every choice a reader can make is drawn, on a phone (390 × 844): on each page with a radio
 * button or a checkbox (the wizard's questions once its island has run, the classifier), choosing
 * it visibly changes the control and its label (a change of at least 12 × 12 px), and the keyboard
 * focus on it is visible the same way. And no page is wider than the screen at 320 px.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { builtPages } from '../../scripts/browser/dist.ts';
import { serveDirectory, type RunningServer } from '../../scripts/browser/static-server.ts';
import { changedBox } from '../support/visual-diff.ts';

const htmlPages = builtPages().filter((p) => p.file.endsWith('index.html'));
/** Pages whose HTML has radio buttons or checkboxes, or answer links the island turns into radio buttons. */
const formPages = htmlPages.filter((p) => /type="(radio|checkbox)"|class="answer-links"/.test(p.html));

let browser: Browser;
let context: BrowserContext;
let server: RunningServer;
beforeAll(async () => {
  server = await serveDirectory('dist');
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The control and its label, as drawn: DKFDS's group around them, or else the label. */
async function picture(page: Page, control: Locator): Promise<Buffer> {
  const id = await control.getAttribute('id');
  const group = page.locator(`.form-group-radio:has(#${id}), .form-group-checkbox:has(#${id})`);
  const target = (await group.count()) > 0 ? group.first() : page.locator(`label[for="${id}"]`);
  await target.scrollIntoViewIfNeeded();
  return target.screenshot({ animations: 'disabled' });
}

const atLeast12 = (box: { width: number; height: number }) => box.width >= 12 && box.height >= 12;

describe('choices are visible', () => {
  it('there are pages with choices to check', () => {
    expect(formPages.map((p) => p.path)).toEqual(expect.arrayContaining(['/klage/sporgsmaal/', '/behandlingsformer/']));
  });

  it.each(formPages.map((p) => [p.path] as const))('%s: choosing each control and focusing it changes what is drawn', async (path) => {
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('load');
    const controls = page.locator('input[type="radio"]:not([disabled]), input[type="checkbox"]:not([disabled])');
    const count = await controls.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const control = controls.nth(i);
      if (!(await page.locator(`label[for="${await control.getAttribute('id')}"]`).isVisible())) continue;
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      // A radio button already chosen is first unchosen by choosing another of its group.
      if ((await control.getAttribute('type')) === 'radio' && (await control.isChecked())) {
        const other = page.locator(`input[type="radio"][name="${await control.getAttribute('name')}"]:not(:checked)`).first();
        await page.locator(`label[for="${await other.getAttribute('id')}"]`).click();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      }
      const before = await picture(page, control);
      await page.locator(`label[for="${await control.getAttribute('id')}"]`).click();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const chosen = await picture(page, control);
      const change = await changedBox(browser, before, chosen);
      expect(atLeast12(change), `${path} #${await control.getAttribute('id')}: choosing it changed ${change.width} × ${change.height} px`).toBe(true);
      await control.focus();
      const focused = await picture(page, control);
      const focus = await changedBox(browser, chosen, focused);
      expect(atLeast12(focus), `${path} #${await control.getAttribute('id')}: focus changed ${focus.width} × ${focus.height} px`).toBe(true);
    }
    await page.close();
  });
});

describe('no page is wider than the screen at 320 px', () => {
  it('every built page', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    let widest = { path: '', width: 0 };
    for (const p of htmlPages) {
      await page.goto(`${server.url}${p.path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${p.path} is ${width} px wide`);
      if (width > widest.width) widest = { path: p.path, width };
    }
    await page.close();
    console.log(`Widest of ${htmlPages.length} pages at 320 px: ${widest.path}, ${widest.width} px`);
    expect(wide).toEqual([]);
  });
});

describe('the header menu without JavaScript', () => {
  it('opens and closes on a phone, and every menu item is then drawn and can be followed', async () => {
    const noScript = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}/`);
    const summary = page.locator('.site-menu > summary');
    const links = page.locator('.site-menu .mainmenu a');
    expect(await summary.isVisible()).toBe(true);
    expect(await links.first().isVisible()).toBe(false);
    await summary.click();
    const count = await links.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const box = (await links.nth(i).boundingBox())!;
      expect(box.width >= 24 && box.height >= 24, `menu item ${i + 1} is ${box.width} × ${box.height} px`).toBe(true);
    }
    await summary.click();
    expect(await links.first().isVisible()).toBe(false);
    await summary.click();
    await page.locator('.site-menu .mainmenu a', { hasText: 'Klage' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/klage/');
    await noScript.close();
  });
  it('shows every menu item at once on a wide screen', async () => {
    const noScript = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${server.url}/`);
    expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
    const links = page.locator('.site-menu .mainmenu a:visible');
    expect(await links.count()).toBeGreaterThan(3);
    await noScript.close();
  });
});
