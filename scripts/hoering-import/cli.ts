/**
 * `npm run import:hoering -- <file> --municipality <id> --standard <m/s/v> --title <title> --year <yyyy> --source <id> [options]`
 *
 * Turns a consultation table (høringsnotat) in CSV or DOCX with the columns party | remark |
 * response into consultation YAML (src/schemas/consultation.ts), validated before it is written.
 * The report (every row: imported, skipped, note or problem) goes to stderr; see usage below.
 *
 * Exit codes: 0 written (or printed); 1 a row could not be read (without --allow-partial) or the
 * result fails the consultation schema, and nothing was written; 2 wrong options, a file that
 * cannot be read as a table, or an output file that exists (without --force).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatProblem, formatProblems } from '../../src/content-check/content-errors.ts';
import { readContentFile, readContentFiles } from '../../src/content-check/content-files.ts';
import { ImportFileError, importConsultation, NOT_IMPORTED_MARKER } from './index.ts';
import { checkCrossReferences } from '../../src/content-check/cross-references.ts';
import { validateFiles } from '../../src/content-check/validate-content.ts';
import { contentDirectory } from '../../src/schemas/index.ts';
import { entryIdPattern, isId } from '../../src/schemas/ids.ts';
import { fail, readCommandLine, writeFileAtomically } from '../lib/cli.ts';

const usage = `Usage: npm run import:hoering -- <file.csv|file.docx> --municipality <id> --standard <municipality/standard/version>
         --title <title> --year <yyyy> --source <source id> [--locator <where in the source>]
         [--out <path> | --slug <slug>] [--force] [--allow-partial]

Reads a consultation table with the columns party | remark | response (CSV separated by ";" or ",",
or the tables of a Word .docx) and writes it as consultation YAML, checked against the consultation schema.

  --municipality   the municipality's id, such as koebenhavn
  --standard       the consulted standard version, such as koebenhavn/social-behandling-stoffer/2023-24
  --title          the memo's title, verbatim
  --year           the memo's year, such as 2023
  --source         the memo's id in content/sources/ (every consultation cites its source)
  --locator        where in the source the table is, such as "bilag 1" (optional)
  --out <path>     write the YAML to this file
  --slug <slug>    write it to content/consultations/<municipality>/<slug>.yaml
                   (without --out or --slug the YAML is printed to stdout)
  --force          overwrite an existing output file
  --allow-partial  write even when rows cannot be read: they go into notes verbatim, marked ${NOT_IMPORTED_MARKER}

Rows: header rows ("Høringspart | Bemærkning | Forvaltningens kommentar", any spelling) are skipped; an
empty or merged party cell means the party above; a row with text only in its first cell (or one cell
over the whole row) is a note, or a party's name as a heading when the rows below have no party; a
remark cell with the response in italics (and no response cell) is split into remark and response.
"changed" is true when the response says "Ændring på baggrund af bemærkning", and "change" is the text
after it. "sections" are the numbers after "afsnit", "pkt.", "punkt" or "kapitel", or in brackets such
as "(4.4.6)"; when the standard exists under content/, numbers it has no section for are left out.

The report of every row goes to stderr. Exit code 0: written; 1: rows could not be read or the result
is not valid, nothing written; 2: wrong options or a file that cannot be read.`;

const { values, positionals } = readCommandLine(
  usage,
  {
    municipality: { type: 'string' },
    standard: { type: 'string' },
    title: { type: 'string' },
    year: { type: 'string' },
    source: { type: 'string' },
    locator: { type: 'string' },
    out: { type: 'string' },
    slug: { type: 'string' },
    force: { type: 'boolean', default: false },
    'allow-partial': { type: 'boolean', default: false },
  },
  { positionals: true },
);
if (positionals.length !== 1) fail(2, `${positionals.length === 0 ? 'No file given' : `One file at a time; given ${positionals.length}`}.\n\n${usage}`);
const required = ['municipality', 'standard', 'title', 'year', 'source'] as const;
const missing = required.filter((name) => !values[name]?.trim());
if (missing.length > 0) fail(2, `Missing ${missing.map((m) => `--${m}`).join(', ')}.\n\n${usage}`);
if (values.out !== undefined && values.slug !== undefined) fail(2, 'Give --out or --slug, not both.');

const file = positionals[0];
const municipality = values.municipality!.trim();
const standard = values.standard!.trim();
const contentDir = contentDirectory();

let target: string | undefined;
if (values.slug !== undefined) {
  if (!isId(values.slug)) fail(2, `--slug: expected lower-case letters, digits and hyphens (write æ as ae, ø as oe, å as aa); found "${values.slug}"`);
  if (!isId(municipality)) fail(2, `--municipality: expected an id of lower-case letters, digits and hyphens, such as "koebenhavn"; found "${municipality}"`);
  target = join(contentDir, 'consultations', municipality, `${values.slug}.yaml`);
} else if (values.out !== undefined) {
  target = values.out;
}
if (target && existsSync(target) && !values.force) fail(2, `${target}: already exists; run again with --force to overwrite it`);
if (!existsSync(file)) fail(2, `${file}: no such file`);

/** The consulted standard's section ids, when it is under content/ and readable. */
function standardSections(): Set<string> | undefined {
  if (!entryIdPattern.test(standard) || !existsSync(join(contentDir, 'standards', `${standard}.mdx`))) return undefined;
  const sections = (readContentFile(contentDir, 'standards', `${standard}.mdx`).file?.data as { sections?: { id?: unknown }[] } | undefined)?.sections;
  return Array.isArray(sections) ? new Set(sections.map((s) => String(s?.id))) : undefined;
}

