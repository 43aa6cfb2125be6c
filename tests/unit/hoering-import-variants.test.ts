/**
 * Consultation tables as ministries and councils export them (issue 14): header variants, a row
 * without a response, several parties in one cell, a party named once for two rows, and the schema
 * and page rules for such rows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { consultationSchema } from '../../src/schemas/consultation.ts';
import { formatLocation } from '../../scripts/hoering-import/consultation.ts';
import { htmlToRows } from '../../scripts/hoering-import/docx.ts';
import { importConsultation, type ConsultationMeta } from '../../scripts/hoering-import/index.ts';
import { normalizeRows } from '../../scripts/hoering-import/normalize.ts';
import { isHeaderRow, splitParties } from '../../scripts/hoering-import/text.ts';
import type { RowOutcome } from '../../scripts/hoering-import/types.ts';

const meta: ConsultationMeta = { title: 'Høringsnotat', municipality: 'koebenhavn', standard: 'koebenhavn/social-behandling-stoffer/2023-24', year: 2024, source: 'koebenhavn-hoeringsnotat-2023-24' };
const importText = (text: string, file = 'x.csv') => importConsultation(new TextEncoder().encode(text), file, meta, { allowPartial: false, outputName: 'x.yaml' });

/** Each outcome as [where, status or party names | remark | response]. */
const summary = (outcomes: readonly RowOutcome[]) =>
  outcomes.map((o) => [formatLocation(o.location, o.part), o.status === 'imported' ? [[o.row.party, ...(o.row.alsoFrom ?? [])], o.row.remark, o.row.response] : o.status]);

describe('header rows, in every spelling ministries and councils use', () => {
  const parties = ['Høringspart', 'Høringsparter', 'HØRINGSPART', 'høringspart', 'Part', 'Afsender'];
  const remarks = ['Bemærkning', 'Bemærkninger', 'Høringssvar', 'Indhold', 'BEMÆRKNING'];
  const comments = ['Forvaltningens kommentar', 'Ministeriets kommentar', 'Kommunens bemærkning', 'Administrationens svar', 'Byrådets kommentar', 'Kommentar', 'Svar', 'MINISTERIETS KOMMENTAR'];
  const combinations = parties.flatMap((party) => remarks.flatMap((remark) => comments.map((comment) => [party, remark, comment])));

  it.each(combinations)('%s | %s | %s is a header', (party, remark, comment) => {
    expect(isHeaderRow(party, remark, comment)).toBe(true);
  });

  it.each(combinations.filter((_, i) => i % 7 === 0))('%s;%s;%s with a BOM and semicolons is skipped, never a row', async (party, remark, comment) => {
    const result = await importText(`\uFEFF${party};${remark};${comment}\r\nUdsatterådet;Ventetiden er for lang.;Forvaltningen er enig.\r\n`);
    expect(summary(result.outcomes)).toEqual([
      ['linje 1', 'header'],
      ['linje 2', [['Udsatterådet'], 'Ventetiden er for lang.', 'Forvaltningen er enig.']],
    ]);
    expect(result.report[1]).toBe('  linje 1: overskriftsrække, sprunget over');
  });

  it('refuses a row whose party cell is a column name but whose other cells are text, rather than import a party "Høringspart"', async () => {
    const result = await importText('Høringspart;En bemærkning om ventetid.;Ministeriets kommentar\nUdsatterådet;Om titlen.;Svar.\n');
    expect(result.outcomes[0].status).toBe('problem');
    expect(result.report[1]).toMatch(/^ {2}linje 1: FEJL: cellen til høringsparten siger "Høringspart", som er navnet på kolonnen, ikke en høringspart/);
    expect(result.yaml).toBeUndefined();
  });
});

