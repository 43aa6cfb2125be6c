/**
 * The Word-to-MDX import of a quality standard (scripts/standard-import/), on Word files built with
 * the `docx` package: sections and their ids, tables, lists, emphasis, links and footnotes, MDX
 * escaping, the elements found for each section, and the report of what was not carried over.
 * The end-to-end runs of the command are in standard-import-cli.test.ts.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentFiles, splitFrontmatter } from '../../src/content-check/content-files.ts';
import { validateFiles } from '../../src/content-check/validate-content.ts';
import { problemsWithNewStandard, type StandardElementsRule } from '../../scripts/scaffold/scaffold.ts';
import { readStandardDocx, StandardFileError } from '../../scripts/standard-import/read-docx.ts';
import { assignIds, importStandard, reportText, splitHeading, wordId, type ImportResult } from '../../scripts/standard-import/standard-file.ts';
import { escapeText, htmlToSections } from '../../scripts/standard-import/html-to-mdx.ts';
import fc from 'fast-check';
import { checkMdxBody } from '../../src/content-check/content-files.ts';
import { mdxSafetyProblems } from '../../src/content-check/mdx-safety.ts';
import { sectionAnchorsInBody } from '../../src/content-check/cross-references.ts';
import { markdownOfMdx } from '../../src/domain/site/mdx-markdown.ts';
import { matchSection } from '../../scripts/standard-import/elements.ts';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import JSZip from 'jszip';
import { autoNumberedStandard, copenhagenPart, oddlyNumberedStandard, standardWithLeftovers, standardWithObjects } from '../fixtures/standard-import/documents.ts';

const { files, foundIds } = readContentFiles('content');
const rule: StandardElementsRule = validateFiles(files, foundIds).index.rules.flatMap((e) => (e.data.kind === 'standard-elements' ? [e.data] : []))[0]!;
const { elements } = rule;
const byId = new Map(elements.map((e) => [e.id, e]));

type Frontmatter = { title: string; status: string; sections: { id: string; title: string; titleIsDescription?: boolean; elements: string[] }[] };
const frontmatterOf = (text: string) => parse(splitFrontmatter(text).frontmatter!) as Frontmatter;
const bodyOf = (text: string) => splitFrontmatter(text).body;

async function imported(bytes: Uint8Array, municipality = 'ishoej', title?: string): Promise<ImportResult> {
  const read = await readStandardDocx(bytes, 'standard.docx');
  return importStandard(read, { file: 'standard.docx', municipality, standard: 'social-behandling-stoffer', version: '2026', area: 'stoffer', title, elements, defaults: rule.newStandard.stoffer });
}

describe('a standard numbered the council\'s own way', { timeout: 60_000 }, () => {
  let result: ImportResult;
  let text: string;
  beforeAll(async () => {
    result = await imported(await oddlyNumberedStandard());
    text = result.text!;
  });

  it('takes the title from Word\'s Title paragraph and makes a draft', () => {
    expect(result.titleFrom).toBe('word-title');
    expect(frontmatterOf(text)).toMatchObject({ title: 'Kvalitetsstandard for social behandling for brug af stoffer', status: 'udkast', municipality: 'ishoej', version: '2026' });
  });

  it('makes each heading a section: the council\'s number as its id when it has one, else words from the heading', () => {
    expect(frontmatterOf(text).sections.map((s) => [s.id, s.title])).toEqual([
      ['indledning', 'Indledning'],
      ['3.2', 'Formål'],
      ['4', 'Hvem kan få hjælp'],
      ['4.1', 'Ventetid'],
      ['saadan-klager-du', 'Sådan klager du'],
    ]);
    expect(frontmatterOf(text).sections[0].titleIsDescription).toBe(true);
    const headings = bodyOf(text).split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '## Indledning {#afsnit-indledning}',
      '## 3.2 Formål {#afsnit-3-2}',
      '## 4 Hvem kan få hjælp {#afsnit-4}',
      '### 4.1 Ventetid {#afsnit-4-1}',
      '## Sådan klager du {#afsnit-saadan-klager-du}',
    ]);
  });

  it('keeps bold, italics, the link, the lists (nested and numbered) and the footnote', () => {
    const body = bodyOf(text);
    expect(body).toContain('Målet er, at du får **mindre brug af stoffer** og et *bedre liv*. Læs mere på [borger.dk](https://www.borger.dk/).');
    expect(body).toContain('- er fyldt 18 år\n- bor i kommunen\n  - også når du bor på et botilbud');
    expect(body).toContain('1. Skriv til kommunen inden 4 uger.\n2. Kommunen sender klagen til Ankestyrelsen.');
    expect(body).toContain('Standarden beskriver den hjælp, du kan få i Prøvested Kommune.[^1]');
    expect(body).toContain('[^1]: Bekendtgørelse nr. 1477 af 17. december 2019, § 4.');
  });

  it('writes the table as a GFM table, a | in a cell escaped', () => {
    expect(bodyOf(text)).toContain(['| **Indsats** | Frist |', '| --- | --- |', '| Første samtale | Inden for 14 dage |', '| Døgnbehandling \\| ophold | Efter aftale |'].join('\n'));
  });

  it('escapes what MDX would read as code, HTML or a list', () => {
    const body = bodyOf(text);
    expect(body).toContain('Prisen er \\{0\\} kr. og &lt;ingen&gt; egenbetaling.');
    expect(body).toContain('1\\. april 2026 træder reglerne i kraft.');
  });

  it('maps the sections to elements by their words, not their numbers, and writes the mapping in the frontmatter', () => {
    const sections = frontmatterOf(text).sections;
    expect(Object.fromEntries(sections.map((s) => [s.id, s.elements]))).toEqual({
      indledning: [],
      '3.2': ['maal-og-vaerdier'],
      '4': ['maalgruppe'],
      '4.1': ['behandlingsgaranti'],
      'saadan-klager-du': ['sagsbehandling-og-klage'],
    });
    // Why, as a comment the editor reads next to the field.
    expect(text).toContain('    # 2 Målgruppe: overskriften nævner »hvem kan få«.\n    elements: [maalgruppe]');
    expect(text).toContain('    # Overskriften i Word-filen: Kapitel 4: Hvem kan få hjælp');
  });

  it('names every element no section covers, in the report and the frontmatter', () => {
    const covered = new Set(['maal-og-vaerdier', 'maalgruppe', 'behandlingsgaranti', 'sagsbehandling-og-klage']);
    expect(result.missing.map((e) => e.id)).toEqual(elements.filter((e) => !covered.has(e.id)).map((e) => e.id));
    const report = reportText(result, elements);
    for (const e of result.missing) {
      const label = e.number !== undefined ? `${e.number} ${e.title}` : e.title;
      expect(report).toContain(label);
      expect(text.split('---')[1]).toContain(label);
    }
    expect(report).toContain('Disse 11 emner fra bekendtgørelsens § 4 er ikke fundet');
  });

  it('reports the image with its section and paragraph, and marks where it was', () => {
    expect(result.items).toContainEqual({ where: 'afsnit »Sådan klager du«, tekststykke nr. 2', what: expect.stringContaining('et billede (»Tegning af klagevejen«): billeder bliver ikke importeret') });
    expect(bodyOf(text)).toContain('Sådan ser klagevejen ud:\n\n{/* Her var et billede i Word-filen: »Tegning af klagevejen«. Billeder bliver ikke importeret. */}');
  });

  it('passes the content check as it would on disk', () => {
    expect(problemsWithNewStandard(files, 'ishoej/social-behandling-stoffer/2026', 'content/standards/ishoej/social-behandling-stoffer/2026.mdx', text, foundIds)).toEqual([]);
  });

  it('takes --title over the Word title, and says so', async () => {
    const other = await imported(await oddlyNumberedStandard(), 'ishoej', 'Ishøjs standard');
    expect(frontmatterOf(other.text!).title).toBe('Ishøjs standard');
    expect(other.items.some((i) => i.what.includes('Word-filens titel »Kvalitetsstandard for social behandling for brug af stoffer« er ikke brugt'))).toBe(true);
  });
});

