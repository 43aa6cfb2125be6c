/**
 * Consultation tables saved as CSV (tests/fixtures/hoering-import/csv/): separators, quoting, line
 * breaks, encodings, the exact rows each layout gives, the line of every unreadable row, and the
 * message for each kind of broken file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatLocation, NOT_IMPORTED_MARKER } from '../../scripts/hoering-import/consultation.ts';
import { decodeCsv, detectSeparator, parseCsv } from '../../scripts/hoering-import/csv.ts';
import { importConsultation, ImportFileError, type ConsultationMeta } from '../../scripts/hoering-import/index.ts';
import type { RowOutcome } from '../../scripts/hoering-import/types.ts';
import { expectValidYaml } from '../support/consultation-yaml.ts';

const dir = 'tests/fixtures/hoering-import/csv';
const meta: ConsultationMeta = { title: 'Høringsnotat', municipality: 'koebenhavn', standard: 'koebenhavn/social-behandling-stoffer/2023-24', year: 2023, source: 'koebenhavn-hoeringsnotat-2023-24' };

const importFixture = (name: string, allowPartial = false) => importConsultation(readFileSync(`${dir}/${name}`), `${dir}/${name}`, meta, { allowPartial, outputName: 'out.yaml' });

/** Each outcome as [where, what]: the imported row's fields, or the status and its text. */
function summary(outcomes: readonly RowOutcome[]) {
  return outcomes.map((o) => {
    const where = formatLocation(o.location, o.part);
    switch (o.status) {
      case 'imported':
        return [where, { party: o.row.party, remark: o.row.remark, response: o.row.response, changed: o.row.changed, change: o.row.change, sections: o.row.sections }];
      case 'note':
        return [where, `note: ${o.text}`];
      case 'party-heading':
        return [where, `party heading: ${o.party}`];
      case 'problem':
        return [where, `problem: ${o.reason}`];
      default:
        return [where, o.status];
    }
  });
}


describe('parsing CSV text', () => {
  it('reads quoted separators, doubled quotes and line breaks, and counts lines', () => {
    const records = parseCsv('a;"b;c";"d ""e"""\r\nf;"g\r\n\r\nh";i\rj;k;l', ';');
    expect(records.map((r) => [r.fields, r.line, r.endLine])).toEqual([
      [['a', 'b;c', 'd "e"'], 1, 1],
      [['f', 'g\n\nh', 'i'], 2, 4],
      [['j', 'k', 'l'], 5, 5],
    ]);
    expect(records[1].raw).toBe('f;"g\n\nh";i');
  });

  it('keeps text after a closing quote and drops spaces before an opening one', () => {
    expect(parseCsv('"a"b; "c";d"e"', ';')[0].fields).toEqual(['ab', 'c', 'd"e"']);
  });

  it('gives up on a record whose quote is never closed, and reads on from the next line', () => {
    const records = parseCsv('a;"b;c\nd;e;f\ng;h;i\n', ';');
    expect(records.map((r) => [r.line, r.unclosedQuote ?? false, r.fields])).toEqual([
      [1, true, []],
      [2, false, ['d', 'e', 'f']],
      [3, false, ['g', 'h', 'i']],
    ]);
  });

  it.each([
    ['a;b;c\nd;e;f\n', ';'],
    ['a,b,c\nd,"e, f",g\n', ','],
    ['a\tb\tc\n', '\t'],
    ['a;b,c;d\n', ';'],
  ])('finds the separator of %j', (text, separator) => {
    expect(detectSeparator(text, 'x.csv')).toBe(separator);
  });

  it('reads UTF-8 with and without a BOM, UTF-16 and Windows-1252', () => {
    const utf8 = new TextEncoder().encode('Høringspart;Bemærkning;Svar');
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'x.csv')).toEqual({ text: 'Høringspart;Bemærkning;Svar', encoding: 'UTF-8' });
    expect(decodeCsv(utf8, 'x.csv').text).toBe('Høringspart;Bemærkning;Svar');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Rådet\tÆndring', 'utf16le')]);
    expect(decodeCsv(utf16, 'x.csv')).toEqual({ text: 'Rådet\tÆndring', encoding: 'UTF-16' });
    expect(decodeCsv(Uint8Array.from([0x52, 0xe5, 0x64, 0x65, 0x74, 0x20, 0x96]), 'x.csv')).toEqual({ text: 'Rådet –', encoding: 'Windows-1252' });
  });
});

