/**
 * The pure logic behind `npm run new:standard` and `npm run new:version`: the skeleton of a new
 * quality standard (one empty section per statutory element, with writing instructions for
 * council editors), the next version of an existing one, the next version label, and the check
 * that what the commands write passes the content check. The scripts in scripts/ do the file I/O.
 */
import { isMap, isSeq, parseDocument, stringify, type Document, type YAMLMap } from 'yaml';
import type { VersionInfo } from '../../src/domain/standards/versions.ts';
import type { ContentProblem } from '../../src/content-check/content-errors.ts';
import { mdxBodyProblems, splitFrontmatter, type ContentFile, type IdsByCollection } from '../../src/content-check/content-files.ts';
import { parseYaml } from '../../src/content-check/yaml-reader.ts';
import { validateFiles } from '../../src/content-check/validate-content.ts';
import type { Rule } from '../../src/schemas/rule.ts';
import { sectionAnchor, type standardAreas } from '../../src/schemas/standard.ts';
import { isId } from '../../src/schemas/ids.ts';

export type StandardArea = (typeof standardAreas)[number];

/** The rule file with kind "standard-elements" (content/rules/kvalitetsstandard-elementer.yaml). */
export type StandardElementsRule = Extract<Rule, { kind: 'standard-elements' }>;

/** One element of that file: its id, number in § 4, title, basis and the guidance for editors. */
export type ScaffoldElement = StandardElementsRule['elements'][number];

/** What a new standard of one area starts with: its default id, legal bases and sources. */
export type NewStandardDefaults = StandardElementsRule['newStandard'][StandardArea];

/** The writing instruction for one element, from its guidance in the rule file; an element without guidance gets a general one. */
export function elementInstruction(element: ScaffoldElement): string {
  const basis = element.basis === 'bekendtgoerelse' ? `bekendtgørelsens § 4, emne ${element.number ?? ''}`.trimEnd() : 'vejledningen';
  const what = element.guidance ?? `Beskriv, hvad kommunen gør om emnet »${element.title}«.`;
  return `${what} (Emnet står i ${basis}.)`;
}

/** General guidance at the top of a new standard's text. */
export const writingGuidance = [
  'Sådan skriver du standarden: skriv til borgeren (»du«) i almindeligt dansk, og brug ord som »borger« og »brug af stoffer«.',
  'Skriv kun regler, som de står på Rusmiddelguidens lovsider, og link gerne til dem, som i [serviceloven § 101, stk. 4](/lovgrundlag/sel-101-stk-4/).',
  'Kommentarer som denne vises ikke på siden. Slet dem, når afsnittet er skrevet.',
].join(' ');

/**
 * One section per element: the statutory elements by their number (1 to 15), then the guidance
 * elements numbered on from there, each titled as the element and covering it.
 */
export function skeletonSections(elements: readonly ScaffoldElement[]): { id: string; title: string; elements: string[]; element: ScaffoldElement }[] {
  const statutory = elements.filter((e) => e.basis === 'bekendtgoerelse').sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
  const guidance = elements.filter((e) => e.basis !== 'bekendtgoerelse');
  return [...statutory, ...guidance].map((element, index) => ({ id: String(index + 1), title: element.title, elements: [element.id], element }));
}

/** A YAML scalar as it would be written in a file: quoted only when it must be (such as "2026", which YAML would read as a number). */
/** A YAML scalar as it stands after "key: ", quoted only when YAML needs it. */
export const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

/** A JavaScript block comment is closed by the first star-slash; keep instructions from doing that. */
const mdxComment = (text: string) => `{/* ${text.replaceAll('*/', '* /')} */}`;

export interface SkeletonOptions {
  municipality: string;
  standard: string;
  version: string;
  title: string;
  area: StandardArea;
  elements: readonly ScaffoldElement[];
  /** The rule file's defaults for the area. */
  defaults: NewStandardDefaults;
}

/** The front matter a draft starts with, from its title to its summary: the same for a skeleton and an imported standard. */
export function draftHead(options: Pick<SkeletonOptions, 'title' | 'municipality' | 'standard' | 'version' | 'area' | 'defaults'>): string[] {
  return [
    `title: ${scalar(options.title)}`,
    `municipality: ${options.municipality}`,
    `standard: ${options.standard}`,
    `version: ${scalar(options.version)}`,
    '# udkast, i-hoering (sendt i høring), vedtaget eller historisk (afløst af en nyere version).',
    'status: udkast',
    `area: ${options.area}`,
    `legalBases: [${options.defaults.legalBases.join(', ')}]`,
    '# Når standarden er vedtaget: adoptedBy (fx Socialudvalget), adoptedOn og validFrom (datoer som ÅÅÅÅ-MM-DD).',
    'summary: >-',
    '  Udkast. Skriv her et kort resumé i almindeligt dansk: to-tre sætninger, som vises i oversigter.',
  ];
}