describe('what cannot be carried over', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await imported(await standardWithLeftovers());
  });
  const item = (what: string) => result.items.find((i) => i.what.includes(what));

  it('lists the comment with its author and text, where it is', () => {
    expect(item('en kommentar')).toEqual({ where: 'afsnit »1 Behandlingsgaranti«, tekststykke nr. 1 (begynder »Behandlingen begynder senest 14 dage efter, at du…«)', what: 'en kommentar (Hanne Jensen: »Skal fristen stå her?«): kommentarer bliver ikke importeret' });
  });
  it('lists tracked changes: the deleted words left out, the inserted ones kept', () => {
    expect(item('slettet med Spor ændringer')?.what).toContain('(»tre uger«)');
    expect(item('tilføjet med Spor ændringer')?.where).toBe('afsnit »1 Behandlingsgaranti«, tekststykke nr. 2 (begynder »Ventetiden er to uger.«)');
    expect(bodyOf(result.text!)).toContain('Ventetiden er to uger.');
    expect(bodyOf(result.text!)).not.toContain('tre uger');
  });
  it('lists highlighted and underlined text and the page header', () => {
    expect(item('farvet eller markeret tekst')?.what).toContain('markeret med grøn');
    expect(item('understreget tekst')?.where).toContain('afsnit »2 Gavekort«');
    expect(item('sidehoved')?.where).toBe('sidehoved (»Prøvested Kommune · Socialforvaltningen«)');
  });
  it('still maps "1. Behandlingsgaranti" and "2. Gavekort" by their words', () => {
    expect(frontmatterOf(result.text!).sections.map((s) => [s.id, s.elements])).toEqual([
      ['1', ['behandlingsgaranti']],
      ['2', ['gavekort']],
    ]);
  });
});