describe('CSV layouts', () => {
  it('reads ";" with a UTF-8 BOM, Windows line endings, quoted line breaks, a note row and a party named once', async () => {
    const result = await importFixture('semikolon-bom-crlf.csv');
    expect(result.read.description).toBe('CSV, skilletegn ";", UTF-8');
    expect(summary(result.outcomes)).toEqual([
      ['linje 1', 'header'],
      ['linje 2', 'note: Forvaltningen har modtaget høringssvar fra to parter: Udsatterådet og Dialogforum.'],
      [
        'linje 3-7',
        {
          party: 'Udsatterådet',
          remark: 'Beskrivelsen af visitation til døgnbehandling er misvisende.\n\nLangt flere borgere bør visiteres.',
          response: 'Forvaltningen er ikke enig.\n\nDer visiteres efter en konkret og individuel vurdering (3.6).',
          changed: false,
          change: undefined,
          sections: ['3.6'],
        },
      ],
      ['linje 8', { party: 'Udsatterådet', remark: 'Digitale forløb kan ikke erstatte den personlige samtale.', response: 'Forvaltningen er enig.', changed: false, change: undefined, sections: [] }],
      [
        'linje 9',
        {
          party: 'Dialogforum',
          remark: 'I afsnit 3.4. Frit valg står der "RK orienterer om muligheden for frit valg" – men ikke om visitation.',
          response: 'Ændring på baggrund af bemærkning: Forvaltningen præciserer, at borgeren modtager et afgørelsesbrev; det fremgår af afsnit 3.4 og 3.6.',
          changed: true,
          change: 'Forvaltningen præciserer, at borgeren modtager et afgørelsesbrev; det fremgår af afsnit 3.4 og 3.6.',
          sections: ['3.4', '3.6'],
        },
      ],
    ]);
    const data = expectValidYaml(result.yaml);
    expect(data.parties).toEqual([
      { id: 'udsatteraadet', name: 'Udsatterådet' },
      { id: 'dialogforum', name: 'Dialogforum' },
    ]);
    expect(data.rows.map((r) => r.id)).toEqual(['udsatteraadet-beskrivelsen-visitation', 'udsatteraadet-digitale-forloeb-erstatte', 'dialogforum-frit-valg-orienterer']);
    expect(data.notes).toEqual(['Forvaltningen har modtaget høringssvar fra to parter: Udsatterådet og Dialogforum.']);
    expect(data.sources).toEqual([{ source: 'koebenhavn-hoeringsnotat-2023-24' }]);
  });

  it('reads "," with Unix line endings, an upper-case header, a trailing empty column and a party named in a row of its own', async () => {
    const result = await importFixture('komma-lf.csv');
    expect(result.read.description).toBe('CSV, skilletegn ",", UTF-8');
    expect(summary(result.outcomes)).toEqual([
      ['linje 1', 'header'],
      ['linje 2', 'party heading: Frivilligrådet'],
      [
        'linje 3',
        {
          party: 'Frivilligrådet',
          remark: 'Civilsamfundet bør inddrages tidligt, gerne allerede i planlægningen.',
          response: 'Forvaltningen er enig, og inddrager gerne frivillige.',
          changed: false,
          change: undefined,
          sections: [],
        },
      ],
      ['linje 4', { party: 'Frivilligrådet', remark: 'Samarbejdsaftaler bør være "forpligtende".', response: 'Ingen ændring på baggrund af bemærkningen.', changed: false, change: undefined, sections: [] }],
      [
        'linje 5-7',
        {
          party: 'Handicaprådet',
          remark: 'Tilgængelighed på behandlingsstederne bør beskrives (2.4).',
          response: 'Ændringer på baggrund af bemærkningerne:\n- afsnit 2.4 udvides\n- en ny oversigt tilføjes',
          changed: true,
          change: '- afsnit 2.4 udvides\n- en ny oversigt tilføjes',
          sections: ['2.4'],
        },
      ],
    ]);
    expectValidYaml(result.yaml);
  });

  it('takes the separator from Excel\'s "sep=" first line, and keeps counting lines from it', async () => {
    const csv = 'sep=,\r\nHøringspart,Bemærkning,Kommentar\r\nRådet,"Om a; b og c.",Svar.\r\n';
    const result = await importConsultation(new TextEncoder().encode(csv), 'x.csv', meta, { allowPartial: false, outputName: 'x.yaml' });
    expect(result.read.description).toBe('CSV, skilletegn ",", UTF-8');
    expect(summary(result.outcomes)).toEqual([
      ['linje 2', 'header'],
      ['linje 3', { party: 'Rådet', remark: 'Om a; b og c.', response: 'Svar.', changed: false, change: undefined, sections: [] }],
    ]);
  });

  it('reads a Windows-1252 file as Danish Excel writes it', async () => {
    const result = await importFixture('windows-1252.csv');
    expect(result.read.description).toBe('CSV, skilletegn ";", Windows-1252');
    expect(summary(result.outcomes)).toEqual([
      ['linje 1', 'header'],
      [
        'linje 2',
        {
          party: 'Ældrerådet',
          remark: 'Målgruppen bør også omfatte ældre over 65 år.',
          response: 'Forvaltningen er enig – målgruppen omfatter alle voksne.',
          changed: false,
          change: undefined,
          sections: [],
        },
      ],
    ]);
    expect(expectValidYaml(result.yaml).parties).toEqual([{ id: 'aeldreraadet', name: 'Ældrerådet' }]);
  });
});

