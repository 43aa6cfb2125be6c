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
import { fail, readCommandLine, shown, writeFileAtomically } from '../lib/cli.ts';

const usage = `Usage: npm run new:version -- <municipality>/<standard> [--version <label>] [--content <folder>]
   or: npm run new:version -- content/standards/<municipality>/<standard>[/<version>.mdx] [--version <label>]

Starts the next version of a quality standard from the version in force today (the adopted version
that started most recently; without one, the most advanced draft), or from the version you name.
The new file content/standards/<municipality>/<standard>/<label>.mdx has the same sections and text,
status "udkast" and "supersedes: <the old label>"; the old version's ${clearedFields.join(', ')}
and every section's "changes" are left out.

  --version    the new version's label. Without it, the label is derived from the old one:
               a year counts up ("2025" → "2026"), a span of years moves on ("2023-24" → "2025-26"),
               never to a year before this one; another label ending in a number counts it up
               ("udgave-2" → "udgave-3"). Any other label needs --version.
  --content    the content folder (default: content, or CONTENT_ROOT when set)

Existing files are never overwritten.

Exit code 0: written; 1: the standard's files have problems, or the new version would not pass
npm run check:content, nothing written; 2: wrong arguments, an unknown standard or version, or a
version that already exists.`;

const { values, positionals } = readCommandLine(
  usage,
  {
    version: { type: 'string' },
    content: { type: 'string' },
  },
  { positionals: true },
);
if (positionals.length !== 1) fail(2, `${positionals.length === 0 ? 'No standard given' : `One standard at a time; given ${positionals.length}`}.\n\n${usage}`);
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
    `No standard "${municipality}/${standard}" in ${shown(join(contentDir, 'standards'))}/ (known: ${[...new Set(known)].sort().map((k) => `"${k}"`).join(', ') || 'none'}).\n` +
      `To start a new standard, run npm run new:standard -- --kommune ${municipality} --title "<title>"`,
  );
}

// The standard's own files must be valid: the version in force is chosen from their fields.
const { index, problems: validationProblems } = validateFiles(files, foundIds);
// Problems name files from the working folder, as readContentFiles does.
const folderShown = `${relative(process.cwd(), resolve(folder)).split('\\').join('/')}/`;
const ownProblems = [...readProblems, ...validationProblems].filter((p) => p.file.startsWith(folderShown));
if (ownProblems.length > 0) fail(1, `${formatProblems(ownProblems)}\nFix these first (npm run check:content), then run this command again. Nothing was written.`);

const versions = index.standards.filter((e) => e.id.startsWith(prefix));
const today = buildDate();
const source = reference.version
  ? versions.find((v) => v.data.version === reference.version)
  : currentVersion(versions.map((v) => ({ ...(v.data as VersionInfo), entry: v })), today)?.entry;
if (!source) fail(2, `${municipality}/${standard} has no version "${reference.version}" (it has ${versions.map((v) => `"${v.data.version}"`).join(', ')})`);
const oldLabel = source.data.version;

const newLabel = values.version?.trim() || nextVersionLabel(oldLabel, today);
if (!newLabel) fail(2, `Cannot derive the label after "${oldLabel}": give the new label with --version, such as --version ${today.slice(0, 4)}`);
if (!isId(newLabel)) fail(2, `--version: expected lower-case letters, digits and hyphens, such as "2026" or "2025-26"; found "${newLabel}"`);
const target = join(folder, `${newLabel}.mdx`);
if (existsSync(target) || versions.some((v) => v.data.version === newLabel)) {
  fail(2, `${shown(target)}: version "${newLabel}" already exists, and this command never overwrites. Give another label with --version.`);
}

let result: ReturnType<typeof nextVersionFile>;
try {
  result = nextVersionFile(readFileSync(join(contentDir, 'standards', `${source.id}.mdx`), 'utf8'), newLabel);
} catch (error) {
  fail(1, `${source.file}: ${error instanceof Error ? error.message : String(error)}. Nothing was written.`);
}
const problems = problemsWithNewStandard(files, `${prefix}${newLabel}`, shown(target), result.text, foundIds);
if (problems.length > 0) fail(1, `${formatProblems(problems)}\nNothing was written.`);

try {
  writeFileAtomically(target, result.text, { overwrite: false });
} catch (error) {
  fail(1, `${(error as Error).message}. Nothing was written.`);
}
const why = reference.version ? 'the version you named' : `the version shown as in force on ${today}`;
const sectionCount = source.data.sections.length;
const lines = [
  `Created ${shown(target)} from version ${oldLabel} (${why}, status ${statusLabels[source.data.status].toLowerCase()}):`,
  `  - status "udkast", supersedes "${oldLabel}"; the same ${sectionCount} section${sectionCount === 1 ? '' : 's'} and text`,
  result.cleared.length > 0 ? `  - left out: ${result.cleared.join(', ')}` : undefined,
  result.clearedChanges.length > 0 ? `  - cleared the recorded changes of section${result.clearedChanges.length === 1 ? '' : 's'} ${result.clearedChanges.join(', ')}` : undefined,
  result.title ? `  - title: "${result.title.to}" (was "${result.title.from}")` : undefined,
  '',
  'Next:',
  '  1. Revise the text. For each section you change, say what changed and why under its "changes":',
  '       changes:',
  '         - description: <what changed, in plain Danish>',
  '           cause: forvaltningen            # or hoeringssvar, with the consultation rows that caused it:',
  `           responses: [${municipality}/<consultation>#<row id>]`,
  '     A new section needs a heading ending in {#afsnit-<id>} and an entry under "sections"; for a removed',
  '     section, delete both and say so in the changes of a section near it.',
  '  2. Update the summary. Check with npm run check:content and see the page with npm run dev.',
  '     Every file under content/standards/ is published, drafts too (marked "Udkast").',
  `  3. Sent to consultation: set status: i-hoering; import the responses with npm run import:hoering and set consultation: ${municipality}/<the consultation's file name>.`,
  `  4. Adopted: set status: vedtaget, adoptedBy, adoptedOn and validFrom (YYYY-MM-DD)${source.data.status === 'vedtaget' ? `, and set version ${oldLabel} to status: historisk` : ''}.`,
];
console.log(lines.filter((line) => line !== undefined).join('\n'));
