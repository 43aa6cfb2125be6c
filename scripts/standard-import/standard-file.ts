/**
 * The pure part of `npm run import:standard`: from a Word document read by read-docx.ts to the text
 * of a draft standard version (frontmatter and MDX body) and the Danish report an editor reads:
 * the sections with their ids, the element each covers and why, the elements no section covers,
 * and everything that could not be carried over, with where it is.
 */
import { sectionAnchor } from '../../src/schemas/standard.ts';
import { toId } from '../../src/schemas/ids.ts';
import { draftHead, scalar, type NewStandardDefaults, type ScaffoldElement, type StandardArea } from '../scaffold/scaffold.ts';
import { matchSection, type ElementMatch } from './elements.ts';
import { escapeText, htmlToSections, type ConversionNote, type RawSection } from './html-to-mdx.ts';
import type { DocxRead } from './read-docx.ts';
import type { FindingKind, XmlFinding } from './word-xml.ts';

/** A section as it will be written. */
export interface ImportedSection {
  /** The section id: its number in the Word file ("3.2"), or a word from its heading ("indledning"). */
  id: string;
  /** The heading without its number, as the frontmatter's »title« holds it. */
  title: string;
  /** The heading as Word has it, such as "Kapitel 4: Hvem kan få hjælp". */
  original?: string;
  /** The heading's text as Word's XML has it, without a number Word adds itself. */
  wordText?: string;
  /** true for the text before the first heading, which has no heading of its own. */
  titleIsDescription: boolean;
  /** The Markdown heading level, 2 to 6. */
  depth: number;
  matches: ElementMatch[];
  raw: RawSection;
}

/** One thing that was not carried over as it was, with where it is, in Danish. */
export interface ReportItem {
  where: string;
  what: string;
}

export interface ImportOptions {
  /** The Word file's name as messages show it. */
  file: string;
  municipality: string;
  standard: string;
  version: string;
  area: StandardArea;
  /** The title from --title; without it, the Word file's title. */
  title?: string;
  elements: readonly ScaffoldElement[];
  defaults: NewStandardDefaults;
}

export interface ImportResult {
  /** The title used; undefined when neither --title nor the Word file gives one. */
  title?: string;
  /** Where the title came from. */
  titleFrom: 'option' | 'word-title' | 'first-heading' | 'none';
  sections: ImportedSection[];
  /** The file's text; undefined when there is no title. */
  text?: string;
  /** Elements of the rule file no section covers. */
  missing: ScaffoldElement[];
  /** What was not carried over as it was. */
  items: ReportItem[];
}

/** A heading's number as the council wrote it: "3.2 Formål", "3.2. Formål", "Kapitel 4: Hvem kan få hjælp", "5) Klage". */
const numberedHeading = /^(?:(?:kapitel|afsnit|punkt|pkt\.|del)\s+)?(\d+(?:\.\d+)*)\.?(?:\s*[:.)\-–—]\s*|\s+)(\S.*)$/i;

/** Splits a heading into its number (if it has one) and its title. */
export function splitHeading(heading: string): { number?: string; title: string } {
  const match = numberedHeading.exec(heading.trim());
  return match ? { number: match[1], title: match[2].trim() } : { title: heading.trim() };
}

/** A section id of words from a title: letters only, as the schema's word ids are ("Bilag 1: Klage" → "bilag-klage"). */
export function wordId(title: string): string {
  const words = toId(title).split('-').filter((w) => /^[a-z]+$/.test(w));
  let id = '';
  for (const word of words) {
    if (id.length + word.length + 1 > 50 && id !== '') break;
    id = id ? `${id}-${word}` : word;
  }
  return id || 'afsnit';
}

/** A letter suffix for the n-th section with the same word id: "-b", "-c", … "-z", "-aa". */
const suffix = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : `${suffix(Math.floor(n / 26) - 1)}${String.fromCharCode(97 + (n % 26))}`);

/** Section ids: the council's number when it has one and it is free, else words from the heading; each unique. */
export function assignIds(headings: ({ number?: string; title: string } | undefined)[]): string[] {
  const used = new Set<string>();
  return headings.map((h) => {
    if (h?.number && !used.has(h.number)) {
      used.add(h.number);
      return h.number;
    }
    const base = h ? wordId(h.title) : 'indledning';
    let id = base;
    for (let n = 1; used.has(id); n += 1) id = `${base}-${suffix(n)}`;
    used.add(id);
    return id;
  });
}

