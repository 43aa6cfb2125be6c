/**
 * Reads a consultation table saved as CSV: party | remark | response. Tolerates a UTF-8 BOM,
 * UTF-16 (with BOM) and Windows-1252 (what Danish Excel writes for "CSV (semikolonsepareret)"),
 * ";", "," or tab as separator (detected, or named by Excel's "sep=;" first line), quoted fields
 * with line breaks and doubled quotes, Windows line endings, and trailing empty columns. Every
 * record keeps its line numbers.
 */
import { firstNonUtf8Byte } from '../../src/content-check/text-file.ts';
import { cleanText } from './text.ts';
import { ImportFileError, type CellParagraph, type RawCell, type RawRow, type ReadResult } from './types.ts';

export interface CsvRecord {
  fields: string[];
  /** First and last physical line, counted from 1. */
  line: number;
  endLine: number;
  /** The record's source text, verbatim (line breaks as "\n"). */
  raw: string;
  /** Set when a quoted field opened on this line is never closed; fields are then unusable. */
  unclosedQuote?: boolean;
}

/** Whether the bytes hold at least one well-formed UTF-8 sequence of two or more bytes (such as "ø", C3 B8). */
function hasUtf8Sequences(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0xc2 || b > 0xf4) continue;
    const length = b <= 0xdf ? 2 : b <= 0xef ? 3 : 4;
    const continuation = bytes.subarray(i + 1, i + length);
    if (continuation.length === length - 1 && continuation.every((c) => c >= 0x80 && c <= 0xbf) && firstNonUtf8Byte(bytes.subarray(i, i + length)) === -1) return true;
  }
  return false;
}

/** Text of a CSV file, and the encoding it was read as. */
/** The largest CSV file read, in bytes: 100,000 rows of a consultation are about 23 MB. */
export const maxCsvBytes = 200 * 1024 * 1024;

export function decodeCsv(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  if (bytes.length > maxCsvBytes) {
    throw new ImportFileError(`${file}: fylder ${Math.round(bytes.length / 1024 / 1024)} MB: en CSV-fil på mere end ${maxCsvBytes / 1024 / 1024} MB bliver ikke læst. Del tabellen op i mindre filer`);
  }
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new ImportFileError(
      `${file}: er et ZIP-arkiv (fx en Word- eller Excel-fil), ikke CSV-tekst. Gem tabellen som CSV med kolonnerne høringspart | bemærkning | svar, eller giv filen den rigtige endelse: .docx for Word, .xlsx for Excel`,
    );
  }
  if (bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-') {
    throw new ImportFileError(`${file}: er en PDF-fil, ikke CSV-tekst. Brug tabellen gemt som CSV, Word (.docx) eller Excel (.xlsx) med kolonnerne høringspart | bemærkning | svar`);
  }
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'UTF-16';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'UTF-16';
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      encoding = 'UTF-8';
    } catch {
      // Excel's "CSV (semikolonsepareret)" is Windows-1252, with no UTF-8 sequences at all. A file
      // that has them is UTF-8 with a damaged byte: read as Windows-1252 it would turn every
      // "ø" into "Ã¸", so it is refused with the line of the damage instead.
      const bad = firstNonUtf8Byte(bytes);
      if (hasUtf8Sequences(bytes)) {
        const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
        throw new ImportFileError(
          `${file}: er UTF-8-tekst, men linje ${line} har en byte, der ikke er UTF-8 (0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')}), så filen kan ikke læses sikkert. Åbn filen, skriv tegnet på linje ${line} igen, og gem den som "CSV UTF-8"`,
        );
      }
      text = new TextDecoder('windows-1252').decode(bytes);
      encoding = 'Windows-1252';
    }
  }
  // Danish text fits in Latin-1: held as one byte per character (V8 decodes UTF-8 to two), every
  // string cut from it is half the size, which 100,000 rows feel.
  if (!/[^\u0000-\u00ff]/.test(text)) text = Buffer.from(text, 'latin1').toString('latin1');
  if (text.includes('\u0000')) {
    throw new ImportFileError(`${file}: ligner ikke CSV-tekst (den indeholder binære data). Brug tabellen gemt som CSV med kolonnerne høringspart | bemærkning | svar`);
  }
  return { text, encoding };
}

