/**
 * Reads a consultation table from an Excel workbook (.xlsx) with exceljs: the first worksheet, or
 * the one named with --sheet. Columns A | B | C are party | remark | response (or A | B, party |
 * remark with the response in italics, as in Word). A cell merged over several rows gives its text
 * to each of them (a party named once for several remarks); a cell merged over the whole row is a
 * note or a party heading. Italics (the whole cell, or runs of rich text) are kept per paragraph, so
 * a remark and a response in one cell can be told apart. The archive is checked against the same
 * zip-bomb limits as a Word file before exceljs inflates anything.
 */
import ExcelJS from 'exceljs';
import { cleanText, joinParagraphs } from './text.ts';
import { zipLimitProblem, docxLimits, type ZipLimits } from './zip-limits.ts';
import { ImportFileError, type CellParagraph, type RawCell, type RawRow, type ReadResult } from './types.ts';

/** A workbook of 1,000 consultation rows inflates to a few MB; the limits are those of a Word file. */
export const xlsxLimits: ZipLimits = { ...docxLimits, kind: 'en Excel-fil' };

const expected = 'der skal være et Excel-regneark (.xlsx) med kolonnerne høringspart | bemærkning | svar (kolonne A, B og C)';

/** Column letters as Excel shows them: 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The workbook, loaded. Throws ImportFileError for a file that is not a readable .xlsx. */
export async function loadWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ImportFileError(`${file}: er et gammelt Excel-regneark (.xls) eller en anden Office 97-2003-fil, ikke en XLSX-fil. Åbn det i Excel, og gem det som "Excel-projektmappe (.xlsx)"; ${expected}`);
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    throw new ImportFileError(`${file}: kan ikke læses som XLSX-fil: den er ikke et ZIP-arkiv, så den er beskadiget eller slet ikke et Excel-regneark; ${expected}`);
  }
  const limit = zipLimitProblem(bytes, xlsxLimits);
  if (limit?.damaged) throw new ImportFileError(`${file}: kan ikke læses som XLSX-fil (${limit.reason}): den er beskadiget, eller den er et ZIP-arkiv, der ikke er et Excel-regneark; ${expected}`);
  if (limit) throw new ImportFileError(`${file}: ${limit.reason}; ${expected}`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new ImportFileError(`${file}: kan ikke læses som XLSX-fil (indholdet kan ikke læses som et regneark): den er beskadiget, eller den er et ZIP-arkiv, der ikke er et Excel-regneark; ${expected}`);
  }
  if (workbook.worksheets.length === 0) {
    throw new ImportFileError(`${file}: kan ikke læses som XLSX-fil: den har ingen ark, så den er beskadiget eller et ZIP-arkiv, der ikke er et Excel-regneark (en Word-fil skal hedde .docx); ${expected}`);
  }
  return workbook;
}

/** A piece of a cell's text and whether it is in italics. */
interface Run {
  text: string;
  italic: boolean;
}

/** The cell's text as runs: rich text keeps each run's italics; other values are one run in the cell's own font. */
function cellRuns(cell: ExcelJS.Cell): Run[] {
  const value = cell.value;
  const cellItalic = cell.font?.italic === true;
  if (value === null || value === undefined) return [];
  if (typeof value === 'string') return [{ text: value, italic: cellItalic }];
  if (typeof value === 'number' || typeof value === 'boolean') return [{ text: String(value), italic: cellItalic }];
  if (value instanceof Date) return [{ text: value.toISOString().slice(0, 10), italic: cellItalic }];
  if ('richText' in value) return value.richText.map((run) => ({ text: run.text, italic: run.font?.italic ?? cellItalic }));
  if ('hyperlink' in value) return [{ text: typeof value.text === 'string' ? value.text : cell.text, italic: cellItalic }];
  if ('error' in value) return [{ text: value.error, italic: cellItalic }];
  // A formula: the value Excel last computed.
  const result = 'result' in value ? value.result : undefined;
  if (result === undefined || result === null) return [];
  return [{ text: result instanceof Date ? result.toISOString().slice(0, 10) : typeof result === 'object' ? result.error : String(result), italic: cellItalic }];
}

/**
 * Paragraphs of a cell: lines (Alt+Enter) grouped while their italics stay the same, a blank line
 * or a change between roman and italic starting a new paragraph. A line counts as italic when more
 * than half of its letters are, as in Word.
 */
function cellParagraphs(runs: readonly Run[]): CellParagraph[] {
  const lines: { text: string; italicChars: number; chars: number }[] = [{ text: '', italicChars: 0, chars: 0 }];
  for (const run of runs) {
    run.text.replace(/\r\n?/g, '\n').split('\n').forEach((piece, i) => {
      if (i > 0) lines.push({ text: '', italicChars: 0, chars: 0 });
      const line = lines.at(-1)!;
      const chars = piece.replace(/\s/g, '').length;
      line.text += piece;
      line.chars += chars;
      if (run.italic) line.italicChars += chars;
    });
  }
  const paragraphs: CellParagraph[] = [];
  let previous: { italic: boolean } | undefined;
  for (const line of lines) {
    const text = cleanText(line.text);
    if (text === '') {
      previous = undefined;
      continue;
    }
    const italic = line.italicChars * 2 > line.chars;
    if (previous && previous.italic === italic) paragraphs.at(-1)!.text += `\n${text}`;
    else paragraphs.push({ text, italic, listItem: false });
    previous = { italic };
  }
  return paragraphs;
}

/** A cell's row number (exceljs declares it a string; it is a number). */
const rowOf = (cell: ExcelJS.Cell): number => Number(cell.row);

interface SheetCell {
  /** The cell that holds the text: itself, or the first cell of the merged range it belongs to. */
  master: ExcelJS.Cell;
  paragraphs: CellParagraph[];
  text: string;
}