/** A YAML scalar as it would be written in a file: quoted only when it must be. */
const yamlComment = (text: string) => text.replace(/\s+/g, ' ');

/** A section as the site and the report name it: "3.2 Formål", or "Indledning". */
export const sectionLabel = (s: Pick<ImportedSection, 'id' | 'title'>) => (/^\d/.test(s.id) ? `${s.id} ${s.title}` : s.title);

const elementLabel = (e: ScaffoldElement) => (e.number !== undefined ? `${e.number} ${e.title}` : e.title);

/** How an element was found, in Danish, for the frontmatter and the report. */
function matchReason(m: ElementMatch): string {
  const words = m.words.map((w) => `»${w}«`).join(', ');
  return m.by === 'heading' ? `overskriften nævner ${words}` : `teksten nævner ${words}`;
}

const conversionText: Record<ConversionNote['kind'], (detail?: string) => string> = {
  image: (d) => `et billede${d ? ` (»${d}«)` : ''}: billeder bliver ikke importeret. Der står en kommentar i filen, hvor det var`,
  'merged-cells': () => 'en tabel med flettede celler: teksten står i den første af de flettede celler, de andre er tomme. Tjek tabellen',
  'nested-table': () => 'en tabel inde i en tabelcelle: den er skrevet som linjer i cellen',
  superscript: (d) => `hævet skrift${d ? ` (»${d}«)` : ''}: skrevet som almindelig tekst`,
  subscript: (d) => `sænket skrift${d ? ` (»${d}«)` : ''}: skrevet som almindelig tekst`,
  checkbox: () => 'et afkrydsningsfelt: skrevet som ☐ eller ☒',
  'internal-link': (d) => `et link til et andet sted i Word-dokumentet${d ? ` (»${d}«)` : ''}: kun teksten er taget med`,
  'other-link': (d) => `et link, der hverken er en webadresse, en e-mailadresse eller et telefonnummer${d ? ` (${d})` : ''}: kun teksten er taget med. Link til dokumentet på kommunens hjemmeside i stedet`,
  'block-in-cell': (d) => `${d ?? 'en liste'} i en tabelcelle: punkterne står som linjer i cellen`,
  toc: () => 'indholdsfortegnelsen: den er udeladt, fordi siden laver sin egen',
  'empty-heading': () => 'en tom overskrift: udeladt',
  'header-row': () => 'en tabel uden overskriftsrække: dens første række er brugt som tabellens overskrifter. Tjek, at den passer',
};

const findingText: Record<FindingKind, (detail?: string) => string> = {
  comment: (d) => `en kommentar${d ? ` (${d})` : ''}: kommentarer bliver ikke importeret`,
  insertion: (d) => `tekst tilføjet med Spor ændringer${d ? ` af ${d}` : ''}: den er taget med, som om ændringen er godkendt`,
  deletion: (d) => `tekst slettet med Spor ændringer${d ? ` (${d})` : ''}: den er udeladt, som om ændringen er godkendt`,
  'formatting-change': () => 'en formatering ændret med Spor ændringer: kun den nye formatering er læst',
  'text-box': (d) => `en tekstboks${d ? ` (${d})` : ''}: teksten er taget med efter afsnittet, den står i. Tjek, at den står det rigtige sted`,
  object: (d) => `et indlejret objekt${d ? ` (${d})` : ''}, fx et regneark: det kan ikke importeres. Skriv indholdet som tekst eller som en tabel`,
  chart: () => 'en graf: den kan ikke importeres. Skriv tallene som en tabel',
  diagram: () => 'en SmartArt-figur: den kan ikke importeres. Skriv indholdet som tekst eller som en liste',
  formula: () => 'en formel: den kan ikke importeres. Skriv den med ord',
  colour: (d) => `farvet eller markeret tekst${d ? ` (${d})` : ''}: farven er ikke taget med. Betyder farven noget, fx at teksten er ny, så skriv det med ord`,
  underline: () => 'understreget tekst: understregningen er ikke taget med',
  'header-footer': () => 'sidehoveder og sidefødder bliver ikke importeret',
};