/** A new standard version's file: valid frontmatter (status "udkast") and one empty section per element. */
export function standardSkeleton(options: SkeletonOptions): string {
  const sections = skeletonSections(options.elements);
  const frontmatter = [
    '# Et udkast lavet med npm run new:standard. Felterne er beskrevet i src/schemas/standard.ts.',
    ...draftHead(options),
    '# Hvert afsnit har et id (afsnittets nummer) og de emner fra bekendtgørelsen, afsnittet dækker.',
    'sections:',
    ...sections.flatMap((s) => [`  - id: ${scalar(s.id)}`, `    title: ${scalar(s.title)}`, `    elements: [${s.elements.join(', ')}]`, '    changes: []']),
    'sources:',
    ...options.defaults.sources.flatMap((c) => [`  - source: ${c.source}`, ...(c.locator === undefined ? [] : [`    locator: ${scalar(c.locator)}`])]),
  ];
  const body = [
    mdxComment(writingGuidance),
    ...sections.flatMap((s) => [`## ${s.id} ${s.title} {#${sectionAnchor(s.id)}}`, mdxComment(elementInstruction(s.element))]),
  ];
  return `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// The next version

const yearLabel = /^(\d{4})$/;
const spanLabel = /^(\d{4})-(\d{2}|\d{4})$/;
const numberedLabel = /^(.*?)(\d+)$/;

/**
 * The label of the version after `label`, on `today` (YYYY-MM-DD):
 * - a year ("2025") becomes the next year, or this year when that is later ("2026");
 * - a span of years ("2023-24", "2023-2024") becomes the span of the same length that starts the
 *   year after it ends, or this year when that is later ("2025-26"), written the same way;
 * - any other label ending in a number counts it up, keeping leading zeros ("udgave-2" → "udgave-3");
 * - otherwise there is no next label (undefined), and the editor gives one.
 */
export function nextVersionLabel(label: string, today: string): string | undefined {
  const thisYear = Number(today.slice(0, 4));
  const year = yearLabel.exec(label);
  if (year) return String(Math.max(Number(year[1]) + 1, thisYear));
  const span = spanLabel.exec(label);
  if (span) {
    const start = Number(span[1]);
    let end = span[2].length === 4 ? Number(span[2]) : start - (start % 100) + Number(span[2]);
    if (end < start) end += 100;
    const newStart = Math.max(end + 1, thisYear);
    const newEnd = newStart + (end - start);
    return `${newStart}-${span[2].length === 4 ? newEnd : String(newEnd % 100).padStart(2, '0')}`;
  }
  const numbered = numberedLabel.exec(label);
  if (numbered) return `${numbered[1]}${String(Number(numbered[2]) + 1).padStart(numbered[2].length, '0')}`;
  return undefined;
}

/** What a standard argument names: a standard ("koebenhavn/social-behandling-stoffer") or one version of it. */
export interface StandardReference {
  municipality: string;
  standard: string;
  version?: string;
}

/**
 * Reads "<municipality>/<standard>", "<municipality>/<standard>/<version>" or a path to the
 * standard's folder or a version's file (anything up to a "standards/" folder is left out).
 */
export function parseStandardReference(argument: string): StandardReference | { error: string } {
  const path = argument.trim().replaceAll('\\', '/').replace(/\/+$/, '').replace(/\.mdx$/, '');
  const afterStandards = /(?:^|\/)standards\/(.+)$/.exec(path);
  const parts = (afterStandards ? afterStandards[1] : path).split('/');
  const expected =
    'Standarden skal skrives som "<kommune>/<standard>", fx "koebenhavn/social-behandling-stoffer", eller som en sti, fx content/standards/koebenhavn/social-behandling-stoffer/2023-24.mdx';
  if (parts.length < 2 || parts.length > 3) return { error: `${expected}; der står "${argument}"` };
  const bad = parts.find((p) => !isId(p));
  if (bad !== undefined) return { error: `${expected} (små bogstaver, tal og bindestreger; skriv æ som ae, ø som oe og å som aa); der står "${bad}" i "${argument}"` };
  const [municipality, standard, version] = parts;
  return version === undefined ? { municipality, standard } : { municipality, standard, version };
}

/** The fields a new version must not inherit: they belong to the adoption and consultation of the old one. */
export const clearedFields = ['adoptedBy', 'adoptedOn', 'validFrom', 'consultation'] as const;

export interface NextVersionResult {
  /** The new file's text. */
  text: string;
  /** The fields of clearedFields the old version had. */
  cleared: string[];
  /** Ids of the sections whose recorded changes were cleared. */
  clearedChanges: string[];
  /** Set when the title ended in the old label and now ends in the new one. */
  title?: { from: string; to: string };
}

function setAfter(doc: Document, key: string, value: string, afterKey: string) {
  const map = doc.contents as YAMLMap;
  if (doc.has(key)) return doc.set(key, value);
  const index = map.items.findIndex((pair) => String((pair.key as { value?: unknown })?.value ?? pair.key) === afterKey);
  map.items.splice(index + 1, 0, doc.createPair(key, value));
}

/**
 * The next version of a standard from the file of `oldVersion`: the same text and sections, with
 * version `newVersion`, status "udkast", supersedes the old label, no adoption or consultation
 * fields, and no recorded changes (those describe how the old version differs from its predecessor).
 * Comments and the layout of the frontmatter are kept.
 */
export function nextVersionFile(source: string, newVersion: string): NextVersionResult {
  const { frontmatter, body } = splitFrontmatter(source);
  if (frontmatter === undefined) throw new Error('har ingen frontmatter: filen skal begynde med en linje "---", felterne og endnu en linje "---"');
  const doc = parseDocument(frontmatter);
  if (doc.errors.length > 0) {
    const at = doc.errors[0].linePos?.[0];
    // The frontmatter starts on the file's second line, after "---".
    throw new Error(`kan ikke læses som YAML${at ? ` (linje ${at.line + 1} i filen)` : ''}: tjek indrykning, kolon og anførselstegn`);
  }
  if (!isMap(doc.contents)) throw new Error('felterne skal stå som "navn: værdi" yderst i frontmatter');
  const oldVersion = String(doc.get('version') ?? '');
  if (!oldVersion) throw new Error('har intet felt "version"');

  doc.set('version', newVersion);
  setAfter(doc, 'supersedes', oldVersion, 'version');
  doc.set('status', 'udkast' satisfies VersionInfo['status']);
  const cleared = clearedFields.filter((field) => doc.has(field));
  cleared.forEach((field) => doc.delete(field));

  const clearedChanges: string[] = [];
  const sections = doc.get('sections');
  if (isSeq(sections)) {
    sections.items.forEach((section, index) => {
      if (!isMap(section)) return;
      const changes = section.get('changes');
      if (isSeq(changes) && changes.items.length > 0) {
        clearedChanges.push(String(section.get('id') ?? `nr. ${index + 1}`));
        const empty = doc.createNode([]);
        empty.flow = true;
        section.set('changes', empty);
      }
    });
  }

  let title: NextVersionResult['title'];
  const oldTitle = doc.get('title');
  if (typeof oldTitle === 'string' && oldTitle.endsWith(` ${oldVersion}`)) {
    title = { from: oldTitle, to: `${oldTitle.slice(0, -oldVersion.length)}${newVersion}` };
    doc.set('title', title.to);
  }
  return { text: `---\n${doc.toString({ lineWidth: 100, flowCollectionPadding: false })}---\n${body}`, cleared, clearedChanges, title };
}

// ---------------------------------------------------------------------------------------------
// Checking what is about to be written

/**
 * The problems `npm run check:content` would report for a standard version file with this text
 * at `file` (its path as messages name it), next to the `existing` content files. The file is
 * checked exactly as if it were on disk: frontmatter, MDX, schema and cross-references.
 */
export function problemsWithNewStandard(existing: readonly ContentFile[], id: string, file: string, text: string, foundIds?: IdsByCollection): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { frontmatter, body } = splitFrontmatter(text);
  if (frontmatter === undefined) return [{ file, field: '', message: 'har ingen frontmatter' }];
  const parsed = parseYaml(frontmatter, file, 1);
  if (parsed.problem) return [parsed.problem];
  const bodyStartLine = text.slice(0, text.length - body.length).split('\n').length;
  problems.push(...mdxBodyProblems(body, file, bodyStartLine));
  const others = existing.filter((f) => !(f.collection === 'standards' && f.id === id));
  const ids = foundIds && { ...foundIds, standards: new Set([...foundIds.standards, id]) };
  const validated = validateFiles([...others, { collection: 'standards', id, file, data: parsed.data, body }], ids);
  return [...problems, ...validated.problems.filter((p) => p.file === file)];
}
