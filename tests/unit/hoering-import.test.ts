/**
 * The consultation-table importer's rules (scripts/hoering-import/): header rows, the change label,
 * section numbers, ids, notes for unreadable rows, the YAML it writes and the schema it must pass.
 * CSV and DOCX layouts are in hoering-import-csv.test.ts and hoering-import-docx.test.ts, the
 * command in hoering-import-cli.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { consultationSchema } from '../../src/schemas/consultation.ts';
import { buildConsultation, formatLocation, NOT_IMPORTED_MARKER, validateConsultation } from '../../scripts/hoering-import/consultation.ts';
import { importConsultation, ImportFileError, readTable } from '../../scripts/hoering-import/index.ts';
import { normalizeRows, splitItalicResponses } from '../../scripts/hoering-import/normalize.ts';
import { detectChange, extractSections, isHeaderRow, looksLikeLabel, remarkSlug } from '../../scripts/hoering-import/text.ts';
import type { RawCell, RawRow } from '../../scripts/hoering-import/types.ts';
import { consultationToYaml } from '../../scripts/hoering-import/yaml.ts';

const meta = { title: 'Høringsnotat', municipality: 'koebenhavn', standard: 'koebenhavn/social-behandling-stoffer/2023-24', year: 2023, source: 'koebenhavn-hoeringsnotat-2023-24' };

const cell = (text: string, fromAbove = false): RawCell => ({ text, paragraphs: text ? text.split('\n\n').map((p) => ({ text: p, italic: false, listItem: false })) : [], fromAbove });
const csvRow = (line: number, party: string, remark: string, response: string): RawRow => ({
  location: { kind: 'csv', line, endLine: line },
  raw: `${party};${remark};${response}`,
  warnings: [],
  kind: 'cells',
  party: cell(party),
  remark: cell(remark),
  response: cell(response),
});

describe('header rows', () => {
  it.each([
    ['Høringspart', 'Bemærkning', 'Forvaltningens kommentar'],
    ['HØRINGSPART', 'BEMÆRKNINGER', 'FORVALTNINGENS KOMMENTARER'],
    ['høringspart', 'bemærkning', 'forvaltningens kommentar'],
    ['Hoeringspart', 'Bemaerkning', 'Forvaltningens kommentar'],
    ['Horingspart', 'Bemarkning', 'Kommentar'],
    ['Høringsparter', 'Resumé af høringssvar', 'Administrationens svar'],
    ['Høringssvar fra', 'Bemærkning(er)', 'Forvaltningens bemærkninger og eventuelle ændringer'],
    ['Høringsberettiget part', 'Høringssvar', 'Forvaltningens vurdering'],
    ['Afsender', 'Indhold', 'Forvaltningens kommentar (kursiv)'],
    ['Part', 'Bemærkninger:', 'Svar:'],
    ['Party', 'Remark', 'Response'],
    ['', 'Bemærkning', 'Forvaltningens kommentar'],
    ['Høringspart', 'Bemærkning', ''],
  ])('%s | %s | %s is a header', (party, remark, response) => {
    expect(isHeaderRow(party, remark, response)).toBe(true);
  });

  it('accepts a header over a combined remark-and-response column', () => {
    expect(isHeaderRow('Høringspart', 'Bemærkning og forvaltningens kommentar', null)).toBe(true);
  });

  it.each([
    ['', 'Anden bemærkning om gruppebehandling.', 'Andet svar.'],
    ['Udsatterådet', 'Bemærkning', 'Svar'],
    ['Dansk Folkeparti', 'Ingen bemærkninger', 'Taget til efterretning'],
    ['Høringspart', 'En bemærkning om ventetid.', 'Forvaltningens kommentar'],
    ['', '', ''],
  ])('%s | %s | %s is not a header', (party, remark, response) => {
    expect(isHeaderRow(party, remark, response)).toBe(false);
  });
});

describe('the change label', () => {
  it('takes the text after "Ændring på baggrund af bemærkning:" to the end, paragraphs and all', () => {
    expect(detectChange('Målgruppen tilbydes behandling.\n\nÆndring på baggrund af bemærkning: Forvaltningen præciserer.\n\nPå den måde når vi flere.')).toEqual({
      changed: true,
      change: 'Forvaltningen præciserer.\n\nPå den måde når vi flere.',
    });
  });
  it.each([
    ['ÆNDRING PÅ BAGGRUND AF BEMÆRKNING: Afsnittet omskrives.', 'Afsnittet omskrives.'],
    ['Ændringer på baggrund af bemærkningerne:\n- afsnit 2.4 udvides', '- afsnit 2.4 udvides'],
    ['Ændring på baggrund af bemærkningen – teksten rettes.', 'teksten rettes.'],
    ['Ændring på baggrund af høringsbemærkning: Ordlyden ændres.', 'Ordlyden ændres.'],
  ])('reads %j', (response, change) => {
    expect(detectChange(response)).toEqual({ changed: true, change });
  });
  it.each(['Forvaltningen er enig.', 'Ingen ændring på baggrund af bemærkningen.', 'Der er ikke ændring på baggrund af bemærkning.', 'Bemærkningen giver ikke anledning til ændringer.'])(
    '%j is no change',
    (response) => {
      expect(detectChange(response)).toEqual({ changed: false });
    },
  );
  it('gives an empty change when nothing follows the label', () => {
    expect(detectChange('Ændring på baggrund af bemærkning:')).toEqual({ changed: true, change: '' });
  });
});

describe('section numbers', () => {
  it.each([
    [['I afsnit 3.4. Frit valg (s. 13), står der'], ['3.4']],
    [['Forvaltningen præciser i afsnit 3.4, at kravene fremgår'], ['3.4']],
    [['efter sidste sætning i afsnittet (4.4.6)'], ['4.4.6']],
    [['jf. afsnit 3.4 og 3.6'], ['3.4', '3.6']],
    [['se afsnittene 2.1-2.3'], ['2.1', '2.3']],
    [['pkt. 4 og punkt 5.1 samt kapitel 3'], ['4', '5.1', '3']],
    [['Underafsnit 2.8.1 mangler'], ['2.8.1']],
    [['Remark names afsnit 2.8.', 'The response names afsnit 3.6 and afsnit 2.8.'], ['2.8', '3.6']],
  ])('%j → %j', (texts, sections) => {
    expect(extractSections(...texts)).toEqual(sections);
  });
  it.each(['teksten i 2.8 kan være forvirrende', 'pr. 1.3.2024', '(2023)', '(s. 13)', 'kl. 8.30', 'afsnit 123', '§ 101, stk. 2', 'de 3.5 mio. kr.'])('%j names no section', (text) => {
    expect(extractSections(text)).toEqual([]);
  });
});

describe('ids', () => {
  it('names a remark by its first topical words, not by common words or the party', () => {
    expect(remarkSlug('… under vurderingsgrundlag for visitation står en beskrivelse af, hvornår borgere visiteres', 'Udsatterådet')).toBe('vurderingsgrundlag-visitation');
    expect(remarkSlug('Dialogforum ønsker at bevare titlen', 'Dialogforum')).toBe('bevare-titlen');
    expect(remarkSlug('Ja.', 'Rådet')).toBe('');
  });
  it('makes party and row ids unique', () => {
    const outcomes = normalizeRows([
      csvRow(1, 'Udsatterådet', 'Om ventetid.', 'Svar.'),
      csvRow(2, 'Udsatterådet', 'Om ventetid.', 'Andet svar.'),
      csvRow(3, 'UDSATTERÅDET ', 'Ja.', 'Svar.'),
      csvRow(4, 'Udsatterådet:', 'Ja.', 'Svar.'),
      csvRow(5, 'Udsatterådet (KK)', 'Om ventetid.', 'Svar.'),
    ]);
    const { data } = buildConsultation(outcomes, meta, { allowPartial: false, sourceName: 'x.csv', multipleTables: false });
    // Case, spacing and a trailing colon do not make another party; other words do.
    expect(data.parties).toEqual([
      { id: 'udsatteraadet', name: 'Udsatterådet' },
      { id: 'udsatteraadet-kk', name: 'Udsatterådet (KK)' },
    ]);
    expect((data.rows as { id: string; party: string }[]).map((r) => [r.id, r.party])).toEqual([
      ['udsatteraadet-ventetid', 'udsatteraadet'],
      ['udsatteraadet-ventetid-2', 'udsatteraadet'],
      ['udsatteraadet-bemaerkning', 'udsatteraadet'],
      ['udsatteraadet-bemaerkning-2', 'udsatteraadet'],
      ['udsatteraadet-kk-ventetid', 'udsatteraadet-kk'],
    ]);
    expect(validateConsultation(data, 'x.yaml').problems).toEqual([]);
  });
});

describe('rows', () => {
  it('splits a cell into remarks, each followed by its response in italics', () => {
    const p = (text: string, italic: boolean) => ({ text, italic, listItem: false });
    expect(splitItalicResponses([p('R1', false), p('S1', true), p('R2a', false), p('R2b', false), p('S2a', true), p('S2b', true), p('R3', false)])).toEqual([
      { remark: [p('R1', false)], response: [p('S1', true)] },
      { remark: [p('R2a', false), p('R2b', false)], response: [p('S2a', true), p('S2b', true)] },
      { remark: [p('R3', false)], response: [] },
    ]);
  });

  it('puts a roman change label next to italic paragraphs into the response', () => {
    const p = (text: string, italic: boolean) => ({ text, italic, listItem: false });
    expect(splitItalicResponses([p('R', false), p('S', true), p('Ændring på baggrund af bemærkning:', false), p('C', true)])).toEqual([
      { remark: [p('R', false)], response: [p('S', true), p('Ændring på baggrund af bemærkning:', true), p('C', true)] },
    ]);
    expect(splitItalicResponses([p('R', false), p('Ændring på baggrund af bemærkning: C', false), p('S', true)])).toEqual([
      { remark: [p('R', false)], response: [p('Ændring på baggrund af bemærkning: C', true), p('S', true)] },
    ]);
  });

  it('warns when a row takes its party from above a note, which may have been the party\'s name', () => {
    const outcomes = normalizeRows([csvRow(1, 'Udsatterådet', 'Om ventetid.', 'Svar.'), csvRow(2, 'Høringssvar fra Dialogforum, modtaget 3. marts.', '', ''), csvRow(3, '', 'Om titlen.', 'Svar.')]);
    expect(outcomes.map((o) => [o.status, o.warnings])).toEqual([
      ['imported', []],
      ['note', []],
      ['imported', ['cellen til høringsparten er tom, så høringsparten er Udsatterådet fra før noten ovenover: tjek, at noten ikke er rækkens høringspart']],
    ]);
  });

  it('reads a label in the first column as the party of the rows below without one, and long text there as a note', () => {
    const outcomes = normalizeRows([
      csvRow(1, 'Forvaltningen har modtaget høringssvar fra to parter.', '', ''),
      csvRow(2, 'Udsatterådet', '', ''),
      csvRow(3, '', 'Om ventetid.', 'Svar.'),
      csvRow(4, 'Generelle bemærkninger', '', ''),
      csvRow(5, 'Dialogforum', 'Om titlen.', 'Svar.'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['note', 'party-heading', 'imported', 'note', 'imported']);
    expect(looksLikeLabel('Udsatterådet')).toBe(true);
    expect(looksLikeLabel('Forvaltningen har modtaget høringssvar.')).toBe(false);
  });

  it('locates rows as an editor counts them', () => {
    expect(formatLocation({ kind: 'csv', line: 4, endLine: 4 })).toBe('linje 4');
    expect(formatLocation({ kind: 'csv', line: 4, endLine: 7 })).toBe('linje 4-7');
    expect(formatLocation({ kind: 'docx', table: 1, row: 3 })).toBe('række 3');
    expect(formatLocation({ kind: 'docx', table: 2, row: 3 }, { index: 2, count: 3 }, true)).toBe('tabel 2, række 3 (bemærkning 2 af 3)');
  });
});

describe('unreadable rows with --allow-partial', () => {
  const outcomes = normalizeRows([csvRow(2, 'Udsatterådet', 'Om ventetid.', 'Svar.'), csvRow(3, 'Udsatterådet', '', 'Svar uden bemærkning.'), csvRow(4, '', '', '')]);

  it('keeps them verbatim in notes, marked', () => {
    const { data } = buildConsultation(outcomes, meta, { allowPartial: true, sourceName: 'hoering.csv', multipleTables: false });
    expect(data.notes).toEqual([`${NOT_IMPORTED_MARKER} hoering.csv, linje 3: cellen til bemærkningen er tom.\n\nUdsatterådet;;Svar uden bemærkning.`]);
    expect((data.rows as unknown[]).length).toBe(1);
  });

  it('leaves them out of notes without it (the command then writes nothing)', () => {
    const { data } = buildConsultation(outcomes, meta, { allowPartial: false, sourceName: 'hoering.csv', multipleTables: false });
    expect(data.notes).toBeUndefined();
  });
});

describe('the YAML written', () => {
  it('reads back as the same data, in the style of content/consultations/', () => {
    const data = {
      title: 'Bilag 1: Høringsnotat: "revideret" kvalitetsstandard',
      municipality: 'koebenhavn',
      standard: 'koebenhavn/social-behandling-stoffer/2023-24',
      year: 2023,
      parties: [{ id: 'raadet', name: 'Rådet: {x}, [y]' }],
      notes: ['  starts with spaces', `${NOT_IMPORTED_MARKER} x.csv, linje 3: reason.\n\nRådet;"a";`],
      rows: [
        { id: 'raadet-a', party: 'raadet', remark: 'x'.repeat(120), response: 'Et svar:\n\n- punkt 1\n- punkt 2\n', changed: true, change: '# ikke en kommentar', sections: ['3.4', '10'] },
      ],
      sources: [{ source: 'kilde', locator: 's. 3' }],
    };
    const text = consultationToYaml(data);
    expect(parse(text)).toEqual(data);
    expect(text).toContain('  - { id: raadet, name: "Rådet: {x}, [y]" }');
    expect(text).toContain('    sections: [ "3.4", "10" ]');
    expect(text).toContain('    remark: >-\n');
  });

  it('passes the consultation schema for a real memo, and rebuilds its rows verbatim', async () => {
    // The København memo in content/, written out as CSV the way a spreadsheet would, then imported.
    const memo = parse(readFileSync('content/consultations/koebenhavn/hoeringsnotat-2023-24.yaml', 'utf8'));
    const names = Object.fromEntries(memo.parties.map((p: { id: string; name: string }) => [p.id, p.name]));
    const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const csv = ['Høringspart;Bemærkning;Forvaltningens kommentar', ...memo.rows.map((r: { party: string; remark: string; response: string }) => [names[r.party], r.remark, r.response].map(quote).join(';'))].join('\r\n');
    const result = await importConsultation(new TextEncoder().encode(csv), 'hoeringsnotat.csv', { ...meta, title: memo.title }, { allowPartial: false, outputName: 'x.yaml' });
    expect(result.unreadable).toBe(0);
    expect(result.problems).toEqual([]);
    const imported = consultationSchema().parse(parse(result.yaml!));
    expect(imported.parties).toEqual(memo.parties);
    const pick = (r: Record<string, unknown>) => ({ party: r.party, remark: r.remark, response: r.response, changed: r.changed, change: r.change });
    expect(imported.rows.map(pick)).toEqual(memo.rows.map(pick));
    // The section heuristic finds only sections the editors also chose (it misses some they inferred).
    imported.rows.forEach((row, i) => expect(memo.rows[i].sections).toEqual(expect.arrayContaining(row.sections)));
    // In the 2023-24 memo it finds sections for 7 of the 20 rows.
    expect(imported.rows.filter((r) => r.sections.length > 0).length).toBeGreaterThanOrEqual(7);
  });

  it('reports what the schema says about bad options, worded as the content check words it', () => {
    const outcomes = normalizeRows([csvRow(2, 'Rådet', 'Om ventetid.', 'Svar.')]);
    const { data } = buildConsultation(outcomes, { ...meta, year: 'tyve', standard: 'København/x' }, { allowPartial: false, sourceName: 'x.csv', multipleTables: false });
    expect(validateConsultation(data, 'out.yaml').problems).toEqual([
      { file: 'out.yaml', field: 'standard', message: 'skal være et id, fx "koebenhavn/social-behandling-stoffer/2023-24" (kun små bogstaver, tal, bindestreger og "/"); der står "København/x"' },
      { file: 'out.yaml', field: 'year', message: 'skal være et årstal skrevet som et tal, fx 2023; der står "tyve"' },
    ]);
  });
});

describe('file types', () => {
  it.each([
    ['hoeringsnotat.pdf', 'hoeringsnotat.pdf: er ikke en CSV-, DOCX- eller XLSX-fil. Der skal være en fil, der ender på .csv, .docx eller .xlsx, med en tabel med kolonnerne høringspart | bemærkning | svar; filen ender på ".pdf"'],
    ['hoeringsnotat', 'hoeringsnotat: er ikke en CSV-, DOCX- eller XLSX-fil. Der skal være en fil, der ender på .csv, .docx eller .xlsx, med en tabel med kolonnerne høringspart | bemærkning | svar; filen har ingen endelse'],
    ['hoeringsnotat.doc', 'hoeringsnotat.doc: er et gammelt Word-dokument (.doc). Åbn det i Word, og gem det som .docx, eller gem tabellen som CSV'],
  ])('%s is refused by name', async (file, message) => {
    await expect(readTable(new Uint8Array([1, 2, 3]), file)).rejects.toThrow(new ImportFileError(message));
  });
});
