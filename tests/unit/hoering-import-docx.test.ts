/**
 * Consultation tables in Word files (tests/fixtures/hoering-import/docx/, built by
 * build-docx-fixtures.ts and committed): merged cells, parties named once, responses in italics,
 * tables split over pages, the row number of every unreadable row, and each kind of broken file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatLocation, NOT_IMPORTED_MARKER } from '../../scripts/hoering-import/consultation.ts';
import { htmlToRows } from '../../scripts/hoering-import/docx.ts';
import { importConsultation, ImportFileError, type ConsultationMeta } from '../../scripts/hoering-import/index.ts';
import { normalizeRows } from '../../scripts/hoering-import/normalize.ts';
import type { RowOutcome } from '../../scripts/hoering-import/types.ts';
import { expectValidYaml } from '../support/consultation-yaml.ts';

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


describe('DOCX layouts', () => {
  it('reads the usual table: header row, one party per row, paragraphs and bullet lists, a bold change label', async () => {
    const result = await importFixture('standard.docx');
    expect(result.read.description).toBe('DOCX, tabel 1 af 1 (3 kolonner)');
    expect(summary(result.outcomes)).toEqual([
      ['række 1', 'header'],
      [
        'række 2',
        [
          'Udsatterådet',
          'Beskrivelsen af visitation til døgnbehandling er misvisende.\n\nLangt flere borgere bør visiteres til døgnbehandling.',
          'Forvaltningen visiterer ud fra en række parametre:\n\n- borgerens behandlingsbehov\n- tidligere behandlingsforløb\n\nSe afsnit 3.6.',
          false,
          undefined,
        ],
      ],
      [
        'række 3',
        [
          'Frivilligrådet',
          'I afsnit 2.8 mangler en beskrivelse af den sociale del af indsatsen.',
          'Målgruppen tilbydes fremskudt social behandling.\n\nÆndring på baggrund af bemærkning: Forvaltningen tilføjer, at indsatsen omfatter social behandling efter serviceloven § 101.',
          true,
          'Forvaltningen tilføjer, at indsatsen omfatter social behandling efter serviceloven § 101.',
        ],
      ],
      ['række 4', ['Dialogforum', 'Der står intet om visitation til rette paragraf (4.4.6).', 'Forvaltningen er enig og præciserer afgørelsesbrevet.', false, undefined]],
    ]);
    expect(result.read.remarks).toEqual(['2 afsnit uden for tabellen (titel, indledning) er ikke importeret: kopiér selv det, der hører til i notes']);
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
      ['række 1', 'header'],
      ['række 2', 'note: I tabellen opsummeres høringsparternes bemærkninger samt forvaltningens kommentarer hertil.'],
      ['række 3', ['Udsatterådet', 'Gruppebehandling er udgangspunktet i dagbehandling.', 'Det er korrekt.', false, undefined]],
      ['række 4', ['Udsatterådet', 'Digitale forløb kan ikke erstatte den personlige samtale.', 'Forvaltningen er enig.', false, undefined]],
      ['række 5', ['Udsatterådet', 'Borgere bør kunne vælge behandlingssted frit.', 'Det fremgår af afsnit 3.4.', false, undefined]],
      ['række 6', ['Frivilligrådet', 'Civilsamfundet bør inddrages tidligt.', 'Forvaltningen deltager gerne i samarbejder med civilsamfundet.', false, undefined]],
      ['række 7', ['Frivilligrådet', 'Samarbejdsaftaler bør være forpligtende.', 'Forvaltningen deltager gerne i samarbejder med civilsamfundet.', false, undefined]],
      ['række 8', 'party heading: Dialogforum'],
      ['række 9', ['Dialogforum', 'Titlen skaber unødig forvirring.', 'Forvaltningen fastholder titlen.', false, undefined]],
      ['række 10', ['Dialogforum', 'Effekten af udgående behandling er svær at se.', 'Ændring på baggrund af bemærkning: Effekten beskrives i afsnit 4.4.6.', true, 'Effekten beskrives i afsnit 4.4.6.']],
    ]);
    expect(result.outcomes.map((o) => (o.status === 'imported' ? (o.partyFrom ?? 'row') : '-'))).toEqual(['-', '-', 'row', 'merged', 'merged', 'row', 'merged', '-', 'heading', 'heading']);
    expect(result.report).toContain('  række 7: advarsel: svaret er en flettet celle, som rækken deler med række 6');
    const data = expectValidYaml(result.yaml);
    expect(data.notes).toEqual(['I tabellen opsummeres høringsparternes bemærkninger samt forvaltningens kommentarer hertil.']);
    expect(data.parties.map((p) => p.id)).toEqual(['udsatteraadet', 'frivilligraadet', 'dialogforum']);
  });

  it('reads a party named once for several rows, under a header spelt without æ and ø', async () => {
    const result = await importFixture('part-en-gang.docx');
    expect(summary(result.outcomes)).toEqual([
      ['række 1', 'header'],
      ['række 2', ['Udsatterådet', 'Første bemærkning om døgnbehandling.', 'Første svar.', false, undefined]],
      ['række 3', ['Udsatterådet', 'Anden bemærkning om gruppebehandling.', 'Andet svar.', false, undefined]],
      ['række 4', ['Udsatterådet', 'Tredje bemærkning om ventetid.', 'Tredje svar.', false, undefined]],
      ['række 5', ['Handicaprådet', 'En bemærkning om tilgængelighed.', 'Ingen ændring på baggrund af bemærkningen.', false, undefined]],
      ['række 6', ['Handicaprådet', 'En bemærkning om tolkning.', 'Forvaltningen er enig.', false, undefined]],
    ]);
    expectValidYaml(result.yaml);
  });

  it('splits remark and response written in one cell, the response in italics', async () => {
    const result = await importFixture('kursiv-svar.docx');
    expect(summary(result.outcomes)).toEqual([
      ['række 1', 'header'],
      ['række 2', ['Udsatterådet', 'Ventetiden på behandling er for lang.', 'Forvaltningen følger ventetiden tæt.', false, undefined]],
      ['række 3 (bemærkning 1 af 2)', ['Udsatterådet', 'Der mangler tilbud om aftenen.', 'Forvaltningen undersøger muligheden.', false, undefined]],
      ['række 3 (bemærkning 2 af 2)', ['Udsatterådet', 'Pårørende bør inddrages mere.', 'Forvaltningen er enig.\n\nPårørende inddrages allerede, når borgeren ønsker det.', false, undefined]],
      [
        'række 4',
        [
          'Dialogforum',
          'I afsnit 3.4 mangler oplysning om frit valg.',
          'Ændring på baggrund af bemærkning: Forvaltningen præciserer afsnittet om frit valg af behandlingssted.',
          true,
          'Forvaltningen præciserer afsnittet om frit valg af behandlingssted.',
        ],
      ],
      ['række 5', 'problem: bemærkningen og svaret står i én celle, men intet afsnit er i kursiv, så svaret kan ikke findes'],
      // A title in italics inside a remark paragraph does not make it a response.
      ['række 6', ['Dialogforum', 'I afsnittet Frit valg står der for lidt om døgnbehandling.', 'Afsnittet uddybes ikke.', false, undefined]],
      // The change label in bold, not italics, between two italic paragraphs belongs to the response.
      [
        'række 7',
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
      `${NOT_IMPORTED_MARKER} kursiv-svar.docx, række 5: bemærkningen og svaret står i én celle, men intet afsnit er i kursiv, så svaret kan ikke findes.\n\nhøringspart: Dialogforum\n\nbemærkning og svar: En bemærkning uden kursiv.\n\nOg et svar, der heller ikke er i kursiv.`,
    ]);
  });

  it('reads a table of two columns, party | remark with the response in italics', async () => {
    const result = await importFixture('to-kolonner.docx', true);
    expect(result.read.description).toBe('DOCX, tabel 1 af 1 (2 kolonner)');
    expect(summary(result.outcomes)).toEqual([
      ['række 1', 'header'],
      ['række 2', ['Seniorrådet', 'Ældre borgere med alkoholproblemer overses.', 'Forvaltningen opsporer i samarbejde med hjemmeplejen.', false, undefined]],
      ['række 3 (bemærkning 1 af 2)', ['Ungerådet', 'Unge skal kunne henvende sig anonymt.', 'Det kan de allerede.', false, undefined]],
      ['række 3 (bemærkning 2 af 2)', 'problem: der står en bemærkning uden et svar i kursiv efter den'],
    ]);
    expect(expectValidYaml(result.yaml).notes).toEqual([
      `${NOT_IMPORTED_MARKER} to-kolonner.docx, række 3 (bemærkning 2 af 2): der står en bemærkning uden et svar i kursiv efter den.\n\nhøringspart: Ungerådet\n\nbemærkning og svar: Tilbuddene bør ligge tæt på uddannelserne.`,
    ]);
  });

  it('reads a table split over pages into two tables, each with its header, and leaves out a table of other columns', async () => {
    const result = await importFixture('opdelt-tabel.docx');
    expect(result.read.description).toBe('DOCX, tabel 1, 2 af 3 (3 kolonner)');
    expect(summary(result.outcomes, true)).toEqual([
      ['tabel 1, række 1', 'header'],
      ['tabel 1, række 2', ['Udsatterådet', 'Første bemærkning.', 'Første svar.', false, undefined]],
      ['tabel 1, række 3', ['Frivilligrådet', 'Anden bemærkning.', 'Andet svar.', false, undefined]],
      ['tabel 2, række 1', 'header'],
      ['tabel 2, række 2', ['Frivilligrådet', 'Tredje bemærkning.', 'Tredje svar.', false, undefined]],
      ['tabel 2, række 3', ['Dialogforum', 'Fjerde bemærkning.', 'Fjerde svar.', false, undefined]],
    ]);
    expect(result.read.remarks).toEqual([
      'tabel 3 (4 kolonner) er ikke importeret: kun tabeller med 3 kolonner bliver importeret',
      '2 afsnit uden for tabellerne (titel, indledning) er ikke importeret: kopiér selv det, der hører til i notes',
    ]);
    expectValidYaml(result.yaml);
  });
});

describe('DOCX rows that cannot be read', () => {
  it('reports each with its table row number, and with allowPartial keeps each cell in notes', async () => {
    const result = await importFixture('ulaeselige-raekker.docx');
    expect(summary(result.outcomes)).toEqual([
      ['række 1', 'header'],
      ['række 2', 'problem: cellen til høringsparten er tom, og ingen række ovenover nævner en høringspart'],
      ['række 3', ['Udsatterådet', 'Ventetiden er for lang.', 'Forvaltningen følger ventetiden.', false, undefined]],
      ['række 4', ['Udsatterådet', 'En bemærkning uden svar.', undefined, false, undefined]],
      ['række 5', "problem: rækken har celler til 2 af tabellens 3 kolonner"],
      ['række 6', 'problem: rækken har en tabel inde i en celle (en indlejret tabel), som ikke kan læses som én bemærkning'],
      ['række 7', ['Frivilligrådet', 'Se vedlagte billede.', 'Billedet er modtaget.', false, undefined]],
      ['række 8', 'problem: svaret siger "Ændring på baggrund af bemærkning", men der står ikke bagefter, hvad der blev ændret'],
      ['række 9', ['Dialogforum', 'Titlen skaber forvirring.', 'Forvaltningen fastholder titlen.', false, undefined]],
    ]);
    expect(result.yaml).toBeUndefined();
    expect(result.report).toContain('  række 7: advarsel: et billede i rækken er udeladt (kun tekst bliver importeret)');

    const partial = await importFixture('ulaeselige-raekker.docx', true);
    const data = expectValidYaml(partial.yaml);
    const file = 'ulaeselige-raekker.docx';
    expect(data.notes).toEqual([
      `${NOT_IMPORTED_MARKER} ${file}, række 2: cellen til høringsparten er tom, og ingen række ovenover nævner en høringspart.\n\nhøringspart: (tom)\n\nbemærkning: En bemærkning uden part.\n\nsvar: Et svar uden part.`,
      `${NOT_IMPORTED_MARKER} ${file}, række 5: rækken har celler til 2 af tabellens 3 kolonner.\n\nhøringspart: Udsatterådet\n\nbemærkning: En række med kun to celler.`,
      `${NOT_IMPORTED_MARKER} ${file}, række 6: rækken har en tabel inde i en celle (en indlejret tabel), som ikke kan læses som én bemærkning.\n\nhøringspart: Frivilligrådet\n\nbemærkning: Indlejret\n\ntabel\n\nsvar: Et svar til en indlejret tabel.`,
      `${NOT_IMPORTED_MARKER} ${file}, række 8: svaret siger "Ændring på baggrund af bemærkning", men der står ikke bagefter, hvad der blev ændret.\n\nhøringspart: Dialogforum\n\nbemærkning: Om afsnit 2.8.\n\nsvar: Ændring på baggrund af bemærkning:`,
    ]);
  });

  it('reports a cell over the party and remark columns', () => {
    const html = '<table><tr><td colspan="2"><p>Rådet: en bemærkning</p></td><td><p>Svar.</p></td></tr></table>';
    expect(summary(normalizeRows(htmlToRows(html, 'x.docx').rows))).toEqual([['række 1', 'problem: rækken har én celle over kolonnerne til høringspart og bemærkning, så høringsparten kan ikke skelnes fra bemærkningen']]);
  });

  it('skips a row Word marks as a header row (repeated on each page) even in words it does not know', () => {
    const html = '<table><thead><tr><th><p>Hvem</p></th><th><p>Hvad</p></th><th><p>Vores svar</p></th></tr></thead><tbody><tr><td><p>Rådet</p></td><td><p>Bemærkning.</p></td><td><p>Svar.</p></td></tr></tbody></table>';
    expect(summary(normalizeRows(htmlToRows(html, 'x.docx').rows))).toEqual([
      ['række 1', 'header'],
      ['række 2', ['Rådet', 'Bemærkning.', 'Svar.', false, undefined]],
    ]);
  });

  it('reads a full-width note merged down over two rows once', () => {
    const html = '<table><tr><td colspan="3" rowspan="2"><p>Indledning.</p></td></tr><tr></tr><tr><td><p>Rådet</p></td><td><p>Bemærkning.</p></td><td><p>Svar.</p></td></tr></table>';
    expect(summary(normalizeRows(htmlToRows(html, 'x.docx').rows))).toEqual([
      ['række 1', 'note: Indledning.'],
      ['række 3', ['Rådet', 'Bemærkning.', 'Svar.', false, undefined]],
    ]);
  });
});

describe('broken DOCX files', () => {
  const expected = 'der skal være et Word-dokument (.docx) med en tabel med kolonnerne høringspart | bemærkning | svar';
  it.each([
    ['ingen-tabel.docx', `${dir}/ingen-tabel.docx: har ingen tabel: der skal være en Word-tabel med kolonnerne høringspart | bemærkning | svar (eller 2 kolonner: høringspart | bemærkning med svaret i kursiv)`],
    [
      'fire-kolonner.docx',
      `${dir}/fire-kolonner.docx: har ingen tabel med 3 kolonner: der skal være en Word-tabel med kolonnerne høringspart | bemærkning | svar (eller 2 kolonner: høringspart | bemærkning med svaret i kursiv); filen har en tabel med 4 kolonner`,
    ],
    ['beskadiget.docx', `${dir}/beskadiget.docx: kan ikke læses som DOCX-fil (arkivets indholdsfortegnelse mangler): den er beskadiget, eller den er et ZIP-arkiv, der ikke er et Word-dokument; ${expected}`],
    ['ikke-en-zip.docx', `${dir}/ikke-en-zip.docx: kan ikke læses som DOCX-fil: den er ikke et ZIP-arkiv, så den er beskadiget eller slet ikke et Word-dokument; ${expected}`],
    ['gammelt-format.docx', `${dir}/gammelt-format.docx: er et gammelt Word-dokument (.doc) eller en anden Office 97-2003-fil, ikke en DOCX-fil. Åbn den i Word, og gem den som .docx; ${expected}`],
    ['regneark.docx', `${dir}/regneark.docx: kan ikke læses som DOCX-fil (arkivet har ingen Word-dokumentdel, word/document.xml): den er beskadiget, eller den er et ZIP-arkiv, der ikke er et Word-dokument; ${expected}`],
  ])('%s', async (name, message) => {
    await expect(importFixture(name)).rejects.toThrow(new ImportFileError(message));
  });
});