const outputName = target ?? `${basename(file).replace(/\.[^.]+$/, '')}.yaml (stdout)`;
/** What the rest needs of the import; the rows read and their outcomes are let go, which a table of 100,000 rows needs. */
let result: Pick<Awaited<ReturnType<typeof importConsultation>>, 'report' | 'unreadable' | 'yaml' | 'problems' | 'consultation'>;
try {
  const { report, unreadable, yaml, problems, consultation } = await importConsultation(
    readFileSync(file),
    file,
    { title: values.title!.trim(), municipality, standard, year: values.year!.trim(), source: values.source!.trim(), locator: values.locator?.trim() || undefined },
    { allowPartial: values['allow-partial'], outputName, knownSections: standardSections() },
  );
  result = { report, unreadable, yaml, problems, consultation };
} catch (error) {
  if (error instanceof ImportFileError) fail(2, error.message);
  throw error;
}

console.error(result.report.join('\n'));
result.report = [];
if (result.unreadable > 0 && !values['allow-partial']) {
  fail(1, `Nothing was written: ${result.unreadable} row${result.unreadable === 1 ? '' : 's'} of ${file} could not be read (PROBLEM above). Fix them, or run again with --allow-partial to keep them in notes marked ${NOT_IMPORTED_MARKER}.`);
}
if (!result.yaml) fail(1, `${formatProblems(result.problems)}\nNothing was written.`);

// What `npm run check:content` would say once the file is in content/: unknown source, standard, municipality or section.
if (existsSync(contentDir)) {
  const id = `${municipality}/${(target ? basename(target) : 'import').replace(/\.ya?ml$/, '')}`;
  const { files, foundIds } = readContentFiles(contentDir);
  const others = files.filter((f) => !(f.collection === 'consultations' && f.id === id));
  // The new consultation has passed the schema: only its references are checked, without reading it again.
  const { index } = validateFiles(others, foundIds);
  index.consultations.push({ id, file: outputName, data: result.consultation!, body: '' });
  foundIds.consultations.add(id);
  const ours = checkCrossReferences(index, foundIds).filter((p) => p.file === outputName);
  if (ours.length > 0) console.error(`Warning: npm run check:content will report, until the content under ${contentDir}/ has what this file refers to:\n${ours.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
}

if (target) {
  try {
    writeFileAtomically(target, result.yaml, { overwrite: values.force });
  } catch (error) {
    fail(2, `${(error as Error).message}. ${values.force && existsSync(target) ? 'The file is as it was.' : 'Nothing was written.'}`);
  }
  console.error(`Wrote ${target}${result.unreadable > 0 ? `, with ${result.unreadable} row${result.unreadable === 1 ? '' : 's'} kept in notes marked ${NOT_IMPORTED_MARKER}: fix ${result.unreadable === 1 ? 'it' : 'them'} before publishing` : ''}.`);
} else {
  process.stdout.write(result.yaml);
}