describe('the table of issue 14: semicolon CSV with a BOM, "Ministeriets kommentar", a party named once for two rows, several parties in one cell, no response', () => {
  const file = 'tests/fixtures/hoering-import/csv/ministeriet-bom.csv';
  const run = () => importConsultation(readFileSync(file), file, meta, { allowPartial: false, outputName: 'out.yaml' });

  it('imports every row, each as it should be', async () => {
    const result = await run();
    expect(result.read.description).toBe('CSV, skilletegn ";", UTF-8');
    expect(summary(result.outcomes)).toEqual([
      ['linje 1', 'header'],
      ['linje 2', [['Danske Regioner', 'KL', 'Dansk Sygeplejeråd'], 'Ventetiden på behandling er for lang (afsnit 3.4).', 'Ministeriet er enig og følger ventetiden.']],
      ['linje 3', [['Danske Regioner', 'KL', 'Dansk Sygeplejeråd'], 'Pårørende bør inddrages mere.', 'Ændring på baggrund af bemærkning: Pårørende nævnes i afsnit 3.6.']],
      ['linje 4', [['Lægeforeningen'], 'Har ikke afgivet høringssvar.', undefined]],
      ['linje 5', [['Sundhedsstyrelsen'], 'Ingen bemærkninger.', undefined]],
      ['linje 6-7', [['Ældre Sagen', 'Danske Handicaporganisationer'], 'Tilgængelighed bør beskrives.', 'Ministeriet er enig.']],
    ]);
    expect(result.unreadable).toBe(0);
  });

  it('writes YAML the schema accepts: the parties each once, the others of a joint remark in alsoFrom, no response where there is none', async () => {
    const result = await run();
    expect(result.problems).toEqual([]);
    const data = consultationSchema().parse(parse(result.yaml!));
    expect(data.parties.map((p) => p.name)).toEqual(['Danske Regioner', 'KL', 'Dansk Sygeplejeråd', 'Lægeforeningen', 'Sundhedsstyrelsen', 'Ældre Sagen', 'Danske Handicaporganisationer']);
    expect(data.rows.map((r) => [r.party, r.alsoFrom, r.response === undefined, r.changed])).toEqual([
      ['danske-regioner', ['kl', 'dansk-sygeplejeraad'], false, false],
      ['danske-regioner', ['kl', 'dansk-sygeplejeraad'], false, true],
      ['laegeforeningen', undefined, true, false],
      ['sundhedsstyrelsen', undefined, true, false],
      ['aeldre-sagen', ['danske-handicaporganisationer'], false, false],
    ]);
    expect(result.yaml).toContain('    alsoFrom: [ kl, dansk-sygeplejeraad ]\n');
    expect(result.yaml).not.toMatch(/response: ?(""|''|null|~)?\n/);
  });

  it('reports each row in Danish: the parties, the party from above, and the rows without a comment', async () => {
    const { report } = await run();
    expect(report).toContain('  linje 2: importeret som danske-regioner-ventetiden-behandling-lang (høringsparter Danske Regioner, KL og Dansk Sygeplejeråd; afsnit 3.4)');
    expect(report.find((line) => line.startsWith('  linje 3:'))).toContain('høringsparterne fra rækken ovenover');
    expect(report.find((line) => line.startsWith('  linje 4:'))).toContain('uden kommentar fra forvaltningen (siden viser "Ingen kommentar")');
    expect(report.at(-1)).toBe('5 rækker importeret fra 7 høringsparter (2 uden kommentar), 0 noter, 1 overskriftsrække sprunget over; alle rækker kunne læses.');
  });
});

describe('several parties in one cell', () => {
  it.each([
    ['Danske Regioner, KL og Dansk Sygeplejeråd', ['Danske Regioner', 'KL', 'Dansk Sygeplejeråd']],
    ['Danske Regioner, KL, Dansk Sygeplejeråd', ['Danske Regioner', 'KL', 'Dansk Sygeplejeråd']],
    ['Danske Regioner, KL samt Dansk Sygeplejeråd', ['Danske Regioner', 'KL', 'Dansk Sygeplejeråd']],
    ['Danske Regioner\nKL\nDansk Sygeplejeråd', ['Danske Regioner', 'KL', 'Dansk Sygeplejeråd']],
    ['- Danske Regioner\n- KL', ['Danske Regioner', 'KL']],
    ['Danske Regioner,\nKL og', ['Danske Regioner', 'KL']],
    ['Udsatterådet', ['Udsatterådet']],
    // "og" and commas inside one name stay one party.
    ['Foreningen for Børn og Unge', ['Foreningen for Børn og Unge']],
    ['Social- og Sundhedsudvalget', ['Social- og Sundhedsudvalget']],
    ['Region Hovedstaden, Psykiatrien', ['Region Hovedstaden, Psykiatrien']],
    // A long name wrapped over two lines is one party.
    ['Foreningen af Kommunale Social-, Sundheds-\nog Arbejdsmarkedschefer', ['Foreningen af Kommunale Social-, Sundheds- og Arbejdsmarkedschefer']],
    ['Rådet for Socialt Udsatte\n(sekretariatet)', ['Rådet for Socialt Udsatte (sekretariatet)']],
    ['Landsforeningen af\nNuværende og Tidligere Psykiatribrugere', ['Landsforeningen af Nuværende og Tidligere Psykiatribrugere']],
    ['Region Hovedstaden (psykiatri, somatik og akut) og KL', ['Region Hovedstaden (psykiatri, somatik og akut) og KL']],
  ])('%j', (cell, parties) => {
    expect(splitParties(cell)).toEqual(parties);
  });

  it('splits "A og B" only when the table names both on their own', () => {
    expect(splitParties('KL og Danske Regioner', new Set(['kl', 'danske regioner']))).toEqual(['KL', 'Danske Regioner']);
    expect(splitParties('KL og Danske Regioner', new Set(['kl']))).toEqual(['KL og Danske Regioner']);
  });

  it('reads one party per paragraph in a Word cell, and gives a merged party cell to every row it covers', () => {
    const html =
      '<table><tr><td rowspan="2"><p>Danske Regioner</p><p>KL</p></td><td><p>Første bemærkning.</p></td><td><p>Første svar.</p></td></tr>' +
      '<tr><td><p>Anden bemærkning.</p></td><td><p></p></td></tr></table>';
    expect(summary(normalizeRows(htmlToRows(html, 'x.docx').rows))).toEqual([
      ['række 1', [['Danske Regioner', 'KL'], 'Første bemærkning.', 'Første svar.']],
      ['række 2', [['Danske Regioner', 'KL'], 'Anden bemærkning.', undefined]],
    ]);
  });
});

