/**
 * Consultation tables in Excel (.xlsx), written in each test with exceljs: the first sheet or the
 * one named, merged cells (a party over several rows, a note over the whole row), italics in rich
 * text, a table of two columns, a column too many, and files that must be refused before they are
 * inflated. The command line reads them too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { consultationSchema } from '../../src/schemas/consultation.ts';
import { formatLocation } from '../../scripts/hoering-import/consultation.ts';
import { importConsultation, ImportFileError, type ConsultationMeta } from '../../scripts/hoering-import/index.ts';
import type { RowOutcome } from '../../scripts/hoering-import/types.ts';
import { columnLetter, readXlsx } from '../../scripts/hoering-import/xlsx.ts';
import { zip } from '../support/zip.ts';

const meta: ConsultationMeta = { title: 'Høringsnotat', municipality: 'koebenhavn', standard: 'koebenhavn/social-behandling-stoffer/2023-24', year: 2024, source: 'koebenhavn-hoeringsnotat-2023-24' };

type Cell = string | ExcelJS.CellRichTextValue | null;

/** An .xlsx file: each sheet its rows and the ranges to merge, such as "A2:A4". */
async function workbook(sheets: { name: string; rows: Cell[][]; merges?: string[] }[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const { name, rows, merges = [] } of sheets) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
    for (const range of merges) sheet.mergeCells(range);
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

const italic = (...runs: [string, boolean][]): ExcelJS.CellRichTextValue => ({ richText: runs.map(([text, isItalic]) => ({ text, ...(isItalic ? { font: { italic: true } } : {}) })) });

const importBytes = (bytes: Uint8Array, sheet?: string) => importConsultation(bytes, 'hoering.xlsx', meta, { allowPartial: false, outputName: 'out.yaml', sheet });

/** Each outcome as [where, status or [parties, remark, response]]. */
const summary = (outcomes: readonly RowOutcome[]) =>
  outcomes.map((o) => [formatLocation(o.location, o.part), o.status === 'imported' ? [[o.row.party, ...(o.row.alsoFrom ?? [])], o.row.remark, o.row.response] : o.status === 'problem' ? `problem: ${o.reason}` : o.status]);

const memo: { name: string; rows: Cell[][]; merges?: string[] } = {
  name: 'Høringssvar',
  rows: [
    ['Høringspart', 'Bemærkning', 'Ministeriets kommentar'],
    ['Indledning: ministeriet har modtaget fire høringssvar.', null, null],
    ['Udsatterådet', 'Ventetiden er for lang.', 'Ministeriet er enig.'],
    [null, 'Pårørende bør inddrages.', 'Det gør de allerede.'],
    [null, 'Titlen er uklar.', null],
    ['Danske Regioner, KL og Dansk Sygeplejeråd', italic(['Om afsnit 3.4 mangler frit valg.\n', false], ['Ministeriet præciserer afsnittet.', true]), null],
    ['Lægeforeningen', 'Har ikke afgivet høringssvar.', null],
  ],
  // The party merged over three rows, the introduction over the whole row.
  merges: ['A3:A5', 'A2:C2'],
};

describe('an Excel workbook', () => {
  it('reads the first sheet: header, a note over the whole row, a party merged over three rows, italics, several parties, no response', async () => {
    const result = await importBytes(await workbook([memo, { name: 'Noter', rows: [['Intern note', 'x', 'y']] }]));
    expect(result.read.description).toBe('XLSX, arket "Høringssvar", ark 1 af 2 (3 kolonner)');
    expect(summary(result.outcomes)).toEqual([
      ['række 1', 'header'],
      ['række 2', 'note'],
      ['række 3', [['Udsatterådet'], 'Ventetiden er for lang.', 'Ministeriet er enig.']],
      ['række 4', [['Udsatterådet'], 'Pårørende bør inddrages.', 'Det gør de allerede.']],
      ['række 5', [['Udsatterådet'], 'Titlen er uklar.', undefined]],
      ['række 6', [['Danske Regioner', 'KL', 'Dansk Sygeplejeråd'], 'Om afsnit 3.4 mangler frit valg.', 'Ministeriet præciserer afsnittet.']],
      ['række 7', [['Lægeforeningen'], 'Har ikke afgivet høringssvar.', undefined]],
    ]);
    expect(result.outcomes.map((o) => (o.status === 'imported' ? (o.partyFrom ?? 'row') : '-'))).toEqual(['-', '-', 'row', 'merged', 'merged', 'row', 'row']);
    expect(result.read.remarks).toEqual(['arket "Noter" er ikke importeret: kør kommandoen med --sheet "Noter" for at importere det']);
    expect(result.report).toContain('  række 6: importeret som danske-regioner-mangler-frit-valg (høringsparter Danske Regioner, KL og Dansk Sygeplejeråd; svaret i kursiv; afsnit 3.4)');
    const data = consultationSchema().parse(parse(result.yaml!));
    expect(data.notes).toEqual(['Indledning: ministeriet har modtaget fire høringssvar.']);
    expect(data.rows).toHaveLength(5);
  });

  it('reads the sheet --sheet names, by name or number, and names the sheets when it does not exist', async () => {
    const bytes = await workbook([{ name: 'Forside', rows: [['Høringsnotat 2024']] }, memo]);
    expect((await importBytes(bytes, 'Høringssvar')).read.description).toBe('XLSX, arket "Høringssvar", ark 2 af 2 (3 kolonner)');
    expect((await importBytes(bytes, '2')).outcomes.filter((o) => o.status === 'imported')).toHaveLength(5);
    await expect(importBytes(bytes, 'Bilag')).rejects.toThrow(new ImportFileError('hoering.xlsx: har intet ark "Bilag". Arkene hedder "Forside", "Høringssvar": skriv et af navnene (eller arkets nummer, fx --sheet 1) efter --sheet'));
    await expect(importBytes(bytes)).rejects.toThrow(/^hoering\.xlsx: arket "Forside" har tekst i kun én kolonne; .*vælg et med --sheet/);
  });

  it('reads two columns, party | remark with the response in italics', async () => {
    const bytes = await workbook([{ name: 'Ark1', rows: [['Høringspart', 'Bemærkning og forvaltningens kommentar'], ['Seniorrådet', italic(['Ældre overses.\n', false], ['Forvaltningen er enig.', true])]] }]);
    const result = await importBytes(bytes);
    expect(result.read.description).toBe('XLSX, arket "Ark1" (2 kolonner)');
    expect(summary(result.outcomes)).toEqual([
      ['række 1', 'header'],
      ['række 2', [['Seniorrådet'], 'Ældre overses.', 'Forvaltningen er enig.']],
    ]);
  });

  it('does not read a row with text beyond column C, naming the column, nor a cell over party and remark', async () => {
    const bytes = await workbook([{ name: 'Ark1', rows: [['Rådet', 'Bemærkning.', 'Svar.'], ['Rådet', 'Bemærkning.', 'Svar.', 'Ekstra'], ['Rådet: en bemærkning', null, 'Svar.']], merges: ['A3:B3'] }]);
    const result = await importBytes(bytes);
    expect(summary(result.outcomes).slice(1)).toEqual([
      ['række 2', 'problem: rækken har tekst i kolonne D, men tabellen har kun 3 kolonner (høringspart, bemærkning, svar)'],
      ['række 3', 'problem: rækken har én flettet celle over kolonnerne til høringspart og bemærkning, så høringsparten kan ikke skelnes fra bemærkningen'],
    ]);
    expect(result.yaml).toBeUndefined();
  });

  it('names columns as Excel does', () => {
    expect([1, 3, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AZ', 'AAA']);
  });
});


describe('Excel files that cannot be read', () => {
  it('refuses a sheet that inflates to 100 MB, packed small and lying about its size, before exceljs reads it', async () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(100 * 1024 * 1024).fill(0x20), declare: 1000 }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(readXlsx(bomb, 'bombe.xlsx')).rejects.toThrow(/^bombe\.xlsx: har en del \(xl\/worksheets\/sheet1\.xml\), der fylder mere end 64 MB pakket ud: den bliver ikke læst/);
  }, 30_000);

  it.each([
    ['an old .xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /^x\.xlsx: er et gammelt Excel-regneark \(\.xls\)/],
    ['not a ZIP archive', new TextEncoder().encode('Høringspart;Bemærkning;Svar'), /^x\.xlsx: kan ikke læses som XLSX-fil: den er ikke et ZIP-arkiv/],
    ['a ZIP archive without a workbook', zip([{ name: 'word/document.xml', data: new TextEncoder().encode('<w:document/>') }]), /^x\.xlsx: kan ikke læses som XLSX-fil: den har ingen ark, så den er beskadiget/],
    ['a workbook whose XML is damaged', zip([{ name: 'xl/workbook.xml', data: new TextEncoder().encode('<<<ikke xml') }]), /^x\.xlsx: kan ikke læses som XLSX-fil \(indholdet kan ikke læses som et regneark\): den er beskadiget/],
  ])('%s', async (_, bytes, message) => {
    const error = await readXlsx(bytes, 'x.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('npm run import:hoering with an Excel file', { timeout: 120_000 }, () => {
  const temp = mkdtempSync(join(tmpdir(), 'import-xlsx-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const args = ['--municipality', 'koebenhavn', '--standard', 'koebenhavn/social-behandling-stoffer/2023-24', '--title', 'Høringsnotat', '--year', '2024', '--source', 'koebenhavn-hoeringsnotat-2023-24'];
  const run = (extra: string[]) => spawnSync('node_modules/.bin/node', ['scripts/hoering-import/cli.ts', ...extra], { encoding: 'utf8', timeout: 60_000 });

  it('writes the sheet --sheet names as valid YAML, and refuses --sheet for a CSV file', async () => {
    const file = join(temp, 'hoering.xlsx');
    writeFileSync(file, await workbook([{ name: 'Forside', rows: [['Høringsnotat 2024']] }, memo]));
    const out = join(temp, 'hoering.yaml');
    const result = run([file, ...args, '--sheet', 'Høringssvar', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${file} (XLSX, arket "Høringssvar", ark 2 af 2 (3 kolonner)):`);
    expect(result.stderr).toContain('5 rækker importeret fra 5 høringsparter (2 uden kommentar), 1 note, 1 overskriftsrække sprunget over; alle rækker kunne læses.');
    expect(consultationSchema().parse(parse(readFileSync(out, 'utf8'))).rows).toHaveLength(5);

    const csv = run(['tests/fixtures/hoering-import/csv/komma-lf.csv', ...args, '--sheet', '1']);
    expect(csv.status).toBe(2);
    expect(csv.stderr.trim()).toBe('tests/fixtures/hoering-import/csv/komma-lf.csv: --sheet kan kun bruges til Excel-filer (.xlsx); udelad --sheet for andre filer');
  });
});