describe('CSV rows that cannot be read', () => {
  const expected = [
    ['linje 1', 'header'],
    ['linje 2', 'problem: cellen til høringsparten er tom, og ingen række ovenover nævner en høringspart'],
    ['linje 3', { party: 'Udsatterådet', remark: 'Ventetiden er for lang.', response: 'Forvaltningen følger ventetiden.', changed: false, change: undefined, sections: [] }],
    ['linje 4', { party: 'Udsatterådet', remark: 'En bemærkning uden svar.', response: undefined, changed: false, change: undefined, sections: [] }],
    ['linje 5', 'problem: cellen til bemærkningen er tom'],
    ['linje 6', 'problem: rækken har 4 felter, men skal have 3 (høringspart, bemærkning, svar): der mangler måske et skilletegn eller et anførselstegn, eller der er et for meget'],
    ['linje 7', 'problem: rækken har 2 felter, men skal have 3 (høringspart, bemærkning, svar): der mangler måske et skilletegn eller et anførselstegn, eller der er et for meget'],
    ['linje 8', 'problem: svaret siger "Ændring på baggrund af bemærkning", men der står ikke bagefter, hvad der blev ændret'],
    ['linje 9', { party: 'Frivilligrådet', remark: 'Samarbejde med civilsamfundet.', response: 'Forvaltningen deltager gerne.', changed: false, change: undefined, sections: [] }],
    ['linje 10', 'problem: et felt i anførselstegn bliver aldrig lukket (der mangler et afsluttende ")'],
    ['linje 11', { party: 'Dialogforum', remark: 'Titlen skaber forvirring.', response: 'Forvaltningen fastholder titlen.', changed: false, change: undefined, sections: [] }],
  ];

  it('reports each with its line and gives no YAML', async () => {
    const result = await importFixture('ulaeselige-raekker.csv');
    expect(summary(result.outcomes)).toEqual(expected);
    expect(result.unreadable).toBe(6);
    expect(result.yaml).toBeUndefined();
    expect(result.report.filter((line) => line.includes('FEJL')).map((line) => line.split(':')[0].trim())).toEqual(['linje 2', 'linje 5', 'linje 6', 'linje 7', 'linje 8', 'linje 10']);
    expect(result.report.at(-1)).toBe('4 rækker importeret fra 3 høringsparter (1 uden kommentar), 0 noter, 1 overskriftsrække sprunget over; 6 rækker kunne ikke læses.');
  });

  it('with allowPartial, keeps each verbatim in notes, marked, and the YAML passes the schema', async () => {
    const result = await importFixture('ulaeselige-raekker.csv', true);
    expect(summary(result.outcomes)).toEqual(expected);
    const data = expectValidYaml(result.yaml);
    expect(data.rows).toHaveLength(4);
    const withoutResponse = data.rows.find((r) => r.remark === 'En bemærkning uden svar.');
    expect(withoutResponse?.party).toBe('udsatteraadet');
    expect(withoutResponse).not.toHaveProperty('response');
    const file = 'ulaeselige-raekker.csv';
    expect(data.notes).toEqual([
      `${NOT_IMPORTED_MARKER} ${file}, linje 2: cellen til høringsparten er tom, og ingen række ovenover nævner en høringspart.\n\n;En bemærkning uden part.;Et svar uden part.`,
      `${NOT_IMPORTED_MARKER} ${file}, linje 5: cellen til bemærkningen er tom.\n\nUdsatterådet;;Et svar uden bemærkning.`,
      `${NOT_IMPORTED_MARKER} ${file}, linje 6: rækken har 4 felter, men skal have 3 (høringspart, bemærkning, svar): der mangler måske et skilletegn eller et anførselstegn, eller der er et for meget.\n\nUdsatterådet;En bemærkning;med et semikolon for meget;Et svar.`,
      `${NOT_IMPORTED_MARKER} ${file}, linje 7: rækken har 2 felter, men skal have 3 (høringspart, bemærkning, svar): der mangler måske et skilletegn eller et anførselstegn, eller der er et for meget.\n\nUdsatterådet;En række med kun to felter.`,
      `${NOT_IMPORTED_MARKER} ${file}, linje 8: svaret siger "Ændring på baggrund af bemærkning", men der står ikke bagefter, hvad der blev ændret.\n\nDialogforum;Om afsnit 2.8.;Ændring på baggrund af bemærkning:`,
      `${NOT_IMPORTED_MARKER} ${file}, linje 10: et felt i anførselstegn bliver aldrig lukket (der mangler et afsluttende ").\n\nDialogforum;"Et citat, der aldrig lukkes;Et svar.`,
    ]);
  });
});

