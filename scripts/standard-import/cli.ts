/**
 * `npm run import:standard -- <file.docx> --kommune <id> [--title ...] [--standard <id>] [--version <label>] [--out <file.mdx>] [--force]`
 *
 * Turns a council's quality standard in Word into a draft standard version (status "udkast"):
 * headings become sections with ids, tables GFM tables; lists, bold, italics, links and footnotes
 * are kept; each section is mapped to the BEK 1477/2019 § 4 element it covers by its words, and the
 * mapping is printed and written in the frontmatter. Whatever could not be carried over is listed
 * with where it is. Checked like `npm run check:content` before it is written, atomically.
 *
 * Exit codes: 0 written; 1 the draft would not pass the content check, nothing written; 2 wrong
 * options, an unknown municipality, a file that cannot be read, or a file that exists (without --force).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems } from '../../src/content-check/content-errors.ts';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { buildDate } from '../../src/data/build-date.ts';
import { contentDirectory } from '../../src/schemas/index.ts';
import { standardAreas } from '../../src/schemas/standard.ts';
import { problemsWithNewStandard, type StandardArea } from '../scaffold/scaffold.ts';
import { checkId, requireMunicipality, standardElementsRule } from '../scaffold/draft-checks.ts';
import { docxLimits } from '../hoering-import/zip-limits.ts';
import { fail, readCommandLine, shown, writeFileAtomically } from '../lib/cli.ts';
import { readStandardDocx, StandardFileError } from './read-docx.ts';
import { importStandard, reportText, sectionLabel } from './standard-file.ts';

const usage = `Sådan bruges den: npm run import:standard -- <fil.docx> --kommune <id> [--title <titel>] [--standard <id>]
         [--version <betegnelse>] [--area stoffer|alkohol|begge] [--out <fil.mdx>] [--force] [--content <mappe>]

Laver en kvalitetsstandard i Word (.docx) om til et udkast (status »udkast«) på Rusmiddelguiden:
content/standards/<kommune>/<standard>/<version>.mdx. Overskrifterne bliver afsnit, tabeller bliver
tabeller, og lister, fed og kursiv skrift, links og fodnoter bliver taget med. Hvert afsnit får de emner
fra bekendtgørelsens § 4 (BEK 1477/2019), det handler om, ud fra overskriftens og tekstens ord; du kan
rette dem øverst i filen. Kommandoen skriver, hvad den ikke kunne tage med (fx billeder og kommentarer),
og hvor det står.

  --kommune    kommunens id, dens filnavn i content/municipalities/, fx ishoej
  --title      standardens titel (standard: titlen i Word-filen)
  --standard   standardens id i adressen (standard efter område: newStandard i content/rules/kvalitetsstandard-elementer.yaml)
  --version    versionens betegnelse (standard: i år, fx ${buildDate().slice(0, 4)})
  --area       hvilke rusmidler standarden handler om: stoffer (standard), alkohol eller begge
  --out        gem udkastet i denne fil i stedet for i content/standards/
  --force      overskriv filen, hvis den findes
  --content    indholdsmappen (standard: content, eller CONTENT_ROOT, når den er sat)

Filen bliver tjekket som med npm run check:content, før den bliver gemt. En fil, der findes, bliver kun
overskrevet med --force.

Slutkode 0: gemt; 1: udkastet ville ikke bestå npm run check:content, intet er gemt; 2: forkerte
tilvalg, en ukendt kommune, en fil, der ikke kan læses, eller en fil, der findes i forvejen.`;

/** A version label as YAML needs it: quoted when it would read as a number. */
const scalarLabel = (label: string) => (/^\d+$/.test(label) ? `"${label}"` : label);

