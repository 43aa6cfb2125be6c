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
import { validateFiles } from '../../src/content-check/validate-content.ts';
import { buildDate } from '../../src/data/build-date.ts';
import { problemsWithNewStandard, skeletonSections, standardSkeleton, type StandardArea, type StandardElementsRule } from './scaffold.ts';
import { contentDirectory } from '../../src/schemas/index.ts';
import { standardAreas } from '../../src/schemas/standard.ts';
import { isId, toId } from '../../src/schemas/ids.ts';
import { fail, readCommandLine, shown, writeFileAtomically } from '../lib/cli.ts';

const usage = `Usage: npm run new:standard -- --kommune <id> --title <title> [--standard <id>] [--version <label>]
         [--area stoffer|alkohol|begge] [--content <folder>]

Creates the first version of a quality standard as a draft: content/standards/<kommune>/<standard>/<version>.mdx,
with one empty section for each element the standard must contain (BEK 1477/2019 § 4 and the guidance,
from content/rules/kvalitetsstandard-elementer.yaml) and, in each, a comment saying what to write.

  --kommune    the municipality's id, its file name in content/municipalities/, such as ishoej
  --title      the standard's title, such as "Kvalitetsstandard for social behandling for brug af stoffer"
  --standard   the standard's id in addresses (default by area: newStandard in content/rules/kvalitetsstandard-elementer.yaml)
  --version    the version's label (default: this year, such as ${buildDate().slice(0, 4)})
  --area       which substances it covers: stoffer (default), alkohol or begge
  --content    the content folder (default: content, or CONTENT_ROOT when set)

Existing files are never overwritten. To start the next version of a standard that exists, use
npm run new:version -- <kommune>/<standard>.

Exit code 0: written; 1: the draft would not pass npm run check:content, nothing written; 2: wrong
options, an unknown municipality, or a standard or file that already exists.`;

/** A clear line for an id option that is not an id, with the id it probably should be. */
function checkId(option: string, value: string, example: string) {
  if (isId(value)) return;
  const suggestion = toId(value);
  fail(2, `--${option}: expected lower-case letters, digits and hyphens (write æ as ae, ø as oe, å as aa), such as "${example}"; found "${value}"${suggestion ? `. Did you mean "${suggestion}"?` : ''}`);
}

const { values } = readCommandLine(usage, {
  kommune: { type: 'string' },
  title: { type: 'string' },
  standard: { type: 'string' },
  version: { type: 'string' },
  area: { type: 'string', default: 'stoffer' },
  content: { type: 'string' },
});
const missing = (['kommune', 'title'] as const).filter((name) => !values[name]?.trim());
if (missing.length > 0) fail(2, `Missing ${missing.map((m) => `--${m}`).join(' and ')}.\n\n${usage}`);
if (!(standardAreas as readonly string[]).includes(values.area)) fail(2, `--area: expected one of ${standardAreas.join(', ')}; found "${values.area}"`);
const area = values.area as StandardArea;
const municipality = values.kommune!.trim();
const title = values.title!.trim();
const version = values.version?.trim() || buildDate().slice(0, 4);
checkId('kommune', municipality, 'koebenhavn');
checkId('version', version, '2026');

const contentDir = values.content ?? contentDirectory();
if (!existsSync(join(contentDir, 'municipalities'))) fail(2, `${shown(contentDir)}: not a content folder (it has no municipalities/ folder)`);

const { files, foundIds } = readContentFiles(contentDir);
const rule: StandardElementsRule | undefined = validateFiles(files, foundIds).index.rules.flatMap((e) => (e.data.kind === 'standard-elements' ? [e.data] : []))[0];
if (rule === undefined) {
  fail(1, `No valid rule file with kind "standard-elements" in ${shown(join(contentDir, 'rules'))}/: the skeleton takes its sections and defaults from it. Run npm run check:content to see what is wrong. Nothing was written.`);
}
const { elements } = rule;
const defaults = rule.newStandard[area];
const standard = values.standard?.trim() || defaults.standard;
checkId('standard', standard, defaults.standard);
if (!foundIds.municipalities.has(municipality)) {
  const known = [...foundIds.municipalities].sort();
  fail(
    2,
    [
      `No municipality "${municipality}" in ${shown(join(contentDir, 'municipalities'))}/ (known: ${known.map((k) => `"${k}"`).join(', ') || 'none'}).`,
      `Add it first: create ${shown(join(contentDir, 'municipalities', `${municipality}.yaml`))} with its name, its official three-digit`,
      'kommunekode in quotes and its region, for example',
      '',
      '  name: Ishøj Kommune',
      '  code: "183"',
      '  region: Region Hovedstaden',
      '',
      '(the fields are described in src/schemas/municipality.ts), check it with npm run check:content, and run this command again.',
    ].join('\n'),
  );
}

const id = `${municipality}/${standard}/${version}`;
const target = join(contentDir, 'standards', municipality, standard, `${version}.mdx`);
if (existsSync(target)) fail(2, `${shown(target)}: already exists, and this command never overwrites. Choose another --version, or start the next version with npm run new:version -- ${municipality}/${standard}`);
const folder = dirname(target);
const versions = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)) : [];
if (versions.length > 0) {
  fail(
    2,
    `${municipality}/${standard} already has ${versions.length === 1 ? 'a version' : 'versions'} (${versions.sort().join(', ')}). To start the next version from the text in force, run\n  npm run new:version -- ${municipality}/${standard}\nTo start another standard, choose another --standard.`,
  );
}

const text = standardSkeleton({ municipality, standard, version, title, area, elements, defaults });
const problems = problemsWithNewStandard(files, id, shown(target), text, foundIds);
if (problems.length > 0) fail(1, `${formatProblems(problems)}\nNothing was written.`);

try {
  writeFileAtomically(target, text, { overwrite: false });
} catch (error) {
  fail(1, `${(error as Error).message}. Nothing was written.`);
}
const sections = skeletonSections(elements);
const statutory = elements.filter((e) => e.basis === 'bekendtgoerelse').length;
console.log(`Created ${shown(target)}: a draft (status "udkast") of "${title}" with ${sections.length} empty sections, one for each of the ${statutory} elements BEK 1477/2019 § 4 requires and the ${sections.length - statutory} the guidance describes.

Next:
  1. Write each section's text under its heading. The {/* ... */} comments say what to write; the
     site does not show them. Delete each comment when its section is written. You may rename,
     merge or renumber sections: keep each section's "elements" so the checklist stays right.
  2. Write the summary (shown in lists) near the top of the file, and check the title.
  3. Check your work: npm run check:content. See the page: npm run dev, then
     http://localhost:4321/standarder/${municipality}/${standard}/${version}/
     Every file under content/standards/ is published, drafts too (marked "Udkast").
  4. Sent to consultation: set status: i-hoering. Import the responses with npm run import:hoering
     and set consultation: ${municipality}/<the consultation's file name>.
  5. Adopted: set status: vedtaget, adoptedBy (such as Socialudvalget), adoptedOn and validFrom (YYYY-MM-DD).
${defaults.note ? `\n${defaults.note}\n` : ''}`);
