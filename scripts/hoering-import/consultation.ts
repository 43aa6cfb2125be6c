/**
 * Builds consultation data (src/schemas/consultation.ts) from the row outcomes: parties with ids,
 * rows with ids, notes, and rows that could not be read kept verbatim in notes when asked to.
 */
import { consultationSchema, type Consultation } from '../../src/schemas/consultation.ts';
import { expectationErrorMap, problemsFromIssues, type ContentProblem } from '../../src/content-check/content-errors.ts';
import { toId } from '../../src/schemas/ids.ts';
import { maxIdLength, partyKey, remarkSlug } from './text.ts';
import type { RowLocation, RowOutcome, RowPart } from './types.ts';

/** Starts every note that holds a row the importer could not read: search for it before publishing. */
export { notImportedMarker as NOT_IMPORTED_MARKER } from '../../src/schemas/consultation.ts';
import { notImportedMarker as NOT_IMPORTED_MARKER } from '../../src/schemas/consultation.ts';

export interface ConsultationMeta {
  title: string;
  municipality: string;
  standard: string;
  /** A number; text is passed on so the schema can say what is wrong with it. */
  year: number | string;
  /** Id of the memo in content/sources/. */
  source: string;
  /** Where in the source, such as "bilag 1". */
  locator?: string;
}

export interface BuildOptions {
  /** Keep rows that could not be read in notes, marked with NOT_IMPORTED_MARKER. */
  allowPartial: boolean;
  /** The file's name, for the marker note. */
  sourceName: string;
  /** DOCX with more than one table: locations name the table. */
  multipleTables: boolean;
  /** When the consulted standard is known: its section ids; section numbers not among them are left out. */
  knownSections?: ReadonlySet<string>;
}

export interface BuiltConsultation {
  data: Record<string, unknown>;
  /** The row id given to each imported outcome (by outcome index). */
  rowIds: Map<number, string>;
  /** Section numbers found in the text but left out because the standard has no such section, by outcome index. */
  droppedSections: Map<number, string[]>;
}

/** "linje 4", "linje 4-6" (CSV), "række 4", "tabel 2, række 4" (Word), "række 4" (Excel), with " (bemærkning 2 af 3)" for a split cell. */
export function formatLocation(location: RowLocation, part?: RowPart, multipleTables = false): string {
  const where =
    location.kind === 'csv'
      ? location.endLine > location.line
        ? `linje ${location.line}-${location.endLine}`
        : `linje ${location.line}`
      : location.kind === 'xlsx'
        ? `række ${location.row}`
        : multipleTables
        ? `tabel ${location.table}, række ${location.row}`
        : `række ${location.row}`;
  return part ? `${where} (bemærkning ${part.index} af ${part.count})` : where;
}

/** Ids given so far, and for each base the next number to try, so that many rows with one base stay linear. */
interface TakenIds {
  ids: Set<string>;
  next: Map<string, number>;
}

const takenIds = (): TakenIds => ({ ids: new Set(), next: new Map() });

/** `base`, or `base-2`, `base-3`, ... : the first that is not taken. */
function uniqueId(base: string, taken: TakenIds): string {
  let id = base;
  let n = taken.next.get(base) ?? 2;
  if (taken.ids.has(id)) {
    for (; taken.ids.has(`${base}-${n}`); n += 1);
    id = `${base}-${n}`;
    n += 1;
  }
  taken.next.set(base, n);
  taken.ids.add(id);
  return id;
}

export function buildConsultation(outcomes: readonly RowOutcome[], meta: ConsultationMeta, options: BuildOptions): BuiltConsultation {
  const parties: { id: string; name: string }[] = [];
  const partyIds = new Map<string, string>();
  const takenPartyIds = takenIds();
  const takenRowIds = takenIds();
  const rowIds = new Map<number, string>();
  const droppedSections = new Map<number, string[]>();
  const rows: Record<string, unknown>[] = [];
  const notes: string[] = [];

  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'note') notes.push(outcome.text);
    if (outcome.status === 'problem' && options.allowPartial) {
      const where = formatLocation(outcome.location, outcome.part, options.multipleTables);
      notes.push(`${NOT_IMPORTED_MARKER} ${options.sourceName}, ${where}: ${outcome.reason}.${outcome.raw.trim() ? `\n\n${outcome.raw.trim()}` : ''}`);
    }
    if (outcome.status !== 'imported') return;
    const { row } = outcome;
    const idOf = (name: string) => {
      const key = partyKey(name);
      let id = partyIds.get(key);
      if (!id) {
        id = uniqueId(toId(name, maxIdLength) || 'part', takenPartyIds);
        partyIds.set(key, id);
        parties.push({ id, name });
      }
      return id;
    };
    const partyId = idOf(row.party);
    const alsoFrom = [...new Set((row.alsoFrom ?? []).map(idOf))].filter((id) => id !== partyId);
    const id = uniqueId(`${partyId}-${remarkSlug(row.remark, row.party) || 'bemaerkning'}`, takenRowIds);
    rowIds.set(index, id);
    let sections = row.sections;
    if (options.knownSections) {
      const known = options.knownSections;
      const unknown = sections.filter((s) => !known.has(s));
      if (unknown.length > 0) droppedSections.set(index, unknown);
      sections = sections.filter((s) => known.has(s));
    }
    rows.push({
      id,
      party: partyId,
      ...(alsoFrom.length > 0 ? { alsoFrom } : {}),
      remark: row.remark,
      ...(row.response !== undefined ? { response: row.response } : {}),
      changed: row.changed,
      ...(row.changed ? { change: row.change } : {}),
      sections,
    });
  });

  const year = typeof meta.year === 'string' && /^\d+$/.test(meta.year.trim()) ? Number(meta.year) : meta.year;
  const data: Record<string, unknown> = {
    title: meta.title,
    municipality: meta.municipality,
    standard: meta.standard,
    year,
    parties,
    ...(notes.length > 0 ? { notes } : {}),
    rows,
    sources: [{ source: meta.source, ...(meta.locator ? { locator: meta.locator } : {}) }],
  };
  return { data, rowIds, droppedSections };
}

/** The schema's problems with consultation data, worded as the content check words them. */
export function validateConsultation(data: unknown, file: string): { problems: ContentProblem[]; consultation?: Consultation } {
  const result = consultationSchema().safeParse(data, { error: expectationErrorMap });
  return result.success ? { problems: [], consultation: result.data } : { problems: problemsFromIssues(file, result.error.issues, data) };
}
