/**
 * Citizens' tasks on a phone (390 × 844, touch): each situation starts on the home page and is
 * followed tap by tap, by the words on the screen, to its answer. A complaint answer must name a body
 * or someone to contact, a deadline (a date, or "ingen frist") and a next step; a question answered
 * from the law must show the rule, when it was checked, and where to go on. The taps of each
 * situation are printed; the budget is 6 taps from the home page to the answer.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser/launch.ts';
import { serveDirectory, type RunningServer } from '../../scripts/browser/static-server.ts';

let browser: Browser;
let context: BrowserContext;
let server: RunningServer;
const taps = new Map<string, { toAnswer: number; forDate: number }>();

beforeAll(async () => {
  server = await serveDirectory('dist');
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'da-DK' });
});
afterAll(async () => {
  const rows = [...taps].map(([name, t]) => `${String(t.toAnswer).padStart(2)} tap${t.toAnswer === 1 ? ' ' : 's'}${t.forDate ? ` (+${t.forDate} for the date)` : '              '}  ${name}`);
  console.log(`Taps from the home page to the answer:\n${rows.join('\n')}`);
  await browser?.close();
  await server?.close();
});

/** A citizen on a phone: every tap is on something they can see, found by its words. */
class Citizen {
  count = 0;
  constructor(readonly page: Page) {}

  /** Taps a link or a button that leads to another page, and waits for that page to be ready. */
  async follow(text: string | RegExp) {
    const before = this.page.url();
    await this.tap(text);
    await this.page.waitForURL((url) => url.href !== before);
    await this.page.waitForLoadState('load');
  }

  async tap(text: string | RegExp) {
    const target = this.page.getByText(text, { exact: typeof text === 'string' }).first();
    // The words must come into view on the page the last tap led to (a wait, not a tap).
    await target.waitFor({ state: 'visible', timeout: 10_000 });
    const box = (await target.boundingBox())!;
    expect(box.width * box.height, `"${text}" has a size`).toBeGreaterThan(0);
    await target.tap();
    this.count++;
  }

  /** Chooses an answer (taps its label) and taps "Fortsæt". */
  async answer(label: string) {
    await this.tap(label);
    expect(await this.page.isChecked(`input[name="svar"][id="${await this.page.getAttribute(`label:text-is("${label}")`, 'for')}"]`)).toBe(true);
    await this.follow('Fortsæt');
  }

  /** Types a date into the date field (a tap) and taps the button that computes from it. */
  async computeFrom(date: string): Promise<string> {
    await this.page.locator('#calculator-date').tap();
    this.count++;
    await this.page.fill('#calculator-date', date);
    await this.tap(/^Beregn (fristen|datoen)$/);
    return (await this.page.textContent('.date-calculator__result')) ?? '';
  }
}

async function start(): Promise<Citizen> {
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForLoadState('load');
  return new Citizen(page);
}

/** What a complaint answer must say: who, by when, and what to do now. */
async function expectCompleteAnswer(page: Page) {
  await page.locator('.complaint-steps').waitFor({ timeout: 10_000 });
  const who = [...(await page.locator('.complaint-steps li > strong').allTextContents()), ...(await page.locator('.contacts li > strong').allTextContents())];
  expect(who.length, 'names a body or a contact').toBeGreaterThan(0);
  const deadline = (await page.textContent('#frist + p'))!;
  expect(deadline, 'gives a deadline or says there is none').toMatch(/ingen frist|\d+ (uger|år)|inden et år/i);
  const first = (await page.textContent('.complaint-steps li p'))!;
  expect(first, 'says what to do first').toMatch(/\b(Send|Klag|Skriv|Kontakt|Læs|Bed|Sig|Du kan)\b/);
  expect(await page.getByText('Skriv din klage', { exact: true }).last().isVisible()).toBe(true);
}