describe('text boxes, embedded objects and links that cannot be links', () => {
  it('lists each where it is, and keeps the text of the links', async () => {
    const result = await imported(await standardWithObjects());
    const body = bodyOf(result.text!);
    expect(body).toContain('Læs om frit valg og klageskemaet.');
    expect(body).not.toContain('javascript');
    const found = (what: string) => result.items.filter((i) => i.what.includes(what));
    expect(found('et link til et andet sted i Word-dokumentet (»frit valg«)')).toEqual([{ where: 'afsnit »Sådan klager du«, tekststykke nr. 1', what: expect.stringContaining('kun teksten er taget med') }]);
    expect(found('et link, der hverken er en webadresse')[0].what).toContain('(»klageskemaet« til javascript:alert(1))');
    expect(found('en tekstboks (»Husk dit sundhedskort«)')[0].where).toBe('afsnit »Sådan klager du«, tekststykke nr. 2 (begynder »Ring til os. Husk dit sundhedskort«)');
    expect(found('et indlejret objekt (Excel.Sheet.12)')[0].where).toBe('afsnit »Sådan klager du«, tekststykke nr. 3 (begynder »Ventetider:«)');
    expect(result.items.filter((i) => i.what.includes('OLEObject'))).toEqual([]);
    expect(problemsWithNewStandard(files, 'ishoej/social-behandling-stoffer/2026', 'content/standards/ishoej/social-behandling-stoffer/2026.mdx', result.text!, foundIds)).toEqual([]);
  });
});

