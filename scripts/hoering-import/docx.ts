/**
 * Reads a consultation table from a Word file (DOCX). mammoth turns the document into HTML, keeping
 * merged cells as colspan (gridSpan) and rowspan (vMerge) and italics as <em>; this module lays
 * each table out on its grid, so a cell merged over several rows gives its text to each of them.
 */
import mammoth from 'mammoth';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { cleanText, joinParagraphs } from './text.ts';
import { zipLimitProblem } from './zip-limits.ts';
import { ImportFileError, type CellParagraph, type RawCell, type RawRow, type ReadResult } from './types.ts';

/** Character styles that mean italics in Danish and English Word; direct italics (Ctrl+I) are always <em>. */
const styleMap = ["r[style-name='Emphasis'] => em", "r[style-name='Fremhævning'] => em", "r[style-name='Kursiv'] => em", "r[style-name='Subtle Emphasis'] => em", "r[style-name='Svag fremhævning'] => em"];

/** The document as HTML. Throws ImportFileError for a file that is not a readable DOCX. */
export async function docxToHtml(bytes: Uint8Array, file: string): Promise<string> {
  const expected = 'der skal være et Word-dokument (.docx) med en tabel med kolonnerne høringspart | bemærkning | svar';
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ImportFileError(`${file}: er et gammelt Word-dokument (.doc) eller en anden Office 97-2003-fil, ikke en DOCX-fil. Åbn den i Word, og gem den som .docx; ${expected}`);
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    throw new ImportFileError(`${file}: kan ikke læses som DOCX-fil: den er ikke et ZIP-arkiv, så den er beskadiget eller slet ikke et Word-dokument; ${expected}`);
  }
  const limit = zipLimitProblem(bytes);
  if (limit?.damaged) throw new ImportFileError(`${file}: kan ikke læses som DOCX-fil (${limit.reason}): den er beskadiget, eller den er et ZIP-arkiv, der ikke er et Word-dokument; ${expected}`);
  if (limit) throw new ImportFileError(`${file}: ${limit.reason}; ${expected}`);
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
    return result.value;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    const reason = /main document part/i.test(message) ? 'arkivet har ingen Word-dokumentdel, word/document.xml' : 'indholdet kan ikke læses som et Word-dokument';
    throw new ImportFileError(`${file}: kan ikke læses som DOCX-fil (${reason}): den er beskadiget, eller den er et ZIP-arkiv, der ikke er et Word-dokument; ${expected}`);
  }
}

interface ParsedCell {
  /** A header cell (<th>: the row is marked in Word to repeat as a header row). */
  header: boolean;
  paragraphs: CellParagraph[];
  text: string;
  images: number;
  nestedTable: boolean;
}

interface InlineText {
  text: string;
  italicChars: number;
  chars: number;
}

const isElement = (node: Node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE;
const tagOf = (node: Node) => (isElement(node) ? (node.tagName ?? '').toLowerCase() : '');
const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'div', 'blockquote']);

function collectInline(node: Node, italic: boolean, into: InlineText, counts: { images: number }): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    const text = node.text;
    const chars = text.replace(/\s/g, '').length;
    into.text += text;
    into.chars += chars;
    if (italic) into.italicChars += chars;
    return;
  }
  if (!isElement(node)) return;
  const tag = tagOf(node);
  if (tag === 'br') into.text += '\n';
  else if (tag === 'img') counts.images += 1;
  for (const child of node.childNodes) collectInline(child, italic || tag === 'em' || tag === 'i', into, counts);
}

/**
 * A paragraph counts as italic when more than half of its letters (not counting spaces) are: a
 * response paragraph that starts with a label in roman type is still a response, and a remark that
 * puts a title in italics is still a remark.
 */
function toParagraph(inline: InlineText, listPrefix?: string): CellParagraph | undefined {
  const text = cleanText(inline.text);
  if (text === '') return undefined;
  return { text: listPrefix ? `${listPrefix}${text}` : text, italic: inline.italicChars * 2 > inline.chars, listItem: listPrefix !== undefined };
}

function collectBlocks(node: HTMLElement, out: CellParagraph[], counts: { images: number; nestedTable: boolean }): void {
  let loose: InlineText = { text: '', italicChars: 0, chars: 0 };
  const flushLoose = () => {
    const paragraph = toParagraph(loose);
    if (paragraph) out.push(paragraph);
    loose = { text: '', italicChars: 0, chars: 0 };
  };
  for (const child of node.childNodes) {
    const tag = tagOf(child);
    if (!isElement(child) || !blockTags.has(tag)) {
      collectInline(child, false, loose, counts);
      continue;
    }
    flushLoose();
    if (tag === 'ul' || tag === 'ol') {
      collectList(child, tag === 'ol', out, counts);
    } else if (tag === 'table') {
      counts.nestedTable = true;
      for (const cell of child.querySelectorAll('td, th')) collectBlocks(cell, out, counts);
    } else if (tag === 'div' || tag === 'blockquote') {
      collectBlocks(child, out, counts);
    } else {
      const inline: InlineText = { text: '', italicChars: 0, chars: 0 };
      collectInline(child, false, inline, counts);
      const paragraph = toParagraph(inline);
      if (paragraph) out.push(paragraph);
    }
  }
  flushLoose();
}

