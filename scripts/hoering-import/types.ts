/**
 * Shared shapes of the consultation-table importer (`npm run import:hoering`). The readers (CSV,
 * DOCX) turn a file into RawRows; normalize.ts turns RawRows into outcomes (imported rows, notes,
 * headers, problems); consultation.ts builds the consultation data; yaml.ts writes it.
 */

/** Where a row was read, for the report and for notes: CSV lines, a row of a Word table, or a row of an Excel sheet. */
export type RowLocation =
  | { kind: 'csv'; /** First physical line of the record, counted from 1. */ line: number; /** Last physical line (a quoted field can hold line breaks). */ endLine: number }
  | { kind: 'docx'; /** The table's number among the document's tables, counted from 1. */ table: number; /** The row's number in its table, counted from 1, header rows included. */ row: number }
  | { kind: 'xlsx'; /** The worksheet's name, as on its tab. */ sheet: string; /** The row's number as Excel shows it. */ row: number };

/** One paragraph of a cell, with whether it is written in italics (DOCX only; CSV text is never italic). */
export interface CellParagraph {
  text: string;
  italic: boolean;
  /** A list item ("- ..."): joined to a neighbouring list item with a single line break. */
  listItem: boolean;
}

export interface RawCell {
  /** The cell's text: paragraphs separated by a blank line, list items by a line break. */
  text: string;
  paragraphs: CellParagraph[];
  /** DOCX: the cell is a merged cell (vMerge / rowspan) that began in an earlier row. */
  fromAbove: boolean;
}

/** A row as a reader found it, before any interpretation. */
export type RawRow = {
  location: RowLocation;
  /** The row verbatim, for notes when it cannot be read: CSV source lines, or the cells' text. */
  raw: string;
  /** Things left out of an otherwise readable row (such as images), reported beside it. */
  warnings: string[];
} & (
  | {
      kind: 'cells';
      party: RawCell;
      remark: RawCell;
      /** null when one cell holds both remark and response (it spans both columns, or the table has only two). */
      response: RawCell | null;
      /** DOCX: Word marks the row as a header row (repeated on each page). */
      headerHint?: boolean;
    }
  | { kind: 'full-width'; /** A single cell over the whole row, such as an introduction. */ text: string }
  | { kind: 'unreadable'; /** Why, as the end of a sentence: "has 4 fields, expected 3 (party, remark, response)". */ reason: string }
);

/** A remark the importer could read. */
export interface ImportedRow {
  /** The party's name as written (the cell above when the party cell is empty or merged); the first, when the cell names several. */
  party: string;
  /** The other parties the party cell names ("Danske Regioner, KL og Dansk Sygeplejeråd"), in order; absent for one party. */
  alsoFrom?: string[];
  remark: string;
  /** The administration's comment; absent when the response cell is empty (a remark the memo does not comment on). */
  response?: string;
  changed: boolean;
  change?: string;
  sections: string[];
}

/** Which of several remarks in one cell (remark and response in one cell, the response in italics). */
export interface RowPart {
  index: number;
  count: number;
}

/** What became of each row of the table, in order. */
export type RowOutcome = { location: RowLocation; part?: RowPart; warnings: string[] } & (
  | {
      status: 'imported';
      row: ImportedRow;
      /** How the party was found, when not from the row's own party cell. */
      partyFrom?: 'above' | 'merged' | 'heading';
      /** The remark and the response were one cell, the response in italics. */
      italicResponse?: boolean;
    }
  | { status: 'header' }
  | { status: 'blank' }
  | { status: 'note'; text: string }
  | { status: 'party-heading'; party: string }
  | { status: 'problem'; reason: string; raw: string }
);

/** A file that cannot be imported at all: not CSV, DOCX or XLSX, damaged, no table, wrong number of columns. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** What a reader found besides the rows, for the report. */
export interface ReadResult {
  rows: RawRow[];
  /** "CSV, skilletegn \";\", UTF-8", "DOCX, tabel 1 af 1 (3 kolonner)" or "XLSX, arket \"Ark1\" (3 kolonner)". */
  description: string;
  /** Lines about content that was not imported, such as other tables or text outside the table. */
  remarks: string[];
  /** DOCX: more than one table was imported, so locations name the table. */
  multipleTables: boolean;
}
