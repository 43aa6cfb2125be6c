/**
 * `npm run import:hoering -- <file> --municipality <id> --standard <m/s/v> --title <title> --year <yyyy> --source <id> [options]`
 *
 * Turns a consultation table (høringsnotat) in CSV, DOCX or XLSX with the columns party | remark |
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
import { danishList, fail, readCommandLine, writeFileAtomically } from '../lib/cli.ts';

const usage = `Brug: npm run import:hoering -- <fil.csv|fil.docx|fil.xlsx> --municipality <id> --standard <kommune/standard/version>
         --title <titel> --year <åååå> --source <kildens id> [--locator <sted i kilden>]
         [--out <sti> | --slug <slug>] [--sheet <ark>] [--force] [--allow-partial]

Læser en høringstabel med kolonnerne høringspart | bemærkning | svar og gemmer den som YAML for en høring.
Tabellen kan være en CSV-fil delt med ";" eller "," (også Excels "CSV (semikolonsepareret)" og "CSV UTF-8"),
tabellerne i en Word-fil (.docx) eller det første ark i en Excel-fil (.xlsx), kolonne A, B og C.
YAML'en bliver tjekket mod skemaet for høringer, før den gemmes.

  --municipality   kommunens id, fx koebenhavn
  --standard       den version af standarden, der var i høring, fx koebenhavn/social-behandling-stoffer/2023-24
  --title          høringsnotatets titel, præcis som den står
  --year           høringsnotatets år, fx 2023
  --source         høringsnotatets id i content/sources/ (hver høring nævner sin kilde)
  --locator        hvor i kilden tabellen står, fx "bilag 1" (kan udelades)
  --out <sti>      gem YAML'en i denne fil
  --slug <slug>    gem den i content/consultations/<kommune>/<slug>.yaml
                   (uden --out og --slug skrives YAML'en på skærmen, stdout)
  --sheet <ark>    Excel: læs arket med dette navn (som på fanen) eller nummer i stedet for det første
  --force          overskriv en fil, der findes i forvejen
  --allow-partial  gem filen, selv om nogle rækker ikke kan læses: de kommer ordret i notes, mærket ${NOT_IMPORTED_MARKER}

Rækkerne: En overskriftsrække ("Høringspart | Bemærkning | Forvaltningens kommentar", også "Part", "Afsender",
"Høringssvar", "Ministeriets kommentar", "Byrådets kommentar", "Svar" osv.) springes over. En tom eller flettet
celle til høringsparten betyder høringsparten i rækken ovenover. Nævner cellen flere høringsparter ("Danske
Regioner, KL og Dansk Sygeplejeråd", eller én pr. linje), gemmes de alle: den første i »party«, de andre i
»alsoFrom«. Er cellen til svaret tom (fx "Har ikke afgivet høringssvar."), gemmes rækken uden svar, og siden
viser "Ingen kommentar". En række med tekst kun i første celle (eller med én celle over hele rækken) er en
note. Den er i stedet en overskrift med en høringsparts navn, når rækkerne under den ikke har en høringspart.
En celle med bemærkningen og svaret i kursiv (og ingen celle til svaret) deles i bemærkning og svar.
»changed« er true, når svaret siger "Ændring på baggrund af bemærkning", og »change« er teksten efter det.
»sections« er tallene efter "afsnit", "pkt.", "punkt" eller "kapitel", eller tal i parentes, fx "(4.4.6)".
Findes standarden under content/, bliver de tal udeladt, som standarden ikke har et afsnit for.

Rapporten om hver række skrives i stderr. Exitkode 0: filen er gemt. 1: nogle rækker kan ikke læses, eller
resultatet er ikke gyldigt, og der er ikke gemt noget. 2: forkerte tilvalg eller en fil, der ikke kan læses.`;

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
    sheet: { type: 'string' },
    force: { type: 'boolean', default: false },
    'allow-partial': { type: 'boolean', default: false },
  },
  { positionals: true },
);
if (positionals.length !== 1) fail(2, `${positionals.length === 0 ? 'Du har ikke angivet en fil' : `Angiv én fil ad gangen. Du har angivet ${positionals.length}`}.\n\n${usage}`);
const required = ['municipality', 'standard', 'title', 'year', 'source'] as const;
const missing = required.filter((name) => !values[name]?.trim());
if (missing.length > 0) fail(2, `Der mangler ${danishList(missing.map((m) => `--${m}`))}.\n\n${usage}`);
if (values.out !== undefined && values.slug !== undefined) fail(2, 'Brug enten --out eller --slug, ikke begge.');

const file = positionals[0];
const municipality = values.municipality!.trim();
const standard = values.standard!.trim();
const contentDir = contentDirectory();

let target: string | undefined;
if (values.slug !== undefined) {
  if (!isId(values.slug)) fail(2, `--slug: skal være et id af små bogstaver, tal og bindestreger (skriv æ som ae, ø som oe og å som aa); der står "${values.slug}"`);
  if (!isId(municipality)) fail(2, `--municipality: skal være et id af små bogstaver, tal og bindestreger, fx "koebenhavn"; der står "${municipality}"`);
  target = join(contentDir, 'consultations', municipality, `${values.slug}.yaml`);
} else if (values.out !== undefined) {
  target = values.out;
}
if (target && existsSync(target) && !values.force) fail(2, `${target}: filen findes allerede. Kør kommandoen igen med --force, hvis du vil overskrive den.`);
if (!existsSync(file)) fail(2, `${file}: filen findes ikke`);

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
    { allowPartial: values['allow-partial'], outputName, knownSections: standardSections(), sheet: values.sheet },
  );
  result = { report, unreadable, yaml, problems, consultation };
} catch (error) {
  if (error instanceof ImportFileError) fail(2, error.message);
  throw error;
}

console.error(result.report.join('\n'));
result.report = [];
if (result.unreadable > 0 && !values['allow-partial']) {
  const them = result.unreadable === 1 ? 'den' : 'dem';
  fail(
    1,
    `Der er ikke gemt noget: ${result.unreadable} ${result.unreadable === 1 ? 'række' : 'rækker'} i ${file} kan ikke læses (se FEJL ovenfor). Ret ${them} i tabellen, eller kør kommandoen igen med --allow-partial for at gemme ${them} i notes, mærket ${NOT_IMPORTED_MARKER}.`,
  );
}
if (!result.yaml) fail(1, `${formatProblems(result.problems)}\nDer er ikke gemt noget.`);

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
  if (ours.length > 0) console.error(`Advarsel: npm run check:content vil melde fejl, indtil indholdet under ${contentDir}/ har det, som filen henviser til:\n${ours.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
}

if (target) {
  try {
    writeFileAtomically(target, result.yaml, { overwrite: values.force });
  } catch (error) {
    fail(2, `${(error as Error).message}. ${values.force && existsSync(target) ? 'Filen er, som den var.' : 'Der er ikke gemt noget.'}`);
  }
  const kept = result.unreadable === 1 ? '1 række, der ikke kunne læses, står' : `${result.unreadable} rækker, der ikke kunne læses, står`;
  console.error(`${target} er gemt.${result.unreadable > 0 ? ` ${kept} i notes, mærket ${NOT_IMPORTED_MARKER}. Ret ${result.unreadable === 1 ? 'den' : 'dem'}, før filen udgives.` : ''}`);
} else {
  process.stdout.write(result.yaml);
}