/** List items as "- item" (or "1. item"); a nested list follows its item. */
function collectList(list: HTMLElement, ordered: boolean, out: CellParagraph[], counts: { images: number; nestedTable: boolean }): void {
  let number = 0;
  for (const item of list.childNodes) {
    if (tagOf(item) !== 'li' || !isElement(item)) continue;
    number += 1;
    const inline: InlineText = { text: '', italicChars: 0, chars: 0 };
    const nested: HTMLElement[] = [];
    for (const child of item.childNodes) {
      if (tagOf(child) === 'ul' || tagOf(child) === 'ol') nested.push(child as HTMLElement);
      else collectInline(child, false, inline, counts);
    }
    const paragraph = toParagraph(inline, ordered ? `${number}. ` : '- ');
    if (paragraph) out.push(paragraph);
    for (const sub of nested) collectList(sub, tagOf(sub) === 'ol', out, counts);
  }
}

function parseCell(cell: HTMLElement): ParsedCell {
  const paragraphs: CellParagraph[] = [];
  const counts = { images: 0, nestedTable: false };
  collectBlocks(cell, paragraphs, counts);
  return { header: tagOf(cell) === 'th', paragraphs, text: joinParagraphs(paragraphs), images: counts.images, nestedTable: counts.nestedTable };
}

interface GridCell {
  parsed: ParsedCell;
  /** The row (0-based) the cell begins in. */
  row: number;
}

/** The rows of a table, header rows included, without those of tables nested in its cells. */
function tableRows(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const child of table.childNodes) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child as HTMLElement);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') for (const row of (child as HTMLElement).childNodes) if (tagOf(row) === 'tr') rows.push(row as HTMLElement);
  }
  return rows;
}

/** Lays a table out on its grid: each slot holds the cell covering it, merged cells in every slot they cover. */
function tableGrid(table: HTMLElement): (GridCell | undefined)[][] {
  const rows = tableRows(table);
  const grid: (GridCell | undefined)[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let col = 0;
    for (const td of tr.childNodes) {
      const tag = tagOf(td);
      if (tag !== 'td' && tag !== 'th') continue;
      while (grid[r][col]) col += 1;
      const colspan = Math.max(1, Number.parseInt((td as HTMLElement).getAttribute('colspan') ?? '1', 10) || 1);
      const rowspan = Math.max(1, Number.parseInt((td as HTMLElement).getAttribute('rowspan') ?? '1', 10) || 1);
      const cell: GridCell = { parsed: parseCell(td as HTMLElement), row: r };
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr += 1) for (let dc = 0; dc < colspan; dc += 1) grid[r + dr][col + dc] = cell;
      col += colspan;
    }
  });
  return grid;
}

const columnsText = (n: number) => `${n} ${n === 1 ? 'kolonne' : 'kolonner'}`;