/**
 * Splits CSV text into records. A quoted field may hold separators, line breaks and doubled quotes
 * (""); text after a closing quote is kept as it is. A quote that is never closed makes its record
 * unreadable, and reading goes on at the next line, so one stray quote costs one record.
 */
export function parseCsv(text: string, separator: string): CsvRecord[] {
  const source = text.replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let pos = 0;
  let line = 1;
  // Fields are sliced from the source, never built a character at a time: a string grown by "+="
  // per character is a chain of thousands of pieces, and 100,000 rows of them exhaust the memory.
  while (pos < source.length) {
    const start = pos;
    const startLine = line;
    const fields: string[] = [];
    let unclosed = false;
    for (;;) {
      // One field: optional spaces, then either a quoted part or plain text, up to a separator or line end.
      let field = '';
      let scan = pos;
      while (source[scan] === ' ' || source[scan] === '\t') scan += 1;
      if (source[scan] === '"') {
        // Spaces before an opening quote (`a; "b"`) are not part of the field.
        let from = scan + 1;
        let closed = false;
        for (let at = from; at < source.length; ) {
          const quote = source.indexOf('"', at);
          if (quote === -1) break;
          if (source[quote + 1] === '"') {
            field += `${source.slice(from, quote)}"`;
            from = at = quote + 2;
            continue;
          }
          field += source.slice(from, quote);
          pos = quote + 1;
          closed = true;
          break;
        }
        if (!closed) {
          unclosed = true;
          break;
        }
        line += (source.slice(scan, pos).match(/\n/g) ?? []).length;
      }
      // Plain text, or text after a closing quote, which is kept as it is.
      const end = nextBreak(source, pos, separator);
      field += source.slice(pos, end);
      pos = end;
      fields.push(field);
      if (pos >= source.length) break;
      if (source[pos] === separator) {
        pos += 1;
        continue;
      }
      // A line break ends the record.
      pos += 1;
      line += 1;
      break;
    }
    if (unclosed) {
      // Read on from the line after the one where the record began.
      const nextLine = source.indexOf('\n', start);
      const end = nextLine === -1 ? source.length : nextLine;
      records.push({ fields: [], line: startLine, endLine: startLine, raw: source.slice(start, end), unclosedQuote: true });
      pos = end + 1;
      line = startLine + 1;
      continue;
    }
    const end = source[pos - 1] === '\n' && pos > start ? pos - 1 : pos;
    records.push({ fields, line: startLine, endLine: source[pos - 1] === '\n' ? line - 1 : line, raw: source.slice(start, end) });
  }
  return records;
}

/** The position of the next separator or line break from `from`, or the end of the text: one scan, whichever comes first. */
function nextBreak(source: string, from: number, separator: string): number {
  const pattern = separator === '\t' ? /[\t\n]/g : separator === ';' ? /[;\n]/g : separator === ',' ? /[,\n]/g : new RegExp(`[${separator.replace(/[\\\]^-]/g, '\\$&')}\n]`, 'g');
  pattern.lastIndex = from;
  return pattern.exec(source)?.index ?? source.length;
}

/** Fields beyond the third that are empty in a record (an Excel export's trailing ";") are dropped. */
function withoutTrailingEmpty(fields: string[]): string[] {
  const result = [...fields];
  while (result.length > 3 && result.at(-1)!.trim() === '') result.pop();
  return result;
}

const separators = [';', ',', '\t'] as const;
const separatorName = (sep: string) => (sep === '\t' ? 'tabulator' : `"${sep}"`);

/** Field counts of the records that have more than one field (a one-field record is a full-width note). */
function columnCounts(records: CsvRecord[]): number[] {
  return records.filter((r) => !r.unclosedQuote && r.fields.some((f) => f.trim() !== '')).map((r) => withoutTrailingEmpty(r.fields).length).filter((n) => n > 1);
}