/** Reads one worksheet into rows. */
function sheetRows(sheet: ExcelJS.Worksheet): { rows: RawRow[]; width: number; used: number } {
  const masters = new Map<string, SheetCell>();
  const at = (row: number, column: number): SheetCell => {
    const cell = sheet.getCell(row, column);
    const master = cell.isMerged ? cell.master : cell;
    let read = masters.get(master.address);
    if (!read) {
      const paragraphs = cellParagraphs(cellRuns(master));
      read = { master, paragraphs, text: joinParagraphs(paragraphs) };
      masters.set(master.address, read);
    }
    return read;
  };
  // The table's width: the last column with text in any row (trailing empty columns do not count), at most 3 read as the table.
  let used = 0;
  for (let r = 1; r <= sheet.rowCount; r++) for (let c = sheet.columnCount; c > used; c--) if (at(r, c).text !== '') used = c;
  const width = Math.min(3, Math.max(used, 2));
  const labels = width === 3 ? ['høringspart', 'bemærkning', 'svar'] : ['høringspart', 'bemærkning og svar'];
  const rows: RawRow[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const slots = Array.from({ length: Math.max(used, width) }, (_, i) => at(r, i + 1));
    if (slots.every((slot) => slot.text === '')) continue;
    const location = { kind: 'xlsx' as const, sheet: sheet.name, row: r };
    const distinct = [...new Set(slots.slice(0, width))];
    const raw =
      distinct.length === 1
        ? distinct[0].text
        : distinct.map((cell) => `${slots.flatMap((slot, c) => (slot === cell && c < width ? [labels[c]] : [])).join(' og ')}: ${cell.text || '(tom)'}`).join('\n\n');
    const base = { location, raw, warnings: [] as string[] };
    const beyond = slots.slice(width).flatMap((slot, i) => (slot.text !== '' && slot !== slots[width - 1] ? [columnLetter(width + i + 1)] : []));
    if (beyond.length > 0) {
      rows.push({ ...base, kind: 'unreadable', reason: `rækken har tekst i kolonne ${beyond.join(', ')}, men tabellen har kun ${width} kolonner (${labels.join(', ')})` });
      continue;
    }
    if (distinct.length === 1) {
      // One cell over the whole row: read once, in the row it begins in.
      if (rowOf(distinct[0].master) === r) rows.push({ ...base, kind: 'full-width', text: distinct[0].text });
      continue;
    }
    const [party, remark, response] = slots;
    if (party === remark) {
      rows.push({ ...base, kind: 'unreadable', reason: 'rækken har én flettet celle over kolonnerne til høringspart og bemærkning, så høringsparten kan ikke skelnes fra bemærkningen' });
      continue;
    }
    const raw3 = (cell: SheetCell): RawCell => ({ text: cell.text, paragraphs: cell.paragraphs, fromAbove: rowOf(cell.master) < r });
    if (rowOf(remark.master) < r) base.warnings.push(`bemærkningen er en flettet celle, som rækken deler med række ${rowOf(remark.master)}`);
    const responseCell = width === 2 || response === remark ? null : raw3(response);
    if (responseCell && rowOf(response.master) < r) base.warnings.push(`svaret er en flettet celle, som rækken deler med række ${rowOf(response.master)}`);
    rows.push({ ...base, kind: 'cells', party: raw3(party), remark: raw3(remark), response: responseCell });
  }
  return { rows, width, used };
}

/**
 * Reads an .xlsx file's bytes into rows: the first worksheet, or `sheet` (its name as Excel shows
 * it on the tab, or its number counted from 1). Throws ImportFileError for a damaged file, a sheet
 * that does not exist, or a sheet without a table.
 */
export async function readXlsx(bytes: Uint8Array, file: string, sheet?: string): Promise<ReadResult> {
  const workbook = await loadWorkbook(bytes, file);
  const sheets = workbook.worksheets;
  const names = sheets.map((s) => `"${s.name}"`).join(', ');
  let chosen: ExcelJS.Worksheet | undefined = sheets[0];
  if (sheet !== undefined) {
    const wanted = sheet.trim();
    chosen = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLocaleLowerCase('da') === wanted.toLocaleLowerCase('da')) ?? (/^\d+$/.test(wanted) ? sheets[Number(wanted) - 1] : undefined);
    if (!chosen) throw new ImportFileError(`${file}: har intet ark "${wanted}". Arkene hedder ${names}: skriv et af navnene (eller arkets nummer, fx --sheet 1) efter --sheet`);
  }
  const { rows, width, used } = sheetRows(chosen!);
  if (rows.length === 0) throw new ImportFileError(`${file}: arket "${chosen!.name}" er tomt; ${expected}${sheets.length > 1 ? `. Filen har også arkene ${names}: vælg et med --sheet` : ''}`);
  if (used < 2) {
    throw new ImportFileError(`${file}: arket "${chosen!.name}" har tekst i kun én kolonne; ${expected}${sheets.length > 1 ? `. Filen har også arkene ${names}: vælg et med --sheet` : ''}`);
  }
  const others = sheets.filter((s) => s !== chosen && s.actualRowCount > 0);
  const remarks = others.map((s) => `arket "${s.name}" er ikke importeret: kør kommandoen med --sheet "${s.name}" for at importere det`);
  if (width === 2) remarks.push('tabellen har 2 kolonner: den anden læses som bemærkningen efterfulgt af svaret i kursiv');
  const position = sheets.length > 1 ? `, ark ${sheets.indexOf(chosen!) + 1} af ${sheets.length}` : '';
  return { rows, description: `XLSX, arket "${chosen!.name}"${position} (${width} kolonner)`, remarks, multipleTables: false };
}