describe('a citizen on a phone reaches a complete answer from the home page', () => {
  it('"Jeg bad om behandling for stoffer for tre uger siden, og der er ikke sket noget"', async () => {
    const c = await start();
    await c.follow('Behandling for brug af stoffer, og du er 18 år eller ældre');
    await c.answer('Du har bedt om hjælp, men der er ikke sket noget');
    expect(await c.page.textContent('h1')).toBe('Du har bedt om hjælp, men der er ikke sket noget');
    await expectCompleteAnswer(c.page);
    expect(await c.page.textContent('main')).toContain('skriftlig afgørelse');
    const toAnswer = c.count;
    expect(await c.computeFrom('2026-11-10')).toBe('Behandlingen skulle senest være begyndt tirsdag den 24. november 2026.');
    taps.set('Nothing has happened for three weeks (drugs, adult)', { toAnswer, forDate: c.count - toAnswer });
    expect(toAnswer).toBeLessThanOrEqual(6);
  });

  it('"Jeg er 16 og har fået afslag på behandling"', async () => {
    const c = await start();
    await c.follow('Jeg er under 18 år');
    await c.page.waitForURL('**/dine-rettigheder/#under-18');
    expect(await c.page.isVisible('#under-18 .law-fact')).toBe(true);
    await c.follow('Du vil klage over en afgørelse om din behandling');
    await expectCompleteAnswer(c.page);
    expect(await c.page.textContent('.complaint-steps')).toContain('Ankestyrelsen');
    const phones = await c.page.locator('.contacts a[href^="tel:"]').count();
    expect(phones).toBeGreaterThanOrEqual(2);
    expect(await c.page.textContent('main')).not.toMatch(/^Ikke bekræftet$/m);
    const toAnswer = c.count;
    expect(await c.computeFrom('2026-11-16')).toBe('Din frist er mandag den 14. december 2026.');
    taps.set('16 years old, refused treatment', { toAnswer, forDate: c.count - toAnswer });
    expect(toAnswer).toBeLessThanOrEqual(6);
  });

  it('"Jeg fik dagbehandling, men bad om døgnbehandling", with a deadline on a Saturday', async () => {
    const c = await start();
    await c.follow('Behandling for brug af stoffer, og du er 18 år eller ældre');
    await c.answer('Et afslag eller en anden afgørelse fra kommunen');
    await c.answer('Dagbehandling, når du bad om døgnbehandling');
    await expectCompleteAnswer(c.page);
    expect(await c.page.textContent('.complaint-steps')).toContain('Ankestyrelsen');
    const toAnswer = c.count;
    const result = await c.computeFrom('2026-03-07');
    expect(result).toContain('Din frist er lørdag den 4. april 2026.');
    // 2 and 3 April 2026 are skærtorsdag and langfredag: the last working day before is Wednesday.
    expect(result).toContain('Send klagen, så den er fremme senest onsdag den 1. april 2026.');
    taps.set('Day treatment instead of residential (deadline on a Saturday)', { toAnswer, forDate: c.count - toAnswer });
    expect(toAnswer).toBeLessThanOrEqual(6);
  });

  it('"Jeg vil klage over min metadonbehandling"', async () => {
    const c = await start();
    await c.follow('Behandling for brug af stoffer, og du er 18 år eller ældre');
    await c.answer('Læger, sygeplejersker, medicin eller substitutionsbehandling');
    await expectCompleteAnswer(c.page);
    expect((await c.page.locator('.complaint-steps li > strong').allTextContents())[0]).toBe('Styrelsen for Patientklager');
    expect(await c.page.textContent('.complaint-steps')).toMatch(/borger\.dk.*MitID/s);
    expect(await c.page.textContent('main')).toContain('Patienterstatningen');
    taps.set('Complaint about substitution treatment', { toAnswer: c.count, forDate: 0 });
    expect(c.count).toBeLessThanOrEqual(6);
  });

  it('"Personalet på alkoholambulatoriet talte grimt til mig"', async () => {
    const c = await start();
    await c.follow('Behandling for alkohol');
    await c.answer('Personalet eller den service, du får');
    await expectCompleteAnswer(c.page);
    expect(await c.page.textContent('#frist + p')).toMatch(/ingen frist/i);
    taps.set('Staff conduct (alcohol)', { toAnswer: c.count, forDate: 0 });
    expect(c.count).toBeLessThanOrEqual(6);
  });

  it('"Jeg har fået afslag på at se papirerne i min sag"', async () => {
    const c = await start();
    await c.follow('Behandling for brug af stoffer, og du er 18 år eller ældre');
    await c.answer('Afslag på at se papirerne i din sag (aktindsigt)');
    await expectCompleteAnswer(c.page);
    expect(await c.page.textContent('#frist + p')).toMatch(/ingen frist/i);
    taps.set('Access to one\'s file refused', { toAnswer: c.count, forDate: 0 });
    expect(c.count).toBeLessThanOrEqual(6);
  });

  it('"Jeg har bedt om alkoholbehandling, og der sker ikke noget"', async () => {
    const c = await start();
    await c.follow('Behandling for alkohol');
    await c.answer('Du har bedt om hjælp, men der er ikke sket noget');
    await expectCompleteAnswer(c.page);
    expect(await c.page.textContent('.complaint-steps')).toContain('alkoholambulatorium');
    taps.set('Nothing has happened (alcohol)', { toAnswer: c.count, forDate: 0 });
    expect(c.count).toBeLessThanOrEqual(6);
  });
});