/**
 * The separator under which most records have exactly three fields (ties: ";", then ",", then tab).
 * Throws when under none of them most records have three fields: the file has the wrong columns.
 */
export function detectSeparator(text: string, file: string): string {
  const scored = separators.map((sep) => {
    const counts = columnCounts(parseCsv(text, sep));
    const threes = counts.filter((n) => n === 3).length;
    const histogram = new Map<number, number>();
    for (const n of counts) histogram.set(n, (histogram.get(n) ?? 0) + 1);
    const [mode, modeCount] = [...histogram].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [1, 0];
    return { sep, counts, threes, mode, modeCount };
  });
  const best = scored.reduce((a, b) => (b.threes > a.threes ? b : a));
  if (best.threes > 0 && best.threes * 2 >= best.counts.length) return best.sep;
  const likely = scored.reduce((a, b) => (b.modeCount > a.modeCount ? b : a));
  const found = likely.modeCount === 0 ? 'alle rækker har kun én kolonne' : `de fleste rækker har ${likely.mode} kolonner (delt med ${separatorName(likely.sep)})`;
  throw new ImportFileError(`${file}: skal være en tabel med 3 kolonner (høringspart | bemærkning | svar) delt med ";" eller ","; ${found}`);
}

function csvCell(text: string): RawCell {
  const cleaned = cleanText(text);
  // One paragraph keeps the cell's own string: a copy per cell adds up over 100,000 rows.
  const texts = cleaned === '' ? [] : cleaned.includes('\n\n') ? cleaned.split(/\n{2,}/) : [cleaned];
  const paragraphs: CellParagraph[] = texts.map((p) => ({ text: p, italic: false, listItem: false }));
  return { text: cleaned, paragraphs, fromAbove: false };
}

/** Turns CSV records into rows: three fields are a row, a single filled first field is a full-width row. */
export function csvRecordsToRows(records: CsvRecord[]): RawRow[] {
  return records.flatMap((record): RawRow[] => {
    const location = { kind: 'csv' as const, line: record.line, endLine: record.endLine };
    const base = { location, raw: record.raw, warnings: [] };
    if (record.unclosedQuote) {
      return [{ ...base, kind: 'unreadable', reason: 'et felt i anførselstegn bliver aldrig lukket (der mangler et afsluttende ")' }];
    }
    const fields = withoutTrailingEmpty(record.fields);
    if (fields.every((f) => f.trim() === '')) return [];
    if (fields.slice(1).every((f) => f.trim() === '')) return [{ ...base, kind: 'full-width', text: cleanText(fields[0]) }];
    if (fields.length !== 3) {
      return [
        {
          ...base,
          kind: 'unreadable',
          reason: `rækken har ${fields.length} felter, men skal have 3 (høringspart, bemærkning, svar): der mangler måske et skilletegn eller et anførselstegn, eller der er et for meget`,
        },
      ];
    }
    const [party, remark, response] = fields.map(csvCell);
    return [{ ...base, kind: 'cells', party, remark, response }];
  });
}

/** Reads a CSV file's bytes into rows. Throws ImportFileError for a file that is not a 3-column CSV table. */
export function readCsv(bytes: Uint8Array, file: string): ReadResult {
  const { text, encoding } = decodeCsv(bytes, file);
  if (text.trim() === '') throw new ImportFileError(`${file}: er tom. Der skal være en tabel med 3 kolonner (høringspart | bemærkning | svar)`);
  // Excel's "sep=;" first line names the separator; it is blanked, so lines keep their numbers.
  const hint = /^sep=([;,\t|])[ \t]*(?=\r?\n|$)/i.exec(text);
  const body = hint ? text.slice(hint[0].length) : text;
  const separator = hint ? hint[1] : detectSeparator(body, file);
  const rows = csvRecordsToRows(parseCsv(body, separator));
  return { rows, description: `CSV, skilletegn ${separatorName(separator)}, ${encoding}`, remarks: [], multipleTables: false };
}