describe('broken CSV files', () => {
  it.each([
    ['tom.csv', `${dir}/tom.csv: er tom. Der skal være en tabel med 3 kolonner (høringspart | bemærkning | svar)`],
    ['fire-kolonner.csv', `${dir}/fire-kolonner.csv: skal være en tabel med 3 kolonner (høringspart | bemærkning | svar) delt med ";" eller ","; de fleste rækker har 4 kolonner (delt med ";")`],
    ['en-kolonne.csv', `${dir}/en-kolonne.csv: skal være en tabel med 3 kolonner (høringspart | bemærkning | svar) delt med ";" eller ","; alle rækker har kun én kolonne`],
    [
      'word-med-csv-navn.csv',
      `${dir}/word-med-csv-navn.csv: er et ZIP-arkiv (fx en Word- eller Excel-fil), ikke CSV-tekst. Gem tabellen som CSV med kolonnerne høringspart | bemærkning | svar, eller giv filen den rigtige endelse: .docx for Word, .xlsx for Excel`,
    ],
  ])('%s', async (name, message) => {
    await expect(importFixture(name)).rejects.toThrow(new ImportFileError(message));
  });

  it('refuses a PDF or binary data given a .csv name', () => {
    expect(() => decodeCsv(new TextEncoder().encode('%PDF-1.7\n'), 'x.csv')).toThrow(
      'x.csv: er en PDF-fil, ikke CSV-tekst. Brug tabellen gemt som CSV, Word (.docx) eller Excel (.xlsx) med kolonnerne høringspart | bemærkning | svar',
    );
    expect(() => decodeCsv(Uint8Array.from([0x41, 0x00, 0x42]), 'x.csv')).toThrow(
      'x.csv: ligner ikke CSV-tekst (den indeholder binære data). Brug tabellen gemt som CSV med kolonnerne høringspart | bemærkning | svar',
    );
  });
});