const { values, positionals } = readCommandLine(
  usage,
  {
    kommune: { type: 'string' },
    title: { type: 'string' },
    standard: { type: 'string' },
    version: { type: 'string' },
    area: { type: 'string', default: 'stoffer' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    content: { type: 'string' },
  },
  { positionals: true },
);
if (positionals.length !== 1) fail(2, `${positionals.length === 0 ? 'Du har ikke angivet en Word-fil' : `Angiv én Word-fil ad gangen. Du har angivet ${positionals.length}`}.\n\n${usage}`);
if (!values.kommune?.trim()) fail(2, `Der mangler --kommune.\n\n${usage}`);
if (!(standardAreas as readonly string[]).includes(values.area)) fail(2, `--area: skal være en af ${standardAreas.join(', ')}; der står "${values.area}"`);
const area = values.area as StandardArea;
const municipality = values.kommune.trim();
const version = values.version?.trim() || buildDate().slice(0, 4);
checkId('kommune', municipality, 'koebenhavn');
checkId('version', version, '2026');
if (values.out !== undefined && !values.out.endsWith('.mdx')) fail(2, `--out: skal være navnet på en .mdx-fil, fx udkast.mdx; der står "${values.out}"`);

const source = positionals[0];
if (!existsSync(source)) fail(2, `${source}: filen findes ikke`);
if (statSync(source).isDirectory()) fail(2, `${source}: er en mappe, ikke en Word-fil`);
if (statSync(source).size > docxLimits.maxFileBytes) fail(2, `${source}: er for stor til at blive læst: en Word-fil må højst fylde ${Math.round(docxLimits.maxFileBytes / 1024 / 1024)} MB`);

const contentDir = values.content ?? contentDirectory();
if (!existsSync(join(contentDir, 'municipalities'))) fail(2, `${shown(contentDir)}: er ikke en indholdsmappe (den har ingen mappe municipalities/)`);
const { files, foundIds } = readContentFiles(contentDir);
const rule = standardElementsRule(files, foundIds, contentDir, 'importen finder emnerne i den', 'Intet er gemt.');
const defaults = rule.newStandard[area];
const standard = values.standard?.trim() || defaults.standard;
checkId('standard', standard, defaults.standard);
requireMunicipality(foundIds, contentDir, municipality);

const id = `${municipality}/${standard}/${version}`;
const target = values.out ?? join(contentDir, 'standards', municipality, standard, `${version}.mdx`);
if (existsSync(target) && !values.force) fail(2, `${shown(target)}: filen findes allerede, og kommandoen overskriver ikke uden --force. Vælg en anden --version eller --out, eller kør kommandoen igen med --force.`);

let result: ReturnType<typeof importStandard>;
try {
  const read = await readStandardDocx(new Uint8Array(readFileSync(source)), source);
  result = importStandard(read, { file: source, municipality, standard, version, area, title: values.title, elements: rule.elements, defaults });
} catch (error) {
  if (error instanceof StandardFileError) fail(2, `${error.message}\nIntet er gemt.`);
  throw error;
}
if (result.text === undefined) fail(2, `${source}: Word-filen har ingen titel (ingen tekst med typografien Titel og ingen overskrift øverst, der kan være titlen). Angiv titlen med --title, fx --title "Kvalitetsstandard for social behandling for brug af stoffer".`);
if (result.sections.length === 0) fail(2, `${source}: Word-filen har ingen tekst at importere.`);

const problems = problemsWithNewStandard(files, id, shown(target), result.text, foundIds);
if (problems.length > 0) fail(1, `${formatProblems(problems)}\nUdkastet ville ikke bestå npm run check:content. Intet er gemt.`);

try {
  writeFileAtomically(target, result.text, { overwrite: values.force });
} catch (error) {
  fail(2, `${(error as Error).message}. ${values.force && existsSync(target) ? 'Filen er, som den var.' : 'Intet er gemt.'}`);
}

const numbered = result.sections.filter((s) => /^\d/.test(s.id)).length;
const otherVersions = [...foundIds.standards].filter((v) => v.startsWith(`${municipality}/${standard}/`) && v !== id).map((v) => v.split('/')[2]).sort();
const supersedesHint =
  otherVersions.length > 0
    ? `\n  4. Standarden har ${otherVersions.length === 1 ? 'versionen' : 'versionerne'} ${otherVersions.join(', ')} i forvejen. Afløser udkastet ${otherVersions.length === 1 ? 'den, så skriv' : 'en af dem, så skriv fx'} supersedes: ${scalarLabel(otherVersions.at(-1)!)} under version øverst i filen.`
    : '';
console.log(`Gemt: ${shown(target)}, et udkast (status »udkast«) af »${result.title}« med ${result.sections.length} afsnit (${numbered} med kommunens egne numre) fra ${source}.${
  result.titleFrom === 'first-heading' ? `\nTitlen er dokumentets første overskrift. Er den forkert, så ret »title« øverst i filen.` : ''
}

${reportText(result, rule.elements)}

Næste skridt:
  1. Tjek afsnittene og deres »elements« øverst i filen, og skriv et kort resumé i »summary«.
  2. Skriv de emner, der mangler, eller ret »elements«, hvis et afsnit dækker dem.
  3. Tjek dit arbejde: npm run check:content. Se siden: npm run dev, og åbn
     http://localhost:4321/standarder/${municipality}/${standard}/${version}/
${values.out ? `     (filen ligger i ${shown(target)}: flyt den til content/standards/${id}.mdx, når den skal på siden.)\n` : ''}${supersedesHint ? `${supersedesHint.slice(1)}\n` : ''}  Afsnittene: ${result.sections.map(sectionLabel).join(' · ')}`);