/** mammoth's warnings (English) in Danish; each style named once. */
export function translateMessages(messages: readonly string[]): string[] {
  const out = new Set<string>();
  for (const m of messages) {
    let match: RegExpExecArray | null;
    if ((match = /^(Paragraph|Run|Table) style with ID (.*) was referenced but not defined in the document$/.exec(m))) {
      out.add(`${match[1] === 'Run' ? 'tegntypografien' : match[1] === 'Table' ? 'tabeltypografien' : 'afsnitstypografien'} »${match[2]}« bruges i dokumentet, men Word-filen beskriver den ikke: teksten med den er taget med uden typografien`);
    } else if ((match = /^Unrecognised (paragraph|run|table) style: '(null|undefined)' \(Style ID: (.*)\)$/.exec(m))) continue; // named by the message above
    else if ((match = /^Unrecognised paragraph style: '(.*)' \(Style ID: (.*)\)$/.exec(m))) out.add(`afsnitstypografien »${match[1]}« kendes ikke: teksten med den er taget med som almindelige afsnit. Er den en overskrift, så giv den typografien Overskrift 1, 2 eller 3 i Word`);
    else if ((match = /^Unrecognised run style: '(.*)' \(Style ID: (.*)\)$/.exec(m))) out.add(`tegntypografien »${match[1]}« kendes ikke: teksten med den er taget med uden typografien`);
    else if ((match = /^An unrecognised element was ignored: (?:\{[^}]*\})?(.*)$/.exec(m))) {
      // Embedded objects are reported one by one, from the XML.
      if (match[1] !== 'OLEObject' && match[1] !== 'o:OLEObject') out.add(`et element af typen »${match[1]}« i Word-filen kan ikke læses og er udeladt`);
    }
    else if (/^Image of type .* is unlikely to display/.test(m)) continue; // images are reported one by one
    else out.add(`Word-læseren meldte (på engelsk): ${m}`);
  }
  return [...out];
}

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * The draft standard for a Word document: its sections with ids and elements, the file's text and
 * the report. Pure: reads nothing, writes nothing.
 */