describe('headings Word numbers itself', () => {
  it('get the numbers Word shows, as ids, and the report says so', async () => {
    const result = await imported(await autoNumberedStandard());
    expect(result.sections.map((s) => [s.id, s.title, s.matches.map((m) => m.element)])).toEqual([
      ['1', 'Målgruppe', ['maalgruppe']],
      ['1.1', 'Unge under 18 år', []],
      ['1.2', 'Frit valg', ['frit-valg']],
      ['2', 'Klage', ['sagsbehandling-og-klage']],
    ]);
    expect(result.items[0]).toEqual({ where: '4 overskrifter, fx »1. Målgruppe«', what: expect.stringContaining('Word nummererer overskrifterne selv') });
    // What the XML finds is still placed under the right section.
    expect(result.items.find((i) => i.what.startsWith('farvet eller markeret tekst'))?.where).toBe('afsnit »1.2 Frit valg«, tekststykke nr. 1 (begynder »Du kan vælge.«)');
  });
});

describe('part of Copenhagen\'s standard 2023-24, recreated from the consultation memo', { timeout: 60_000 }, () => {
  it('finds the same elements for its sections as the hand-made record of that standard', async () => {
    const result = await imported(await copenhagenPart(), 'koebenhavn');
    const record = frontmatterOf(readFileSync('content/standards/koebenhavn/social-behandling-stoffer/2023-24.mdx', 'utf8'));
    const sections = frontmatterOf(result.text!).sections;
    expect(sections.map((s) => s.id)).toEqual(['resume', '2.8', '3.4', '3.6', '4.4.6', '7']);
    for (const s of sections) expect([s.id, s.elements]).toEqual([s.id, record.sections.find((r) => r.id === s.id)!.elements]);
    expect(problemsWithNewStandard(files, 'koebenhavn/social-behandling-stoffer/2026', 'content/standards/koebenhavn/social-behandling-stoffer/2026.mdx', result.text!, foundIds)).toEqual([]);
  });
});

describe('headings, ids and words', () => {
  it('reads the numbers councils write', () => {
    expect(splitHeading('3.2 Formål')).toEqual({ number: '3.2', title: 'Formål' });
    expect(splitHeading('3.4. Frit valg')).toEqual({ number: '3.4', title: 'Frit valg' });
    expect(splitHeading('Kapitel 4: Hvem kan få hjælp')).toEqual({ number: '4', title: 'Hvem kan få hjælp' });
    expect(splitHeading('5) Klage')).toEqual({ number: '5', title: 'Klage' });
    expect(splitHeading('Frit valg')).toEqual({ title: 'Frit valg' });
  });
  it('makes word ids of letters only, and every id unique', () => {
    expect(wordId('Bilag 1: Klagevejledning')).toBe('bilag-klagevejledning');
    expect(wordId('2026')).toBe('afsnit');
    expect(assignIds([{ number: '3', title: 'A' }, { number: '3', title: 'Frit valg' }, { title: 'Frit valg' }, undefined])).toEqual(['3', 'frit-valg', 'frit-valg-b', 'indledning']);
  });
  it('maps by heading before text, and by text only with three of an element\'s words', () => {
    expect(matchSection('Målgruppe', '', elements).map((m) => m.element)).toEqual(['maalgruppe']);
    expect(matchSection('Hvad vi gør', 'Ventetiden er kort, og behandlingsgarantien holder.', elements).map((m) => m.element)).toEqual([]);
    expect(matchSection('Hvad vi gør', 'Ventetiden er kort: vi overholder behandlingsgarantien, og behandlingen begynder inden for 14 dage.', elements)).toEqual([
      { element: 'behandlingsgaranti', by: 'text', words: ['Behandlingsgaranti', 'ventetid', '14 dage', 'inden for 14'] },
    ]);
    expect(byId.get('frit-valg')!.keywords).toContain('frit valg');
  });
  it('finds the elements of headings councils often write', () => {
    expect(matchSection('Sådan søger du om behandling', '', elements).map((m) => m.element)).toEqual(['visitation']);
    expect(matchSection('Medarbejdernes kompetencer', '', elements).map((m) => m.element)).toEqual(['personale']);
    expect(matchSection('Henvisning til lovgrundlag', '', elements)).toEqual([]);
  });
  it('calls the text before the first heading "Om standarden" when a section is called "Indledning"', async () => {
    const bytes = new Uint8Array(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Vedtaget af Socialudvalget.'), new Paragraph({ text: '1. Indledning', heading: HeadingLevel.HEADING_1 }), new Paragraph('Tekst.')] }] })),
    );
    const result = await imported(bytes, 'ishoej', 'En standard');
    expect(result.sections.map((s) => [s.id, s.title])).toEqual([
      ['om-standarden', 'Om standarden'],
      ['1', 'Indledning'],
    ]);
  });
  it('escapes text for MDX', () => {
    expect(escapeText('a {b} <c> *d* [e] &amp; x_y | z')).toBe('a \\{b\\} &lt;c&gt; \\*d\\* \\[e\\] &amp;amp; x\\_y \\| z');
  });
});