/** One table row as a RawRow; undefined for a row wholly covered by a merged full-width cell from above. */
function gridRow(slots: (GridCell | undefined)[], r: number, width: number, table: number): RawRow | undefined {
  const location = { kind: 'docx' as const, table, row: r + 1 };
  const distinct = [...new Set(slots.filter((s): s is GridCell => s !== undefined))];
  // Each cell labelled with the columns it covers, so the note shows where one cell ends.
  const labels = width === 3 ? ['høringspart', 'bemærkning', 'svar'] : ['høringspart', 'bemærkning og svar'];
  const raw =
    distinct.length === 1
      ? distinct[0].parsed.text
      : distinct
          .map((cell) => {
            const columns = slots.flatMap((slot, col) => (slot === cell ? [labels[col] ?? `kolonne ${col + 1}`] : []));
            return `${columns.join(' og ')}: ${cell.parsed.text || '(tom)'}`;
          })
          .join('\n\n');
  const own = distinct.filter((cell) => cell.row === r);
  const images = own.reduce((sum, cell) => sum + cell.parsed.images, 0);
  const warnings = images > 0 ? [`${images === 1 ? 'et billede' : `${images} billeder`} i rækken er udeladt (kun tekst bliver importeret)`] : [];
  const base = { location, raw, warnings };
  const covered = slots.slice(0, width).filter(Boolean).length;
  if (covered < width) return { ...base, kind: 'unreadable', reason: `rækken har celler til ${covered} af tabellens ${width} kolonner` };
  if (own.some((cell) => cell.parsed.nestedTable)) return { ...base, kind: 'unreadable', reason: 'rækken har en tabel inde i en celle (en indlejret tabel), som ikke kan læses som én bemærkning' };
  if (distinct.length === 1) {
    if (distinct[0].row < r) return undefined;
    return { ...base, kind: 'full-width', text: distinct[0].parsed.text };
  }
  const [partySlot, remarkSlot, responseSlot] = slots as GridCell[];
  if (partySlot === remarkSlot) return { ...base, kind: 'unreadable', reason: 'rækken har én celle over kolonnerne til høringspart og bemærkning, så høringsparten kan ikke skelnes fra bemærkningen' };
  const rawCell = (cell: GridCell): RawCell => ({ text: cell.parsed.text, paragraphs: cell.parsed.paragraphs, fromAbove: cell.row < r });
  if (remarkSlot.row < r) warnings.push(`bemærkningen er en flettet celle, som rækken deler med række ${remarkSlot.row + 1}`);
  const response = width === 2 || responseSlot === remarkSlot ? null : rawCell(responseSlot);
  if (response && responseSlot.row < r) warnings.push(`svaret er en flettet celle, som rækken deler med række ${responseSlot.row + 1}`);
  const headerHint = own.length > 0 && own.every((cell) => cell.parsed.header);
  return { ...base, kind: 'cells', party: rawCell(partySlot), remark: rawCell(remarkSlot), response, ...(headerHint ? { headerHint } : {}) };
}

/**
 * Rows of the document's consultation tables. Tables of 3 columns (party | remark | response) are
 * imported; when there are none, tables of 2 columns (party | remark with the response in
 * italics). Other tables and the text around the tables are named in `remarks`, not imported.
 */
export function htmlToRows(html: string, file: string): ReadResult {
  const root = parse(html);
  const tables = root.querySelectorAll('table').filter((table) => {
    for (let parent = table.parentNode; parent; parent = parent.parentNode) if (tagOf(parent) === 'table') return false;
    return true;
  });
  const expected = 'der skal være en Word-tabel med kolonnerne høringspart | bemærkning | svar (eller 2 kolonner: høringspart | bemærkning med svaret i kursiv)';
  if (tables.length === 0) throw new ImportFileError(`${file}: har ingen tabel: ${expected}`);
  const laidOut = tables.map((table, index) => {
    const grid = tableGrid(table);
    return { number: index + 1, grid, width: Math.max(0, ...grid.map((row) => row.length)) };
  });
  const width = laidOut.some((t) => t.width === 3) ? 3 : laidOut.some((t) => t.width === 2) ? 2 : 0;
  if (width === 0) {
    const widths = [...new Set(laidOut.map((t) => t.width))].sort((a, b) => a - b);
    const found = laidOut.length === 1 ? `filen har en tabel med ${columnsText(widths[0])}` : `filen har ${laidOut.length} tabeller med ${widths.join(', ').replace(/, (\d+)$/, ' og $1')} kolonner`;
    throw new ImportFileError(`${file}: har ingen tabel med 3 kolonner: ${expected}; ${found}`);
  }
  const used = laidOut.filter((t) => t.width === width);
  const remarks = laidOut.filter((t) => t.width !== width).map((t) => `tabel ${t.number} (${columnsText(t.width)}) er ikke importeret: kun tabeller med ${width} kolonner bliver importeret`);
  const outside = root.childNodes.filter((node) => isElement(node) && tagOf(node) !== 'table' && node.text.trim() !== '').length;
  if (outside > 0) remarks.push(`${outside} afsnit uden for ${used.length === 1 ? 'tabellen' : 'tabellerne'} (titel, indledning) er ikke importeret: kopiér selv det, der hører til i notes`);
  if (width === 2) remarks.push('tabellen har 2 kolonner: den anden læses som bemærkningen efterfulgt af svaret i kursiv');
  const rows = used.flatMap((t) => t.grid.map((slots, r) => gridRow(slots, r, width, t.number)).filter((row): row is RawRow => row !== undefined));
  const description = used.length === 1 ? `DOCX, tabel ${used[0].number} af ${laidOut.length} (${columnsText(width)})` : `DOCX, tabel ${used.map((t) => t.number).join(', ')} af ${laidOut.length} (${columnsText(width)})`;
  return { rows, description, remarks, multipleTables: used.length > 1 };
}

/** Reads a DOCX file's bytes into rows. Throws ImportFileError for a damaged file or one without a suitable table. */
export async function readDocx(bytes: Uint8Array, file: string): Promise<ReadResult> {
  return htmlToRows(await docxToHtml(bytes, file), file);
}