export function importStandard(read: DocxRead, options: ImportOptions): ImportResult {
  const converted = htmlToSections(read.html);
  const raw = [...converted.sections];
  const items: ReportItem[] = [];

  let title = options.title?.trim() || undefined;
  let titleFrom: ImportResult['titleFrom'] = title ? 'option' : 'none';
  if (!title && converted.title) {
    title = converted.title;
    titleFrom = 'word-title';
  }
  // Without a Title paragraph, a first heading that is the only one at the top level is the title.
  const first = raw[0];
  const firstIsTitle = first?.heading !== undefined && raw.filter((s) => s.level !== undefined && s.level <= first.level!).length === 1 && raw.length > 1;
  if (!converted.title && firstIsTitle) {
    if (!title) {
      title = first.heading;
      titleFrom = 'first-heading';
    } else items.push({ where: 'dokumentets første overskrift', what: `»${first.heading}« er læst som dokumentets titel og ikke som et afsnit; titlen er »${title}« fra --title` });
    raw.shift();
    if (first.blocks.length > 0 || first.notes.length > 0) raw.unshift({ ...first, level: undefined, heading: undefined });
  } else if (converted.title && options.title?.trim() && converted.title !== options.title.trim()) {
    items.push({ where: 'dokumentets titel', what: `Word-filens titel »${converted.title}« er ikke brugt; titlen er »${title}« fra --title` });
  }

  // Headings Word numbers itself have no number in mammoth's text: put back the number Word shows.
  let next = 0;
  const autoNumbered: string[] = [];
  const wordText = new Map(raw.map((s) => [s, s.heading]));
  for (const s of raw) {
    if (s.heading === undefined) continue;
    const at = read.headingNumbers.findIndex((h, i) => i >= next && squash(h.heading) === squash(s.heading!));
    if (at === -1) continue;
    next = at + 1;
    if (splitHeading(s.heading).number !== undefined) continue;
    s.heading = `${read.headingNumbers[at].number} ${s.heading}`;
    autoNumbered.push(s.heading);
  }
  if (autoNumbered.length > 0) {
    items.push({
      where: autoNumbered.length === 1 ? `overskriften »${autoNumbered[0]}«` : `${autoNumbered.length} overskrifter, fx »${autoNumbered[0]}«`,
      what: 'Word nummererer overskrifterne selv, så numrene står ikke i teksten: importen har regnet dem ud, som Word viser dem. Tjek, at de passer',
    });
  }
  const headings = raw.map((s) => (s.heading === undefined ? undefined : splitHeading(s.heading)));
  // The text before the first heading is "Indledning", unless the council has a section of that name.
  const introTitle = headings.some((h) => h && /^indledning$/i.test(h.title)) ? 'Om standarden' : 'Indledning';
  const ids = assignIds(headings.map((h) => h ?? { title: introTitle }));
  const levels = raw.flatMap((s) => (s.level === undefined ? [] : [s.level]));
  const top = levels.length > 0 ? Math.min(...levels) : 1;
  const sections: ImportedSection[] = raw.map((s, i) => {
    const h = headings[i];
    const sectionTitle = h ? h.title : introTitle;
    return {
      id: ids[i],
      title: sectionTitle,
      original: s.heading,
      wordText: wordText.get(s),
      titleIsDescription: h === undefined,
      depth: Math.min(6, (s.level ?? top) - top + 2),
      matches: matchSection(h?.title ?? '', s.text, options.elements),
      raw: s,
    };
  });

  // Where each thing is: a section, and the paragraph in it.
  const where = (s: ImportedSection | undefined, paragraph: number, excerpt?: string) => {
    const section = s ? (s.titleIsDescription ? 'teksten før første overskrift' : `afsnit »${sectionLabel(s)}«`) : 'teksten før første overskrift';
    const place = paragraph === 0 ? ', i overskriften' : `, tekststykke nr. ${paragraph}`;
    return `${section}${place}${excerpt ? ` (begynder »${excerpt}«)` : ''}`;
  };
  for (const s of sections) for (const note of s.raw.notes) items.push({ where: where(s, note.paragraph), what: conversionText[note.kind](note.detail) });
  const byHeading = (heading?: string) =>
    heading === undefined ? sections.find((s) => s.titleIsDescription) : sections.find((s) => s.wordText !== undefined && squash(s.wordText) === squash(heading));
  const headerFooter = new Set<string>();
  for (const f of read.findings) {
    if (f.kind === 'header-footer') {
      const key = `${f.detail}:${f.excerpt}`;
      if (headerFooter.has(key)) continue;
      headerFooter.add(key);
      items.push({ where: `${f.detail ?? 'sidehoved'}${f.excerpt ? ` (»${f.excerpt}«)` : ''}`, what: findingText[f.kind](f.detail) });
      continue;
    }
    const s = byHeading(f.heading);
    const place = s ? where(s, f.paragraph, f.excerpt || undefined) : f.heading ? `under overskriften »${f.heading}«, tekststykke nr. ${f.paragraph}` : where(undefined, f.paragraph, f.excerpt || undefined);
    items.push({ where: place, what: findingText[f.kind](f.detail) });
  }
  for (const message of translateMessages(read.messages)) items.push({ where: 'hele dokumentet', what: message });

  const covered = new Set(sections.flatMap((s) => s.matches.map((m) => m.element)));
  const missing = options.elements.filter((e) => !covered.has(e.id));
  if (!title) return { title, titleFrom, sections, missing, items };
  return { title, titleFrom, sections, missing, items, text: fileText(title, sections, missing, converted.footnotes, options) };
}

