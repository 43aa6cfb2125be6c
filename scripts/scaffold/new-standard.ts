/**
 * `npm run new:standard -- --kommune <id> --title <title> [--standard <id>] [--version <label>] [--area stoffer|alkohol|begge]`
 *
 * Creates content/standards/<kommune>/<standard>/<version>.mdx: a draft (status "udkast") with one
 * empty section per element of content/rules/kvalitetsstandard-elementer.yaml, each with an
 * instruction for the editor as an MDX comment. Checked like `npm run check:content` before it is
 * written; never overwrites.
 *
 * Exit codes: 0 written; 1 the draft would not pass the content check (the rule file or a law or
 * source it cites is missing), nothing written; 2 wrong options, an unknown municipality, or a
 * file or standard that already exists.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblems } from '../../src/content-check/content-errors.ts';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { buildDate } from '../../src/data/build-date.ts';
import { checkId, requireMunicipality, standardElementsRule } from './draft-checks.ts';
import { problemsWithNewStandard, skeletonSections, standardSkeleton, type StandardArea } from './scaffold.ts';
import { contentDirectory } from '../../src/schemas/index.ts';
import { standardAreas } from '../../src/schemas/standard.ts';
import { danishList, fail, readCommandLine, shown, writeFileAtomically } from '../lib/cli.ts';

const usage = `Brug: npm run new:standard -- --kommune <id> --title <titel> [--standard <id>] [--version <navn>]
         [--area stoffer|alkohol|begge] [--content <mappe>]

Laver den første version af en kvalitetsstandard som et udkast: content/standards/<kommune>/<standard>/<version>.mdx.
Filen får ét tomt afsnit for hvert emne, standarden skal indeholde (BEK 1477/2019 § 4 og vejledningen,
fra content/rules/kvalitetsstandard-elementer.yaml), og i hvert afsnit en kommentar om, hvad du skal skrive.

  --kommune    kommunens id, som er navnet på dens fil i content/municipalities/, fx ishoej
  --title      standardens titel, fx "Kvalitetsstandard for social behandling for brug af stoffer"
  --standard   standardens id i adresserne (kan udelades: så bruges newStandard i content/rules/kvalitetsstandard-elementer.yaml)
  --version    versionens navn (kan udelades: så bruges årstallet, fx ${buildDate().slice(0, 4)})
  --area       hvad standarden handler om: stoffer (hvis du ikke skriver andet), alkohol eller begge
  --content    mappen med indhold (kan udelades: så bruges content, eller CONTENT_ROOT, hvis den er sat)

Kommandoen overskriver aldrig en fil, der findes. Vil du starte den næste version af en standard,
der findes, så brug npm run new:version -- <kommune>/<standard>.

Exitkode 0: filen er gemt. 1: udkastet ville ikke bestå npm run check:content, og der er ikke gemt noget.
2: forkerte tilvalg, en ukendt kommune, eller en standard eller fil, der findes i forvejen.`;

const { values } = readCommandLine(usage, {
  kommune: { type: 'string' },
  title: { type: 'string' },
  standard: { type: 'string' },
  version: { type: 'string' },
  area: { type: 'string', default: 'stoffer' },
  content: { type: 'string' },
});
const missing = (['kommune', 'title'] as const).filter((name) => !values[name]?.trim());
if (missing.length > 0) fail(2, `Der mangler ${danishList(missing.map((m) => `--${m}`))}.\n\n${usage}`);
if (!(standardAreas as readonly string[]).includes(values.area)) fail(2, `--area: skal være ${danishList(standardAreas, 'eller')}; der står "${values.area}"`);
const area = values.area as StandardArea;
const municipality = values.kommune!.trim();
const title = values.title!.trim();
const version = values.version?.trim() || buildDate().slice(0, 4);
checkId('kommune', municipality, 'koebenhavn');
checkId('version', version, '2026');

const contentDir = values.content ?? contentDirectory();
if (!existsSync(join(contentDir, 'municipalities'))) fail(2, `${shown(contentDir)}: er ikke en mappe med indhold (den har ingen mappe municipalities/)`);

const { files, foundIds } = readContentFiles(contentDir);
const rule = standardElementsRule(files, foundIds, contentDir, 'udkastet får sine afsnit og standardværdier fra den', 'Der er ikke gemt noget.');
const { elements } = rule;
const defaults = rule.newStandard[area];
const standard = values.standard?.trim() || defaults.standard;
checkId('standard', standard, defaults.standard);
requireMunicipality(foundIds, contentDir, municipality);

const id = `${municipality}/${standard}/${version}`;
const target = join(contentDir, 'standards', municipality, standard, `${version}.mdx`);
if (existsSync(target)) {
  fail(2, `${shown(target)}: filen findes allerede, og kommandoen overskriver aldrig. Vælg en anden --version, eller start den næste version med npm run new:version -- ${municipality}/${standard}`);
}
const folder = dirname(target);
const versions = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)) : [];
if (versions.length > 0) {
  fail(
    2,
    `${municipality}/${standard} har allerede ${versions.length === 1 ? 'en version' : 'versioner'} (${versions.sort().join(', ')}). Kør denne kommando for at starte den næste version ud fra den gældende tekst:\n  npm run new:version -- ${municipality}/${standard}\nVil du starte en anden standard, så vælg en anden --standard.`,
  );
}

const text = standardSkeleton({ municipality, standard, version, title, area, elements, defaults });
const problems = problemsWithNewStandard(files, id, shown(target), text, foundIds);
if (problems.length > 0) fail(1, `${formatProblems(problems)}\nDer er ikke gemt noget.`);

try {
  writeFileAtomically(target, text, { overwrite: false });
} catch (error) {
  fail(1, `${(error as Error).message}. Der er ikke gemt noget.`);
}
const sections = skeletonSections(elements);
const statutory = elements.filter((e) => e.basis === 'bekendtgoerelse').length;
console.log(`${shown(target)} er oprettet: et udkast (status "udkast") af "${title}" med ${sections.length} tomme afsnit, ét for hvert af de ${statutory} emner, som BEK 1477/2019 § 4 kræver, og de ${sections.length - statutory}, som vejledningen beskriver.

Det næste, du skal gøre:
  1. Skriv hvert afsnits tekst under dets overskrift. Kommentarerne {/* ... */} siger, hvad du skal skrive;
     de vises ikke på siden. Slet kommentaren, når afsnittet er skrevet. Du må gerne omdøbe, slå sammen
     eller omnummerere afsnit: behold hvert afsnits "elements", så tjeklisten passer.
  2. Skriv resuméet (summary, vises i oversigter) øverst i filen, og tjek titlen.
  3. Tjek dit arbejde: npm run check:content. Se siden: npm run dev, og åbn
     http://localhost:4321/standarder/${municipality}/${standard}/${version}/
     Alle filer under content/standards/ bliver udgivet, også udkast (mærket "Udkast").
  4. Sendt i høring: skriv status: i-hoering. Importér høringssvarene med npm run import:hoering,
     og skriv consultation: ${municipality}/<høringens filnavn>.
  5. Vedtaget: skriv status: vedtaget, adoptedBy (fx Socialudvalget), adoptedOn og validFrom (ÅÅÅÅ-MM-DD).
${defaults.note ? `\n${defaults.note}\n` : ''}`);
