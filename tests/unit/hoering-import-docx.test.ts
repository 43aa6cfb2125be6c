/**
 * Consultation tables in Word files (tests/fixtures/hoering-import/docx/, built by
 * build-docx-fixtures.ts and committed): merged cells, parties named once, responses in italics,
 * tables split over pages, the row number of every unreadable row, and each kind of broken file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { consultationSchema, notImportedMarker } from '../../src/schemas/consultation.ts';
import { formatLocation, NOT_IMPORTED_MARKER } from '../../scripts/hoering-import/consultation.ts';
import { htmlToRows } from '../../scripts/hoering-import/docx.ts';
import { importConsultation, ImportFileError, type ConsultationMeta } from '../../scripts/hoering-import/index.ts';
import { normalizeRows } from '../../scripts/hoering-import/normalize.ts';
import type { RowOutcome } from '../../scripts/hoering-import/types.ts';

const dir = 'tests/fixtures/hoering-import/docx';
const meta: ConsultationMeta = { title: 'Høringsnotat', municipality: 'koebenhavn', standard: 'koebenhavn/social-behandling-stoffer/2023-24', year: 2023, source: 'koebenhavn-hoeringsnotat-2023-24' };

const importFixture = (name: string, allowPartial = false) => importConsultation(readFileSync(`${dir}/${name}`), `${dir}/${name}`, meta, { allowPartial, outputName: 'out.yaml' });

/** Each outcome as [where, what]: party, remark, response, changed, change of an imported row, or the status. */
function summary(outcomes: readonly RowOutcome[], multipleTables = false) {
  return outcomes.map((o) => {
    const where = formatLocation(o.location, o.part, multipleTables);
    switch (o.status) {
      case 'imported':
        return [where, [o.row.party, o.row.remark, o.row.response, o.row.changed, o.row.change]];
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

/**
 * The YAML passes the consultation schema, except that each note holding a row kept with
 * --allow-partial is refused (the content check refuses it until the editor resolves it).
 */
function expectValidYaml(yaml: string | undefined) {
  expect(yaml).toBeDefined();
  const raw = parse(yaml!) as { notes?: string[] };
  const marked = (raw.notes ?? []).flatMap((note, i) => (note.includes(notImportedMarker) ? [i] : []));
  const result = consultationSchema().safeParse(raw);
  const issues = result.error?.issues ?? [];
  expect(issues.map((issue) => issue.path), JSON.stringify(issues)).toEqual(marked.map((i) => ['notes', i]));
  const resolved = consultationSchema().parse({ ...raw, notes: (raw.notes ?? []).map((note) => note.replaceAll(notImportedMarker, 'løst')) });
  return { ...resolved, notes: raw.notes ?? [] };
}

describe('DOCX layouts', () => {
  it('reads the usual table: header row, one party per row, paragraphs and bullet lists, a bold change label', async () => {
    const result = await importFixture('standard.docx');
    expect(result.read.description).toBe('DOCX, table 1 of 1 (3 columns)');
    expect(summary(result.outcomes)).toEqual([
      ['row 1', 'header'],
      [
        'row 2',
        [
          'Udsatterådet',
          'Beskrivelsen af visitation til døgnbehandling er misvisende.\n\nLangt flere borgere bør visiteres til døgnbehandling.',
          'Forvaltningen visiterer ud fra en række parametre:\n\n- borgerens behandlingsbehov\n- tidligere behandlingsforløb\n\nSe afsnit 3.6.',
          false,
          undefined,
        ],
      ],
      [
        'row 3',
        [
          'Frivilligrådet',
          'I afsnit 2.8 mangler en beskrivelse af den sociale del af indsatsen.',
          'Målgruppen tilbydes fremskudt social behandling.\n\nÆndring på baggrund af bemærkning: Forvaltningen tilføjer, at indsatsen omfatter social behandling efter serviceloven § 101.',
          true,
          'Forvaltningen tilføjer, at indsatsen omfatter social behandling efter serviceloven § 101.',
        ],
      ],
      ['row 4', ['Dialogforum', 'Der står intet om visitation til rette paragraf (4.4.6).', 'Forvaltningen er enig og præciserer afgørelsesbrevet.', false, undefined]],
    ]);
    expect(result.read.remarks).toEqual(['2 paragraphs outside the table (title, introduction) not imported: copy what belongs in notes by hand']);
    const data = expectValidYaml(result.yaml);
    expect(data.rows.map((r) => [r.id, r.sections])).toEqual([
      ['udsatteraadet-beskrivelsen-visitation', ['3.6']],
      ['frivilligraadet-mangler-beskrivelse-sociale', ['2.8']],
      ['dialogforum-intet-visitation-rette', ['4.4.6']],
    ]);
  });

  it('reads merged cells: a full-width note, parties merged down, a response shared by two remarks, a party heading row', async () => {
    const result = await importFixture('flettede-celler.docx');
    expect(summary(result.outcomes)).toEqual([
      ['row 1', 'header'],
      ['row 2', 'note: I tabellen opsummeres høringsparternes bemærkninger samt forvaltningens kommentarer hertil.'],
      ['row 3', ['Udsatterådet', 'Gruppebehandling er udgangspunktet i dagbehandling.', 'Det er korrekt.', false, undefined]],
      ['row 4', ['Udsatterådet', 'Digitale forløb kan ikke erstatte den personlige samtale.', 'Forvaltningen er enig.', false, undefined]],
      ['row 5', ['Udsatterådet', 'Borgere bør kunne vælge behandlingssted frit.', 'Det fremgår af afsnit 3.4.', false, undefined]],
      ['row 6', ['Frivilligrådet', 'Civilsamfundet bør inddrages tidligt.', 'Forvaltningen deltager gerne i samarbejder med civilsamfundet.', false, undefined]],
      ['row 7', ['Frivilligrådet', 'Samarbejdsaftaler bør være forpligtende.', 'Forvaltningen deltager gerne i samarbejder med civilsamfundet.', false, undefined]],
      ['row 8', 'party heading: Dialogforum'],
      ['row 9', ['Dialogforum', 'Titlen skaber unødig forvirring.', 'Forvaltningen fastholder titlen.', false, undefined]],
      ['row 10', ['Dialogforum', 'Effekten af udgående behandling er svær at se.', 'Ændring på baggrund af bemærkning: Effekten beskrives i afsnit 4.4.6.', true, 'Effekten beskrives i afsnit 4.4.6.']],
    ]);
    expect(result.outcomes.map((o) => (o.status === 'imported' ? (o.partyFrom ?? 'row') : '-'))).toEqual(['-', '-', 'row', 'merged', 'merged', 'row', 'merged', '-', 'heading', 'heading']);
    expect(result.report).toContain('  row 7: warning: the response is a merged cell shared with row 6');
    const data = expectValidYaml(result.yaml);
    expect(data.notes).toEqual(['I tabellen opsummeres høringsparternes bemærkninger samt forvaltningens kommentarer hertil.']);
    expect(data.parties.map((p) => p.id)).toEqual(['udsatteraadet', 'frivilligraadet', 'dialogforum']);
  });

  it('reads a party named once for several rows, under a header spelt without æ and ø', async () => {
    const result = await importFixture('part-en-gang.docx');
    expect(summary(result.outcomes)).toEqual([
      ['row 1', 'header'],
      ['row 2', ['Udsatterådet', 'Første bemærkning om døgnbehandling.', 'Første svar.', false, undefined]],
      ['row 3', ['Udsatterådet', 'Anden bemærkning om gruppebehandling.', 'Andet svar.', false, undefined]],
      ['row 4', ['Udsatterådet', 'Tredje bemærkning om ventetid.', 'Tredje svar.', false, undefined]],
      ['row 5', ['Handicaprådet', 'En bemærkning om tilgængelighed.', 'Ingen ændring på baggrund af bemærkningen.', false, undefined]],
      ['row 6', ['Handicaprådet', 'En bemærkning om tolkning.', 'Forvaltningen er enig.', false, undefined]],
    ]);
    expectValidYaml(result.yaml);
  });

  it('splits remark and response written in one cell, the response in italics', async () => {
    const result = await importFixture('kursiv-svar.docx');
    expect(summary(result.outcomes)).toEqual([
      ['row 1', 'header'],
      ['row 2', ['Udsatterådet', 'Ventetiden på behandling er for lang.', 'Forvaltningen følger ventetiden tæt.', false, undefined]],
      ['row 3 (remark 1 of 2)', ['Udsatterådet', 'Der mangler tilbud om aftenen.', 'Forvaltningen undersøger muligheden.', false, undefined]],
      ['row 3 (remark 2 of 2)', ['Udsatterådet', 'Pårørende bør inddrages mere.', 'Forvaltningen er enig.\n\nPårørende inddrages allerede, når borgeren ønsker det.', false, undefined]],
      [
        'row 4',
        [
          'Dialogforum',
          'I afsnit 3.4 mangler oplysning om frit valg.',
          'Ændring på baggrund af bemærkning: Forvaltningen præciserer afsnittet om frit valg af behandlingssted.',
          true,
          'Forvaltningen præciserer afsnittet om frit valg af behandlingssted.',
        ],
      ],
      ['row 5', 'problem: has the remark and the response in one cell, but no paragraph is in italics to mark the response'],
      // A title in italics inside a remark paragraph does not make it a response.
      ['row 6', ['Dialogforum', 'I afsnittet Frit valg står der for lidt om døgnbehandling.', 'Afsnittet uddybes ikke.', false, undefined]],
      // The change label in bold, not italics, between two italic paragraphs belongs to the response.
      [
        'row 7',
        [
          'Seniorrådet',
          'Ældre borgere nævnes ikke.',
          'Forvaltningen er enig.\n\nÆndring på baggrund af bemærkning:\n\nMålgruppen omfatter også ældre borgere.',
          true,
          'Målgruppen omfatter også ældre borgere.',
        ],
      ],
    ]);
    const partial = await importFixture('kursiv-svar.docx', true);
    const data = expectValidYaml(partial.yaml);
    expect(data.rows.map((r) => r.id)).toEqual([
      'udsatteraadet-ventetiden-behandling-lang',
      'udsatteraadet-mangler-tilbud-aftenen',
      'udsatteraadet-paaroerende-inddrages',
      'dialogforum-mangler-oplysning-frit',
      'dialogforum-frit-valg-lidt',
      'seniorraadet-aeldre-borgere-naevnes',
    ]);
    expect(data.notes).toEqual([
      `${NOT_IMPORTED_MARKER} kursiv-svar.docx, row 5: has the remark and the response in one cell, but no paragraph is in italics to mark the response.\n\nparty: Dialogforum\n\nremark and response: En bemærkning uden kursiv.\n\nOg et svar, der heller ikke er i kursiv.`,
    ]);
  });

  it('reads a table of two columns, party | remark with the response in italics', async () => {
    const result = await importFixture('to-kolonner.docx', true);
    expect(result.read.description).toBe('DOCX, table 1 of 1 (2 columns)');
    expect(summary(result.outcomes)).toEqual([
      ['row 1', 'header'],
      ['row 2', ['Seniorrådet', 'Ældre borgere med alkoholproblemer overses.', 'Forvaltningen opsporer i samarbejde med hjemmeplejen.', false, undefined]],
      ['row 3 (remark 1 of 2)', ['Ungerådet', 'Unge skal kunne henvende sig anonymt.', 'Det kan de allerede.', false, undefined]],
      ['row 3 (remark 2 of 2)', 'problem: has a remark with no response in italics after it'],
    ]);
    expect(expectValidYaml(result.yaml).notes).toEqual([
      `${NOT_IMPORTED_MARKER} to-kolonner.docx, row 3 (remark 2 of 2): has a remark with no response in italics after it.\n\nparty: Ungerådet\n\nremark and response: Tilbuddene bør ligge tæt på uddannelserne.`,
    ]);
  });

  it('reads a table split over pages into two tables, each with its header, and leaves out a table of other columns', async () => {
    const result = await importFixture('opdelt-tabel.docx');
    expect(result.read.description).toBe('DOCX, tables 1, 2 of 3 (3 columns)');
    expect(summary(result.outcomes, true)).toEqual([
      ['table 1, row 1', 'header'],
      ['table 1, row 2', ['Udsatterådet', 'Første bemærkning.', 'Første svar.', false, undefined]],
      ['table 1, row 3', ['Frivilligrådet', 'Anden bemærkning.', 'Andet svar.', false, undefined]],
      ['table 2, row 1', 'header'],
      ['table 2, row 2', ['Frivilligrådet', 'Tredje bemærkning.', 'Tredje svar.', false, undefined]],
      ['table 2, row 3', ['Dialogforum', 'Fjerde bemærkning.', 'Fjerde svar.', false, undefined]],
    ]);
    expect(result.read.remarks).toEqual([
      'table 3 (4 columns) was not imported: only tables of 3 columns are',
      '2 paragraphs outside the tables (title, introduction) not imported: copy what belongs in notes by hand',
    ]);
    expectValidYaml(result.yaml);
  });
});

describe('DOCX rows that cannot be read', () => {
  it('reports each with its table row number, and with allowPartial keeps each cell in notes', async () => {
    const result = await importFixture('ulaeselige-raekker.docx');
    expect(summary(result.outcomes)).toEqual([
      ['row 1', 'header'],
      ['row 2', 'problem: has an empty party cell, and no row above it names a party'],
      ['row 3', ['Udsatterådet', 'Ventetiden er for lang.', 'Forvaltningen følger ventetiden.', false, undefined]],
      ['row 4', 'problem: has an empty response cell'],
      ['row 5', "problem: has cells for 2 of the table's 3 columns"],
      ['row 6', 'problem: has a table inside a cell (a nested table), which cannot be read as one remark'],
      ['row 7', ['Frivilligrådet', 'Se vedlagte billede.', 'Billedet er modtaget.', false, undefined]],
      ['row 8', 'problem: says "Ændring på baggrund af bemærkning" in the response, but no description of the change follows it'],
      ['row 9', ['Dialogforum', 'Titlen skaber forvirring.', 'Forvaltningen fastholder titlen.', false, undefined]],
    ]);
    expect(result.yaml).toBeUndefined();
    expect(result.report).toContain('  row 7: warning: an image in the row left out (only text is imported)');

    const partial = await importFixture('ulaeselige-raekker.docx', true);
    const data = expectValidYaml(partial.yaml);
    const file = 'ulaeselige-raekker.docx';
    expect(data.notes).toEqual([
      `${NOT_IMPORTED_MARKER} ${file}, row 2: has an empty party cell, and no row above it names a party.\n\nparty: (empty)\n\nremark: En bemærkning uden part.\n\nresponse: Et svar uden part.`,
      `${NOT_IMPORTED_MARKER} ${file}, row 4: has an empty response cell.\n\nparty: Udsatterådet\n\nremark: En bemærkning uden svar.\n\nresponse: (empty)`,
      `${NOT_IMPORTED_MARKER} ${file}, row 5: has cells for 2 of the table's 3 columns.\n\nparty: Udsatterådet\n\nremark: En række med kun to celler.`,
      `${NOT_IMPORTED_MARKER} ${file}, row 6: has a table inside a cell (a nested table), which cannot be read as one remark.\n\nparty: Frivilligrådet\n\nremark: Indlejret\n\ntabel\n\nresponse: Et svar til en indlejret tabel.`,
      `${NOT_IMPORTED_MARKER} ${file}, row 8: says "Ændring på baggrund af bemærkning" in the response, but no description of the change follows it.\n\nparty: Dialogforum\n\nremark: Om afsnit 2.8.\n\nresponse: Ændring på baggrund af bemærkning:`,
    ]);
  });

  it('reports a cell over the party and remark columns', () => {
    const html = '<table><tr><td colspan="2"><p>Rådet: en bemærkning</p></td><td><p>Svar.</p></td></tr></table>';
    expect(summary(normalizeRows(htmlToRows(html, 'x.docx').rows))).toEqual([['row 1', 'problem: has one cell over the party and remark columns, so the party cannot be told from the remark']]);
  });

  it('skips a row Word marks as a header row (repeated on each page) even in words it does not know', () => {
    const html = '<table><thead><tr><th><p>Hvem</p></th><th><p>Hvad</p></th><th><p>Vores svar</p></th></tr></thead><tbody><tr><td><p>Rådet</p></td><td><p>Bemærkning.</p></td><td><p>Svar.</p></td></tr></tbody></table>';
    expect(summary(normalizeRows(htmlToRows(html, 'x.docx').rows))).toEqual([
      ['row 1', 'header'],
      ['row 2', ['Rådet', 'Bemærkning.', 'Svar.', false, undefined]],
    ]);
  });

  it('reads a full-width note merged down over two rows once', () => {
    const html = '<table><tr><td colspan="3" rowspan="2"><p>Indledning.</p></td></tr><tr></tr><tr><td><p>Rådet</p></td><td><p>Bemærkning.</p></td><td><p>Svar.</p></td></tr></table>';
    expect(summary(normalizeRows(htmlToRows(html, 'x.docx').rows))).toEqual([
      ['row 1', 'note: Indledning.'],
      ['row 3', ['Rådet', 'Bemærkning.', 'Svar.', false, undefined]],
    ]);
  });
});

describe('broken DOCX files', () => {
  const expected = 'expected a Word document (.docx) holding a table with the columns party | remark | response';
  it.each([
    ['ingen-tabel.docx', `${dir}/ingen-tabel.docx: has no table: expected a Word table with the columns party | remark | response (or 2 columns: party | remark with the response in italics)`],
    [
      'fire-kolonner.docx',
      `${dir}/fire-kolonner.docx: has no table of 3 columns: expected a Word table with the columns party | remark | response (or 2 columns: party | remark with the response in italics); found a table of 4 columns`,
    ],
    ['beskadiget.docx', `${dir}/beskadiget.docx: could not be read as a DOCX file (its table of contents is missing): it is damaged, or a ZIP archive that is not a Word document; ${expected}`],
    ['ikke-en-zip.docx', `${dir}/ikke-en-zip.docx: could not be read as a DOCX file: it is not a ZIP archive, so it is damaged or not a Word document at all; ${expected}`],
    ['gammelt-format.docx', `${dir}/gammelt-format.docx: is an old Word document (.doc) or another Office 97-2003 file, not a DOCX: open it in Word and save it as .docx; ${expected}`],
    ['regneark.docx', `${dir}/regneark.docx: could not be read as a DOCX file (the archive has no Word document part, word/document.xml): it is damaged, or a ZIP archive that is not a Word document; ${expected}`],
  ])('%s', async (name, message) => {
    await expect(importFixture(name)).rejects.toThrow(new ImportFileError(message));
  });
});