function fileText(title: string, sections: ImportedSection[], missing: ScaffoldElement[], footnotes: Map<string, string>, options: ImportOptions): string {
  const byId = new Map(options.elements.map((e) => [e.id, e]));
  const statutoryMissing = missing.filter((e) => e.basis === 'bekendtgoerelse');
  const guidanceMissing = missing.filter((e) => e.basis !== 'bekendtgoerelse');
  const frontmatter = [
    `# Importeret fra ${yamlComment(options.file)} med npm run import:standard. Felterne er beskrevet i src/schemas/standard.ts.`,
    '# Tjek hvert afsnits »elements«: de emner fra bekendtgørelsens § 4, afsnittet dækker. Importen har fundet dem',
    '# ud fra afsnittenes overskrifter og ord; ret dem, hvis de er forkerte (id\'erne står i content/rules/kvalitetsstandard-elementer.yaml).',
    ...(statutoryMissing.length > 0 ? [`# Ingen afsnit dækker disse emner fra § 4: ${statutoryMissing.map(elementLabel).join('; ')}.`] : []),
    ...(guidanceMissing.length > 0 ? [`# Ingen afsnit dækker disse emner fra vejledningen: ${guidanceMissing.map(elementLabel).join('; ')}.`] : []),
    ...draftHead({ ...options, title }),
    'sections:',
    ...sections.flatMap((s) => [
      `  - id: ${scalar(s.id)}`,
      ...(s.original !== undefined && s.original !== sectionLabel(s) ? [`    # Overskriften i Word-filen: ${yamlComment(s.original)}`] : []),
      `    title: ${scalar(s.title)}`,
      ...(s.titleIsDescription ? ['    # Teksten før første overskrift; titlen er importens, ikke Word-filens.', '    titleIsDescription: true'] : []),
      ...(s.matches.length > 0
        ? s.matches.map((m) => `    # ${elementLabel(byId.get(m.element)!)}: ${matchReason(m)}.`)
        : ['    # Intet emne fundet. Dækker afsnittet et emne, så skriv dets id her.']),
      `    elements: [${s.matches.map((m) => m.element).join(', ')}]`,
      '    changes: []',
    ]),
    '# Kilder: tilføj standarden selv, når den er registreret i content/sources/.',
    'sources:',
    ...options.defaults.sources.flatMap((c) => [`  - source: ${c.source}`, ...(c.locator === undefined ? [] : [`    locator: ${scalar(c.locator)}`])]),
  ];
  const written = new Set<string>();
  const body = sections.map((s) => {
    const heading = `${'#'.repeat(s.depth)} ${/^\d/.test(s.id) ? `${s.id} ` : ''}${escapeText(s.title)} {#${sectionAnchor(s.id)}}`;
    const notes = s.raw.footnoteRefs
      .filter((label) => !written.has(label) && footnotes.has(label))
      .map((label) => {
        written.add(label);
        return `[^${label}]: ${footnotes.get(label)}`;
      });
    return [heading, ...s.raw.blocks, ...notes].join('\n\n');
  });
  return `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
}

/** The report an editor reads after an import, in Danish. */
export function reportText(result: ImportResult, elements: readonly ScaffoldElement[]): string {
  const byId = new Map(elements.map((e) => [e.id, e]));
  const lines: string[] = ['Afsnit og de emner fra bekendtgørelsens § 4, de dækker (ret dem under »elements« øverst i filen, hvis de er forkerte):'];
  for (const s of result.sections) {
    const renamed = s.original !== undefined && s.original !== sectionLabel(s) ? ` (i Word: »${s.original}«)` : '';
    const found = s.matches.length > 0 ? s.matches.map((m) => `${elementLabel(byId.get(m.element)!)} (${matchReason(m)})`).join('; ') : 'intet emne fundet';
    lines.push(`  ${sectionLabel(s)}${renamed} → ${found}`);
  }
  const statutory = result.missing.filter((e) => e.basis === 'bekendtgoerelse');
  const guidance = result.missing.filter((e) => e.basis !== 'bekendtgoerelse');
  lines.push('');
  if (statutory.length === 0) lines.push('Alle emner fra bekendtgørelsens § 4 er fundet.');
  else {
    lines.push(`Disse ${statutory.length} emner fra bekendtgørelsens § 4 er ikke fundet i noget afsnit. Skriv dem, eller ret »elements«, hvis et afsnit dækker dem:`);
    for (const e of statutory) lines.push(`  - ${elementLabel(e)}`);
  }
  if (guidance.length > 0) {
    lines.push(`Disse emner fra vejledningen er ikke fundet: ${guidance.map(elementLabel).join('; ')}.`);
  }
  lines.push('');
  if (result.items.length === 0) lines.push('Alt i Word-filen er taget med.');
  else {
    lines.push(`Ikke taget med eller ændret (${result.items.length}). Tjek dem i Word-filen:`);
    for (const item of result.items) lines.push(`  - ${item.where}: ${item.what}.`);
  }
  return lines.join('\n');
}
