/**
 * `npm run new:version -- <municipality>/<standard> [--version <label>]`
 *
 * Starts the next version of a quality standard: copies the version in force today (or the version
 * named) to a new file with the next label, as a draft (status "udkast") that supersedes it, without
 * the old version's adoption, consultation and recorded changes, and with the same text. Checked
 * like `npm run check:content` before it is written; never overwrites.
 *
 * Exit codes: 0 written; 1 the standard's files have problems to fix first, or the new version would
 * not pass the content check, nothing written; 2 wrong arguments, an unknown standard or version,
 * a label that cannot be derived, or a version that already exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatProblems } from '../../src/content-check/content-errors.ts';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { buildDate } from '../../src/data/build-date.ts';
import { clearedFields, nextVersionFile, nextVersionLabel, parseStandardReference, problemsWithNewStandard } from './scaffold.ts';
import { currentVersion, statusLabels, type VersionInfo } from '../../src/domain/standards/versions.ts';
import { validateFiles } from '../../src/content-check/validate-content.ts';
import { contentDirectory } from '../../src/schemas/index.ts';
import { isId } from '../../src/schemas/ids.ts';
import { danishList, fail, readCommandLine, shown, writeFileAtomically } from '../lib/cli.ts';

const usage = `Brug: npm run new:version -- <kommune>/<standard> [--version <navn>] [--content <mappe>]
 eller: npm run new:version -- content/standards/<kommune>/<standard>[/<version>.mdx] [--version <navn>]

Starter den næste version af en kvalitetsstandard ud fra den version, der gælder i dag (den vedtagne
version, der senest er trådt i kraft; er der ingen, så det udkast, der er nået længst), eller ud fra den
version, du nævner. Den nye fil content/standards/<kommune>/<standard>/<navn>.mdx får de samme afsnit og
den samme tekst, status "udkast" og "supersedes: <den gamle versions navn>". Den gamle versions
${danishList(clearedFields)} og alle afsnits "changes" kommer ikke med.

  --version    den nye versions navn. Uden det findes navnet ud fra det gamle:
               et årstal tæller op ("2025" → "2026"), en periode af år rykker frem ("2023-24" → "2025-26"),
               aldrig til et år før i år; et andet navn, der ender på et tal, tæller tallet op
               ("udgave-2" → "udgave-3"). Alle andre navne kræver --version.
  --content    mappen med indhold (kan udelades: så bruges content, eller CONTENT_ROOT, hvis den er sat)

Kommandoen overskriver aldrig en fil, der findes.

Exitkode 0: filen er gemt. 1: standardens filer har fejl, eller den nye version ville ikke bestå
npm run check:content, og der er ikke gemt noget. 2: forkerte tilvalg, en ukendt standard eller
version, eller en version, der findes i forvejen.`;

const { values, positionals } = readCommandLine(
  usage,
  {
    version: { type: 'string' },
    content: { type: 'string' },
  },
  { positionals: true },
);
if (positionals.length !== 1) fail(2, `${positionals.length === 0 ? 'Du har ikke angivet en standard' : `Angiv én standard ad gangen. Du har angivet ${positionals.length}`}.\n\n${usage}`);
const reference = parseStandardReference(positionals[0]);
if ('error' in reference) fail(2, `${reference.error}\n\n${usage}`);
const { municipality, standard } = reference;

const contentDir = values.content ?? contentDirectory();
const folder = join(contentDir, 'standards', municipality, standard);
const { files, foundIds, problems: readProblems } = readContentFiles(contentDir);
const prefix = `${municipality}/${standard}/`;
if (![...foundIds.standards].some((id) => id.startsWith(prefix))) {
  const known = [...foundIds.standards].map((id) => id.split('/').slice(0, 2).join('/'));
  fail(
    2,
    `Der er ingen standard "${municipality}/${standard}" i ${shown(join(contentDir, 'standards'))}/ (de kendte er ${[...new Set(known)].sort().map((k) => `"${k}"`).join(', ') || 'ingen'}).\n` +
      `Vil du starte en ny standard, så kør npm run new:standard -- --kommune ${municipality} --title "<titel>"`,
  );
}

// The standard's own files must be valid: the version in force is chosen from their fields.
const { index, problems: validationProblems } = validateFiles(files, foundIds);
// Problems name files from the working folder, as readContentFiles does.
const folderShown = `${relative(process.cwd(), resolve(folder)).split('\\').join('/')}/`;
const ownProblems = [...readProblems, ...validationProblems].filter((p) => p.file.startsWith(folderShown));
if (ownProblems.length > 0) fail(1, `${formatProblems(ownProblems)}\nRet disse fejl først (npm run check:content), og kør så kommandoen igen. Der er ikke gemt noget.`);

const versions = index.standards.filter((e) => e.id.startsWith(prefix));
const today = buildDate();
const source = reference.version
  ? versions.find((v) => v.data.version === reference.version)
  : currentVersion(versions.map((v) => ({ ...(v.data as VersionInfo), entry: v })), today)?.entry;
if (!source) fail(2, `${municipality}/${standard} har ingen version "${reference.version}" (den har ${danishList(versions.map((v) => `"${v.data.version}"`))})`);
const oldLabel = source.data.version;

const newLabel = values.version?.trim() || nextVersionLabel(oldLabel, today);
if (!newLabel) fail(2, `Navnet på versionen efter "${oldLabel}" kan ikke findes automatisk: skriv det nye navn med --version, fx --version ${today.slice(0, 4)}`);
if (!isId(newLabel)) fail(2, `--version: skal være små bogstaver, tal og bindestreger, fx "2026" eller "2025-26"; der står "${newLabel}"`);
const target = join(folder, `${newLabel}.mdx`);
if (existsSync(target) || versions.some((v) => v.data.version === newLabel)) {
  fail(2, `${shown(target)}: version "${newLabel}" findes allerede, og kommandoen overskriver aldrig. Skriv et andet navn med --version.`);
}

let result: ReturnType<typeof nextVersionFile>;
try {
  result = nextVersionFile(readFileSync(join(contentDir, 'standards', `${source.id}.mdx`), 'utf8'), newLabel);
} catch (error) {
  fail(1, `${source.file}: ${error instanceof Error ? error.message : String(error)}. Der er ikke gemt noget.`);
}
const problems = problemsWithNewStandard(files, `${prefix}${newLabel}`, shown(target), result.text, foundIds);
if (problems.length > 0) fail(1, `${formatProblems(problems)}\nDer er ikke gemt noget.`);

try {
  writeFileAtomically(target, result.text, { overwrite: false });
} catch (error) {
  fail(1, `${(error as Error).message}. Der er ikke gemt noget.`);
}
const why = reference.version ? 'den version, du nævnte' : `den version, der vises som gældende ${today}`;
const sectionCount = source.data.sections.length;
const lines = [
  `${shown(target)} er oprettet ud fra version ${oldLabel} (${why}, status ${statusLabels[source.data.status].toLowerCase()}):`,
  `  - status "udkast", supersedes "${oldLabel}"; de samme ${sectionCount === 1 ? '1 afsnit' : `${sectionCount} afsnit`} og den samme tekst`,
  result.cleared.length > 0 ? `  - udeladt: ${result.cleared.join(', ')}` : undefined,
  result.clearedChanges.length > 0 ? `  - de registrerede ændringer (changes) i afsnit ${danishList(result.clearedChanges)} er fjernet` : undefined,
  result.title ? `  - titel: "${result.title.to}" (var "${result.title.from}")` : undefined,
  '',
  'Det næste, du skal gøre:',
  '  1. Ret teksten. For hvert afsnit, du ændrer, skriv under dets "changes", hvad der er ændret og hvorfor:',
  '       changes:',
  '         - description: <hvad der er ændret, i almindeligt dansk>',
  '           cause: forvaltningen            # eller hoeringssvar, med de rækker i høringen, der førte til ændringen:',
  `           responses: [${municipality}/<høring>#<rækkens id>]`,
  '     Et nyt afsnit skal have en overskrift, der ender på {#afsnit-<id>}, og en linje under "sections". Fjerner du',
  '     et afsnit, så slet begge dele, og skriv det under "changes" i et afsnit tæt på.',
  '  2. Ret resuméet (summary). Tjek med npm run check:content, og se siden med npm run dev.',
  '     Alle filer under content/standards/ bliver udgivet, også udkast (mærket "Udkast").',
  `  3. Sendt i høring: skriv status: i-hoering; importér høringssvarene med npm run import:hoering, og skriv consultation: ${municipality}/<høringens filnavn>.`,
  `  4. Vedtaget: skriv status: vedtaget, adoptedBy, adoptedOn og validFrom (ÅÅÅÅ-MM-DD)${source.data.status === 'vedtaget' ? `, og skriv status: historisk i version ${oldLabel}` : ''}.`,
];
console.log(lines.filter((line) => line !== undefined).join('\n'));
