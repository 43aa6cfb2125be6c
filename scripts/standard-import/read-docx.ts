/**
 * Reads a quality standard from a Word file (DOCX): checks it against the zip-bomb limits of the
 * consultation importer before anything is inflated, turns it into HTML with mammoth (headings,
 * paragraphs, lists, tables, bold, italics, links, footnotes, images), and reads from the XML what
 * mammoth leaves out (word-xml.ts). Every error is a Danish sentence naming the file.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { docxLimits, zipLimitProblem } from '../hoering-import/zip-limits.ts';
import { scanWordXml, type HeadingNumber, type XmlFinding } from './word-xml.ts';

/** A file that cannot be read as a Word document; the message says why, in Danish. */
export class StandardFileError extends Error {}

/** An image in the document: its number in order and the text Word has for it (its alt text). */
export interface DocxImage {
  number: number;
  altText?: string;
}

export interface DocxRead {
  /** The document as HTML, images as <img src="billede:N">. */
  html: string;
  images: DocxImage[];
  /** mammoth's own warnings (English), such as an unknown paragraph style. */
  messages: string[];
  /** What the XML holds that the HTML does not. */
  findings: XmlFinding[];
  /** The numbers Word shows before the headings it numbers itself, which the HTML leaves out. */
  headingNumbers: HeadingNumber[];
}

/**
 * Word's styles as HTML. Danish Word names its built-in styles in English in the file ("heading 1"),
 * but a style a council made itself may have a Danish name; the title, quotations and the table of
 * contents get classes so the importer can tell them apart.
 */
const styleMap = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Titel'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Undertitel'] => p.subtitle:fresh",
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='Overskrift ${n}'] => h${n}:fresh`),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`p[style-name='toc ${n}'] => p.toc:fresh`, `p[style-name='TOC ${n}'] => p.toc:fresh`, `p[style-name='Indholdsfortegnelse ${n}'] => p.toc:fresh`]),
  "p[style-name='TOC Heading'] => p.toc:fresh",
  "p[style-name='Overskrift til indholdsfortegnelse'] => p.toc:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Citat'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "r[style-name='Emphasis'] => em",
  "r[style-name='Fremhævning'] => em",
  "r[style-name='Strong'] => strong",
  "r[style-name='Kraftig'] => strong",
];

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Reads the Word file's bytes. Throws StandardFileError for a file that is not a readable DOCX. */
export async function readStandardDocx(bytes: Uint8Array, file: string): Promise<DocxRead> {
  const expected = 'Forventet: en Word-fil gemt som .docx med standardens tekst og overskrifter';
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new StandardFileError(`${file}: er et gammelt Word-dokument (.doc), ikke en .docx-fil. Åbn det i Word, og gem det som »Word-dokument (.docx)«. ${expected}.`);
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    throw new StandardFileError(`${file}: kan ikke læses som en Word-fil. Filen er beskadiget, eller den er slet ikke et Word-dokument. ${expected}.`);
  }
  const limit = zipLimitProblem(bytes);
  if (limit?.damaged) throw new StandardFileError(`${file}: kan ikke læses som en Word-fil: filen er beskadiget (dens indholdsfortegnelse eller en af dens dele kan ikke pakkes ud). Gem dokumentet igen fra Word. ${expected}.`);
  if (limit) {
    throw new StandardFileError(
      `${file}: er for stor til at blive læst. En Word-fil må højst fylde ${MB(docxLimits.maxFileBytes)}, højst have ${docxLimits.maxEntries} dele og højst pakke sig ud til ${MB(docxLimits.maxTotalBytes)}. Fjern store billeder eller indlejrede filer, og gem dokumentet igen.`,
    );
  }

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new StandardFileError(`${file}: kan ikke læses som en Word-fil: filen er beskadiget. Gem dokumentet igen fra Word. ${expected}.`);
  }
  if (!zip.file('word/document.xml')) {
    throw new StandardFileError(`${file}: er en ZIP-fil, men ikke et Word-dokument: den har ingen tekstdel (word/document.xml). ${expected}.`);
  }

  const images: DocxImage[] = [];
  let html: string;
  let messages: string[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap,
        convertImage: mammoth.images.imgElement(async () => {
          images.push({ number: images.length + 1 });
          return { src: `billede:${images.length}` };
        }),
      },
    );
    html = result.value;
    messages = result.messages.map((m) => m.message);
  } catch {
    throw new StandardFileError(`${file}: kan ikke læses som en Word-fil: dokumentets tekst er beskadiget. Gem dokumentet igen fra Word. ${expected}.`);
  }
  let scanned: Awaited<ReturnType<typeof scanWordXml>>;
  try {
    scanned = await scanWordXml(zip);
  } catch {
    throw new StandardFileError(`${file}: kan ikke læses som en Word-fil: dokumentets tekst er beskadiget. Gem dokumentet igen fra Word. ${expected}.`);
  }
  return { html, images, messages, ...scanned };
}
