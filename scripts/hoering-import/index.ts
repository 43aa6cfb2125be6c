/**
 * The consultation-table importer behind `npm run import:hoering`: a CSV, DOCX or XLSX table with the
 * columns party | remark | response becomes validated consultation YAML. No file system access
 * here: the caller passes the file's bytes and writes the result (scripts/hoering-import/cli.ts).
 *
 * Steps: readTable (csv.ts / docx.ts / xlsx.ts) → normalizeRows (normalize.ts) → buildConsultation
 * (consultation.ts) → consultationToYaml (yaml.ts) → the consultation schema, read back from the YAML.
 */
import { extname } from 'node:path';
import type { ContentProblem } from '../../src/content-check/content-errors.ts';
import { buildConsultation, NOT_IMPORTED_MARKER, validateConsultation, type BuiltConsultation, type ConsultationMeta } from './consultation.ts';
import type { Consultation } from '../../src/schemas/consultation.ts';
import { readCsv } from './csv.ts';
import { readDocx } from './docx.ts';
import { readXlsx } from './xlsx.ts';
import { normalizeRows } from './normalize.ts';
import { importReport } from './report.ts';
import { ImportFileError, type ReadResult, type RowOutcome } from './types.ts';
import { consultationToYaml } from './yaml.ts';

export { ImportFileError } from './types.ts';
export { NOT_IMPORTED_MARKER, type ConsultationMeta } from './consultation.ts';

/** Reads a CSV, DOCX or XLSX file's bytes into rows, chosen by the file's extension; `sheet` picks an Excel worksheet. */
export async function readTable(bytes: Uint8Array, file: string, { sheet }: { sheet?: string } = {}): Promise<ReadResult> {
  const extension = extname(file).toLowerCase();
  if (sheet !== undefined && extension !== '.xlsx') throw new ImportFileError(`${file}: --sheet kan kun bruges til Excel-filer (.xlsx); udelad --sheet for andre filer`);
  if (extension === '.csv' || extension === '.txt' || extension === '.tsv') return readCsv(bytes, file);
  if (extension === '.docx') return readDocx(bytes, file);
  if (extension === '.xlsx') return readXlsx(bytes, file, sheet);
  if (extension === '.doc') throw new ImportFileError(`${file}: er et gammelt Word-dokument (.doc). Åbn det i Word, og gem det som .docx, eller gem tabellen som CSV`);
  if (extension === '.xls') throw new ImportFileError(`${file}: er et gammelt Excel-regneark (.xls). Åbn det i Excel, og gem det som "Excel-projektmappe (.xlsx)", eller gem tabellen som CSV`);
  throw new ImportFileError(
    `${file}: er ikke en CSV-, DOCX- eller XLSX-fil. Der skal være en fil, der ender på .csv, .docx eller .xlsx, med en tabel med kolonnerne høringspart | bemærkning | svar; filen ${extension ? `ender på "${extension}"` : 'har ingen endelse'}`,
  );
}

export interface ImportOptions {
  /** Keep rows that could not be read in notes, marked NOT_IMPORTED_MARKER, instead of failing. */
  allowPartial: boolean;
  /** Where the YAML is meant to go, for validation messages, such as "content/consultations/x/y.yaml". */
  outputName: string;
  /** The consulted standard's section ids, when it is known: other section numbers are left out. */
  knownSections?: ReadonlySet<string>;
  /** An Excel file's worksheet, by name or number (the first without it). */
  sheet?: string;
}

export interface ImportResult {
  read: ReadResult;
  outcomes: RowOutcome[];
  built: BuiltConsultation;
  /** Rows that could not be read. */
  unreadable: number;
  /** The YAML, when it can be written: every row was read (or allowPartial) and it passes the schema. */
  yaml?: string;
  /** What the consultation schema says about the YAML; empty when it passes. */
  problems: ContentProblem[];
  /** The consultation as the schema reads it, when it passes. */
  consultation?: Consultation;
  /** One line per row and a summary (see report.ts). */
  report: string[];
}

/** Imports one file. Throws ImportFileError when the file as a whole cannot be read. */
export async function importConsultation(bytes: Uint8Array, file: string, meta: ConsultationMeta, options: ImportOptions): Promise<ImportResult> {
  const read = await readTable(bytes, file, { sheet: options.sheet });
  const outcomes = normalizeRows(read.rows);
  const sourceName = file.split(/[\\/]/).at(-1) ?? file;
  const built = buildConsultation(outcomes, meta, { allowPartial: options.allowPartial, sourceName, multipleTables: read.multipleTables, knownSections: options.knownSections });
  const unreadable = outcomes.filter((o) => o.status === 'problem').length;
  const report = importReport({ file, read, outcomes, built, allowPartial: options.allowPartial, standard: meta.standard });
  if (unreadable > 0 && !options.allowPartial) return { read, outcomes, built, unreadable, problems: [], report };
  const yaml = consultationToYaml(built.data);
  // consultationToYaml has read every part back with the site's own reader and got built.data.
  // Rows kept with --allow-partial are notes the content check refuses until they are resolved;
  // the file is written with them, so the rest is checked as it will be once they are.
  const notes = Array.isArray(built.data.notes) ? (built.data.notes as string[]) : [];
  const { problems, consultation } = validateConsultation({ ...built.data, notes: notes.filter((n) => !n.includes(NOT_IMPORTED_MARKER)) }, options.outputName);
  return { read, outcomes, built, unreadable, problems, report, ...(consultation ? { yaml, consultation } : {}) };
}