describe('a file that is not a Word document', () => {
  const refused = async (bytes: Uint8Array) => {
    try {
      await readStandardDocx(bytes, 'standard.docx');
    } catch (error) {
      expect(error).toBeInstanceOf(StandardFileError);
      return (error as Error).message;
    }
    throw new Error('was read');
  };
  it('is refused in Danish, naming the file and what is wrong', async () => {
    expect(await refused(new TextEncoder().encode('Høringspart;Bemærkning'))).toBe(
      'standard.docx: kan ikke læses som en Word-fil. Filen er beskadiget, eller den er slet ikke et Word-dokument. Forventet: en Word-fil gemt som .docx med standardens tekst og overskrifter.',
    );
    expect(await refused(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).toContain('er et gammelt Word-dokument (.doc), ikke en .docx-fil');
    const whole = await oddlyNumberedStandard();
    expect(await refused(whole.slice(0, Math.floor(whole.length / 2)))).toContain('standard.docx: kan ikke læses som en Word-fil: filen er beskadiget');
  });
  it('refuses a small file that would unpack to more than the limits, before unpacking it', { timeout: 60_000 }, async () => {
    const zip = await JSZip.loadAsync(await oddlyNumberedStandard());
    zip.file('word/document.xml', ' '.repeat(70 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refused(bomb)).toContain('standard.docx: er for stor til at blive læst');
  });
});

describe('any text in a Word paragraph', () => {
  it('becomes MDX the content check reads as text: no code, HTML, component or address (an image\'s text too)', () => {
    const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const piece = fc.constantFrom('{', '}', '<', '>', '<b>', '{x}', '*', '_', '`', '[', ']', '(', ')', '!', '#', '1.', '- ', '+ ', '> ', '|', '~', '\\', '&amp;', '&#123;', 'javascript:', 'export const a = 1', 'import x from "y"', '<script>', '---', '===', ':::', 'tekst', ' ', 'æøå');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const attribute = escapeHtml(text).replace(/"/g, '&quot;');
        const { sections } = htmlToSections(`<h1>Afsnit</h1><p>${escapeHtml(text)}<img src="billede:1" alt="${attribute}"></p><ul><li>${escapeHtml(text)}</li></ul><table><tr><td>${escapeHtml(text)}</td></tr></table>`);
        const body = [`## Afsnit {#afsnit-afsnit}`, ...sections[0].blocks].join('\n\n');
        expect(checkMdxBody(body, 'x.mdx', 1)).toBeUndefined();
        expect(mdxSafetyProblems(body, 'x.mdx', 1)).toEqual([]);
        expect(sectionAnchorsInBody(body)).toEqual(['afsnit-afsnit']);
        // And the build renders it as Markdown with no component in it (src/domain/site/mdx-markdown.ts).
        expect(markdownOfMdx(body).components).toEqual([]);
      }),
      // An image's text "*{/" once lost its brace after "*/" was made safe, and ended the comment early.
      { numRuns: 300, examples: [[['*', '{/']]] },
    );
  });
});