describe('a party without a response in a Word table whose remark cell spans the response column', () => {
  it('reads one roman paragraph as a remark without a response, with a warning; more paragraphs stay a problem', () => {
    const html =
      '<table><tr><td><p>Høringspart</p></td><td><p>Bemærkning</p></td><td><p>Forvaltningens kommentar</p></td></tr>' +
      '<tr><td><p>Lægeforeningen</p></td><td colspan="2"><p>Har ikke afgivet høringssvar.</p></td></tr>' +
      '<tr><td><p>Ældrerådet</p></td><td colspan="2"><p>En bemærkning.</p><p>Et svar, der ikke er i kursiv.</p></td></tr></table>';
    const outcomes = normalizeRows(htmlToRows(html, 'x.docx').rows);
    expect(summary(outcomes)).toEqual([
      ['række 1', 'header'],
      ['række 2', [['Lægeforeningen'], 'Har ikke afgivet høringssvar.', undefined]],
      ['række 3', 'problem'],
    ]);
    expect(outcomes[1].warnings).toEqual(['bemærkningen og svaret står i én celle med ét afsnit og ingen kursiv: den er læst som en bemærkning uden kommentar fra forvaltningen']);
  });
});

describe('the consultation schema for such rows', () => {
  const base = {
    title: 'Høringsnotat',
    municipality: 'koebenhavn',
    standard: 'koebenhavn/social-behandling-stoffer/2023-24',
    year: 2024,
    parties: [
      { id: 'kl', name: 'KL' },
      { id: 'danske-regioner', name: 'Danske Regioner' },
    ],
    sources: [{ source: 'koebenhavn-hoeringsnotat-2023-24' }],
  };
  const row = { id: 'kl-ventetid', party: 'kl', remark: 'Har ikke afgivet høringssvar.', changed: false };
  const messages = (rows: unknown[]) => consultationSchema().safeParse({ ...base, rows }).error?.issues.map((i) => [i.path.join('.'), i.message]);

  it('accepts a row without a response, and one given by several parties', () => {
    expect(messages([row, { ...row, id: 'kl-2', alsoFrom: ['danske-regioner'], response: 'Svar.' }])).toBeUndefined();
  });

  it('refuses an empty response, an unknown or repeated party in alsoFrom, and a change without a response', () => {
    expect(messages([{ ...row, response: '  ' }])?.map(([path]) => path)).toEqual(['rows.0.response']);
    expect(messages([{ ...row, alsoFrom: ['ukendt'] }])?.map(([path]) => path)).toEqual(['rows.0.alsoFrom.0']);
    expect(messages([{ ...row, alsoFrom: ['kl'] }])).toEqual([['rows.0.alsoFrom.0', expect.stringContaining('kun én gang')]]);
    expect(messages([{ ...row, changed: true, change: 'Afsnittet rettes.' }])).toEqual([['rows.0.response', 'forvaltningens svar, fordi »changed« er true']]);
  });
});