describe('a citizen on a phone has a question answered from the law', () => {
  /** The section the link went to shows a rule from its law entry and when it was checked. */
  async function expectRuleAnswer(page: Page, section: string, words: RegExp) {
    await page.waitForURL(`**${section}`);
    const id = section.split('#')[1];
    const text = (await page.textContent(`#${id}`))!;
    expect(text).toMatch(words);
    expect(text).toMatch(/Sidst kontrolleret \d+\. \w+ \d{4}/);
    expect(await page.locator(`#${id} .law-fact a[href^="/lovgrundlag/"]`).count()).toBeGreaterThan(0);
  }

  it('"Hvor længe må jeg vente på behandling?"', async () => {
    const c = await start();
    await c.follow('Hvor længe må jeg vente på behandling?');
    await expectRuleAnswer(c.page, '/dine-rettigheder/#behandlingsgaranti', /14 dage/);
    await c.follow('Du har bedt om hjælp til brug af stoffer, men der er ikke sket noget');
    await expectCompleteAnswer(c.page);
    taps.set('How long may I wait? (and on to what to do)', { toAnswer: c.count, forDate: 0 });
    expect(c.count).toBeLessThanOrEqual(6);
  });

  it('"Kan jeg få alkoholbehandling anonymt?"', async () => {
    const c = await start();
    await c.follow('Kan jeg få alkoholbehandling anonymt?');
    await expectRuleAnswer(c.page, '/dine-rettigheder/#alkoholbehandling', /anonymt/);
    taps.set('Anonymous alcohol treatment?', { toAnswer: c.count, forDate: 0 });
  });

  it('"Hvad er forskellen på ambulant, dag- og døgnbehandling?"', async () => {
    const c = await start();
    await c.follow('Hvad er forskellen på ambulant, dag- og døgnbehandling?');
    await c.page.waitForURL('**/behandlingsformer/#definitionerne');
    const rows = await c.page.locator('#definitionerne + .table-scroll tbody tr').allTextContents();
    expect(rows.length).toBe(5);
    expect(rows.join(' ')).toMatch(/overnatning/);
    // Each definition is readable on the phone without scrolling sideways.
    const box = (await c.page.locator('#definitionerne + .table-scroll table').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    taps.set('Ambulant, day or residential treatment?', { toAnswer: c.count, forDate: 0 });
  });
});
