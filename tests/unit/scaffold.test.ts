/**
 * The logic behind `npm run new:standard` and `npm run new:version` (scripts/scaffold/scaffold.ts), and
 * both commands end to end in Node 24 on temporary copies of content/: what they write passes the
 * content check with no problems, and refusals and errors have clear messages and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkMdxBody, readContentFiles, splitFrontmatter } from '../../src/content-check/content-files.ts';
import { sectionAnchorsInBody } from '../../src/content-check/cross-references.ts';
import {
  elementInstruction,
  nextVersionFile,
  nextVersionLabel,
  parseStandardReference,
  problemsWithNewStandard,
  skeletonSections,
  standardSkeleton,
  type ScaffoldElement,
  type StandardElementsRule,
} from '../../scripts/scaffold/scaffold.ts';
import { proseOfMdx, wordsOf } from '../support/spell-checker.ts';
import { validateContent, validateFiles } from '../../src/content-check/validate-content.ts';
import { sectionAnchor, standardSchema } from '../../src/schemas/standard.ts';
import { danishSpellChecker } from '../support/spelling.ts';

const { files, foundIds } = readContentFiles('content');
const rule: StandardElementsRule = validateFiles(files, foundIds).index.rules.flatMap((e) => (e.data.kind === 'standard-elements' ? [e.data] : []))[0]!;
const { elements } = rule;
const statutory = elements.filter((e) => e.basis === 'bekendtgoerelse');
const guidance = elements.filter((e) => e.basis === 'vejledning');
const example2026 = 'content/standards/eksempel/social-behandling-stoffer/2026.mdx';

/** The frontmatter of an MDX text, parsed. */
const frontmatterOf = (text: string) => parse(splitFrontmatter(text).frontmatter!) as Record<string, unknown> & { sections: { id: string; title: string; elements: string[]; changes?: unknown[] }[] };

describe('skeletonSections', () => {
  it('numbers the statutory elements by their number, then the guidance elements after them', () => {
    const shuffled = [...elements].reverse();
    const sections = skeletonSections(shuffled);
    expect(sections).toHaveLength(elements.length);
    expect(sections.map((s) => s.id)).toEqual(elements.map((_, i) => String(i + 1)));
    const numbers = sections.slice(0, statutory.length).map((s) => s.element.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a! - b!));
    expect(sections.slice(statutory.length).every((s) => s.element.basis === 'vejledning')).toBe(true);
  });
  it('gives each section its element\'s title and covers exactly that element', () => {
    for (const s of skeletonSections(elements)) {
      expect(s.title).toBe(s.element.title);
      expect(s.elements).toEqual([s.element.id]);
    }
  });
});

describe('elementInstruction', () => {
  it('has its own instruction for every element in the rule file, naming where the element comes from', () => {
    for (const element of elements) {
      const instruction = elementInstruction(element);
      expect(instruction, element.id).not.toContain('Beskriv, hvad kommunen gør om emnet');
      expect(instruction).toContain(element.basis === 'bekendtgoerelse' ? `bekendtgørelsens § 4, emne ${element.number}` : 'vejledningen');
    }
  });
  it('gives an element the rule file gains later a general instruction with its title', () => {
    expect(elementInstruction({ id: 'nyt-emne', number: 16, title: 'Nyt emne', basis: 'bekendtgoerelse' })).toBe('Beskriv, hvad kommunen gør om emnet »Nyt emne«. (Emnet står i bekendtgørelsens § 4, emne 16.)');
  });
  it('points at law pages that exist', () => {
    const mentioned = elements.flatMap((e) => [...elementInstruction(e).matchAll(/\/lovgrundlag\/([a-z0-9-]+)\//g)].map((m) => m[1]));
    expect(mentioned.length).toBeGreaterThan(5);
    expect(mentioned.filter((id) => !foundIds.law.has(id))).toEqual([]);
  });
});

describe('standardSkeleton', () => {
  const options = { municipality: 'ishoej', standard: 'social-behandling-stoffer', version: '2026', title: 'Kvalitetsstandard: "social behandling" 2026', area: 'stoffer' as const, elements, defaults: rule.newStandard.stoffer };

  it.each(['stoffer', 'alkohol', 'begge'] as const)('passes the content check with no problems (area %s)', (area) => {
    const text = standardSkeleton({ ...options, area, defaults: rule.newStandard[area] });
    expect(problemsWithNewStandard(files, 'ishoej/social-behandling-stoffer/2026', 'content/standards/ishoej/social-behandling-stoffer/2026.mdx', text, foundIds)).toEqual([]);
  });
  it.each(['stoffer', 'alkohol', 'begge'] as const)('starts with the legal bases and sources the rule file gives the area (%s)', (area) => {
    const data = standardSchema().parse(frontmatterOf(standardSkeleton({ ...options, area, defaults: rule.newStandard[area] })));
    expect(data.area).toBe(area);
    expect(data.legalBases).toEqual(rule.newStandard[area].legalBases);
    expect(data.sources).toEqual(rule.newStandard[area].sources);
  });
  it('issues an alcohol standard under sundhedsloven § 141, not under serviceloven', () => {
    expect(rule.newStandard.alkohol.legalBases).toEqual(['sul-141']);
  });
  it('is a draft with one empty section per element, each with a heading and an instruction comment', () => {
    const text = standardSkeleton(options);
    const data = standardSchema().parse(frontmatterOf(text));
    expect(data.status).toBe('udkast');
    expect(data.title).toBe(options.title);
    expect(data.version).toBe('2026');
    expect(data.adoptedOn).toBeUndefined();
    expect(data.sections.flatMap((s) => s.elements)).toEqual(skeletonSections(elements).map((s) => s.element.id));
    const { body } = splitFrontmatter(text);
    expect(sectionAnchorsInBody(body)).toEqual(data.sections.map((s) => sectionAnchor(s.id)));
    // Each heading is followed by its element's instruction as an MDX comment, and by nothing else.
    for (const s of skeletonSections(elements)) {
      expect(body).toContain(`## ${s.id} ${s.title} {#${sectionAnchor(s.id)}}\n\n{/* ${elementInstruction(s.element)} */}`);
    }
    expect(body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/^## .*$/gm, '').trim()).toBe('');
  });
  it('passes the content spelling check even with the instruction comments left in', { timeout: 60_000 }, () => {
    const checker = danishSpellChecker();
    const { body } = splitFrontmatter(standardSkeleton(options));
    expect([...new Set(wordsOf(proseOfMdx(body)).filter((w) => !checker.isKnown(w)))]).toEqual([]);
  });
  it('keeps an instruction from closing its comment early', () => {
    const odd: ScaffoldElement = { id: 'odd', number: 1, title: 'Slut */ her', basis: 'bekendtgoerelse' };
    const { body } = splitFrontmatter(standardSkeleton({ ...options, elements: [odd] }));
    expect(checkMdxBody(body, 'x.mdx', 1)).toBeUndefined();
  });
});

describe('nextVersionLabel', () => {
  it.each([
    ['2025', '2025-06-01', '2026'],
    ['2025', '2027-02-01', '2027'],
    ['2023-24', '2024-01-10', '2025-26'],
    ['2023-24', '2026-11-23', '2026-27'],
    ['2023-2024', '2024-05-01', '2025-2026'],
    ['1999-00', '1999-05-01', '2001-02'],
    ['2024-27', '2025-01-01', '2028-31'],
    ['udgave-2', '2026-01-01', 'udgave-3'],
    ['v09', '2026-01-01', 'v10'],
  ])('after %s on %s comes %s', (label, today, next) => {
    expect(nextVersionLabel(label, today)).toBe(next);
  });
  it('has no answer for a label without a number', () => {
    expect(nextVersionLabel('foraar', '2026-01-01')).toBeUndefined();
  });
});

describe('parseStandardReference', () => {
  it('reads a standard id, a version id, and paths to a folder or a file', () => {
    expect(parseStandardReference('koebenhavn/social-behandling-stoffer')).toEqual({ municipality: 'koebenhavn', standard: 'social-behandling-stoffer' });
    expect(parseStandardReference('content/standards/koebenhavn/social-behandling-stoffer/')).toEqual({ municipality: 'koebenhavn', standard: 'social-behandling-stoffer' });
    expect(parseStandardReference('/tmp/x/content/standards/koebenhavn/social-behandling-stoffer/2023-24.mdx')).toEqual({
      municipality: 'koebenhavn',
      standard: 'social-behandling-stoffer',
      version: '2023-24',
    });
  });
  it('says what it expected for anything else', () => {
    expect(parseStandardReference('koebenhavn')).toEqual({ error: expect.stringMatching(/^Standarden skal skrives som "<kommune>\/<standard>".*; der står "koebenhavn"$/) });
    expect(parseStandardReference('københavn/social')).toEqual({ error: expect.stringContaining('skriv æ som ae, ø som oe og å som aa); der står "københavn" i "københavn/social"') });
    expect('error' in parseStandardReference('a/b/c/d')).toBe(true);
  });
});

describe('nextVersionFile', () => {
  const source = readFileSync(example2026, 'utf8');
  const old = frontmatterOf(source);
  const result = nextVersionFile(source, '2027');
  const data = frontmatterOf(result.text);

  it('makes a draft that supersedes the old version, without its adoption, consultation and changes', () => {
    expect(data).toMatchObject({ version: '2027', supersedes: '2026', status: 'udkast' });
    for (const field of ['adoptedBy', 'adoptedOn', 'validFrom', 'consultation']) expect(data, field).not.toHaveProperty(field);
    expect(result.cleared).toEqual(['adoptedBy', 'adoptedOn', 'validFrom', 'consultation']);
    expect(data.sections.every((s) => Array.isArray(s.changes) && s.changes.length === 0)).toBe(true);
    expect(result.clearedChanges).toEqual(old.sections.filter((s) => (s.changes?.length ?? 0) > 0).map((s) => s.id));
  });
  it('keeps the text, the sections and the other fields', () => {
    expect(splitFrontmatter(result.text).body).toBe(splitFrontmatter(source).body);
    expect(data.sections.map(({ id, title, elements }) => ({ id, title, elements }))).toEqual(old.sections.map(({ id, title, elements }) => ({ id, title, elements })));
    for (const field of ['municipality', 'standard', 'area', 'legalBases', 'example', 'summary', 'sources']) expect(data[field], field).toEqual(old[field]);
  });
  it('moves a label at the end of the title on, and keeps the frontmatter\'s comments', () => {
    expect(result.title).toEqual({ from: 'Kvalitetsstandard for social behandling for brug af stoffer 2026', to: 'Kvalitetsstandard for social behandling for brug af stoffer 2027' });
    expect(data.title).toBe(result.title!.to);
    expect(result.text).toContain('# Opdigtet eksempel: Eksempel Kommune findes ikke.');
  });
  it('puts supersedes right after version when the old version had none, and leaves a title without the label alone', () => {
    const source2025 = readFileSync('content/standards/eksempel/social-behandling-stoffer/2025.mdx', 'utf8').replace(/^title: .*$/m, 'title: Kvalitetsstandard for social behandling');
    const first = nextVersionFile(source2025, 'anden');
    const data2025 = frontmatterOf(first.text);
    const keys = Object.keys(data2025);
    expect(keys.slice(keys.indexOf('version'), keys.indexOf('version') + 2)).toEqual(['version', 'supersedes']);
    expect(data2025.supersedes).toBe('2025');
    expect(first.title).toBeUndefined();
    expect(data2025.title).toBe('Kvalitetsstandard for social behandling');
    expect(first.clearedChanges).toEqual([]);
  });
  it('refuses a file without frontmatter', () => {
    expect(() => nextVersionFile('## 1 Tekst {#afsnit-1}\n', '2')).toThrow(/har ingen frontmatter/);
  });
});

describe('problemsWithNewStandard', () => {
  it('reports what the content check would, only for the new file', () => {
    const text = standardSkeleton({ municipality: 'roskilde', standard: 's', version: '1', title: 'T', area: 'stoffer', elements, defaults: rule.newStandard.stoffer }).replace('{#afsnit-3}', '');
    const problems = problemsWithNewStandard(files, 'roskilde/s/1', 'new.mdx', text, foundIds);
    expect(problems.map((p) => p.field)).toEqual(['municipality', 'sections → nr. 3 → id']);
    expect(problems.every((p) => p.file === 'new.mdx')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The commands, end to end

const temp = mkdtempSync(join(tmpdir(), 'scaffold-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let copies = 0;
/** A fresh copy of content/ to run a command on. */
function contentCopy(): string {
  const dir = join(temp, `content-${++copies}`);
  cpSync('content', dir, { recursive: true });
  return dir;
}

function run(script: 'new-standard' | 'new-version', args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('node_modules/.bin/node', [`scripts/scaffold/${script}.ts`, ...args], { encoding: 'utf8', env: { ...process.env, BUILD_DATE: '2026-11-23', ...env }, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run new:standard', { timeout: 120_000 }, () => {
  const title = ['--title', 'Kvalitetsstandard for social behandling for brug af stoffer'];

  it('writes a skeleton that passes the content check, and refuses to overwrite it', () => {
    const content = contentCopy();
    const created = run('new-standard', ['--kommune', 'ishoej', ...title, '--content', content]);
    expect(created.status, created.stderr).toBe(0);
    const file = join(content, 'standards/ishoej/social-behandling-stoffer/2026.mdx');
    expect(created.stdout).toContain(`${file} er oprettet: et udkast (status "udkast") af "Kvalitetsstandard for social behandling for brug af stoffer" med ${elements.length} tomme afsnit`);
    expect(created.stdout).toContain(`de ${statutory.length} emner, som BEK 1477/2019 § 4 kræver, og de ${guidance.length}, som vejledningen beskriver.`);
    expect(created.stdout).toContain('Det næste, du skal gøre:');
    expect(validateContent(content).problems).toEqual([]);
    const written = readFileSync(file, 'utf8');
    expect(frontmatterOf(written).sections).toHaveLength(elements.length);

    const again = run('new-standard', ['--kommune', 'ishoej', ...title, '--content', content]);
    expect(again.status).toBe(2);
    expect(again.stderr.trim()).toMatch(new RegExp(`^${file}: filen findes allerede, .*overskriver aldrig.*--version.*npm run new:version -- ishoej/social-behandling-stoffer$`));
    expect(readFileSync(file, 'utf8')).toBe(written);

    const otherLabel = run('new-standard', ['--kommune', 'ishoej', ...title, '--version', '2027', '--content', content]);
    expect(otherLabel.status).toBe(2);
    expect(otherLabel.stderr).toContain('ishoej/social-behandling-stoffer har allerede en version (2026).');
    expect(otherLabel.stderr).toContain('\n  npm run new:version -- ishoej/social-behandling-stoffer\n');
    expect(existsSync(join(content, 'standards/ishoej/social-behandling-stoffer/2027.mdx'))).toBe(false);
  });

  it('reads CONTENT_ROOT, and takes the standard id and label from the options', () => {
    const content = contentCopy();
    const created = run('new-standard', ['--kommune', 'odense', '--title', 'Alkoholbehandling', '--area', 'alkohol', '--version', '2026-27'], { CONTENT_ROOT: content });
    expect(created.status, created.stderr).toBe(0);
    const data = frontmatterOf(readFileSync(join(content, 'standards/odense/alkoholbehandling/2026-27.mdx'), 'utf8'));
    expect(data).toMatchObject({ municipality: 'odense', standard: 'alkoholbehandling', version: '2026-27', area: 'alkohol', legalBases: ['sul-141'] });
    expect(validateContent(content).problems).toEqual([]);
  });

  it('fails with exit code 2 on an unknown municipality, saying how to add it', () => {
    const content = contentCopy();
    const result = run('new-standard', ['--kommune', 'roskilde', ...title, '--content', content]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`Der er ingen kommune med id'et "roskilde" i ${join(content, 'municipalities')}/ (de kendte er "aalborg", "aarhus",`);
    expect(result.stderr).toContain(`Opret den først: lav filen ${join(content, 'municipalities/roskilde.yaml')} med kommunens navn`);
    expect(result.stderr).toContain('  code: "183"');
    expect(existsSync(join(content, 'standards/roskilde'))).toBe(false);
  });

  it('fails with exit code 2 on wrong options, and explains itself with --help', () => {
    const badId = run('new-standard', ['--kommune', 'Høje-Taastrup', ...title]);
    expect(badId.status).toBe(2);
    expect(badId.stderr.trim()).toBe('--kommune: skal være et id af små bogstaver, tal og bindestreger (skriv æ som ae, ø som oe og å som aa), fx "koebenhavn"; der står "Høje-Taastrup". Mente du "hoeje-taastrup"?');
    const noTitle = run('new-standard', ['--kommune', 'ishoej']);
    expect(noTitle.status).toBe(2);
    expect(noTitle.stderr).toMatch(/^Der mangler --title\.\n\nBrug: npm run new:standard/);
    const badArea = run('new-standard', ['--kommune', 'ishoej', ...title, '--area', 'vin']);
    expect(badArea.status).toBe(2);
    expect(badArea.stderr.trim()).toBe('--area: skal være stoffer, alkohol eller begge; der står "vin"');
    const unknownOption = run('new-standard', ['--kommune', 'ishoej', ...title, '--force']);
    expect(unknownOption.status).toBe(2);
    expect(unknownOption.stderr).toMatch(/^Kommandoen kender ikke tilvalget --force\. .*\n\nBrug: npm run new:standard/);
    const help = run('new-standard', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Brug: npm run new:standard -- --kommune <id> --title <titel>/);
  });

  it('fails with exit code 1 and writes nothing when the elements rule file is missing', () => {
    const content = contentCopy();
    rmSync(join(content, 'rules/kvalitetsstandard-elementer.yaml'));
    const result = run('new-standard', ['--kommune', 'ishoej', ...title, '--content', content]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(new RegExp(`^Der er ingen gyldig regelfil med kind: standard-elements i ${join(content, 'rules')}/: .*npm run check:content.* Der er ikke gemt noget\\.$`));
    expect(existsSync(join(content, 'standards/ishoej'))).toBe(false);
  });
});

describe('npm run new:version', { timeout: 120_000 }, () => {
  it('copies the version in force to the next label as a draft that passes the content check, and refuses to overwrite it', () => {
    const content = contentCopy();
    const result = run('new-version', ['eksempel/social-behandling-stoffer', '--content', content]);
    expect(result.status, result.stderr).toBe(0);
    const file = join(content, 'standards/eksempel/social-behandling-stoffer/2027.mdx');
    expect(result.stdout).toContain(`${file} er oprettet ud fra version 2026 (den version, der vises som gældende 2026-11-23, status vedtaget):`);
    expect(result.stdout).toContain('  - udeladt: adoptedBy, adoptedOn, validFrom, consultation');
    expect(result.stdout).toContain('og skriv status: historisk i version 2026');
    expect(validateContent(content).problems).toEqual([]);
    const written = readFileSync(file, 'utf8');
    expect(frontmatterOf(written)).toMatchObject({ version: '2027', supersedes: '2026', status: 'udkast' });
    expect(splitFrontmatter(written).body).toBe(splitFrontmatter(readFileSync(example2026, 'utf8')).body);

    // The draft is not in force, so the derived label is 2027 again, which now exists.
    const again = run('new-version', ['eksempel/social-behandling-stoffer', '--content', content]);
    expect(again.status).toBe(2);
    expect(again.stderr.trim()).toBe(`${file}: version "2027" findes allerede, og kommandoen overskriver aldrig. Skriv et andet navn med --version.`);
    expect(readFileSync(file, 'utf8')).toBe(written);
  });

  it('copies the version a path names, deriving the label from it and the date', () => {
    const content = contentCopy();
    const result = run('new-version', [join(content, 'standards/koebenhavn/social-behandling-stoffer/2023-24.mdx'), '--content', content], { BUILD_DATE: '2024-01-10' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('ud fra version 2023-24 (den version, du nævnte, status i høring)');
    expect(result.stdout).toContain('  - titel: "Kvalitetsstandard for social behandling for brug af stoffer 2025-26" (var "Kvalitetsstandard for social behandling for brug af stoffer 2023-24")');
    expect(validateContent(content).problems).toEqual([]);
    expect(existsSync(join(content, 'standards/koebenhavn/social-behandling-stoffer/2025-26.mdx'))).toBe(true);
  });

  it('needs --version for a label it cannot count on from', () => {
    const content = contentCopy();
    expect(run('new-version', ['eksempel/social-behandling-stoffer', '--version', 'foraar', '--content', content]).status).toBe(0);
    const result = run('new-version', ['eksempel/social-behandling-stoffer/foraar', '--content', content]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/^Navnet på versionen efter "foraar" kan ikke findes automatisk: skriv det nye navn med --version, fx --version 2026$/);
  });

  it('fails with exit code 2 on an unknown standard or version, naming what exists', () => {
    const content = contentCopy();
    const standard = run('new-version', ['eksempel/alkohol', '--content', content]);
    expect(standard.status).toBe(2);
    expect(standard.stderr).toContain('Der er ingen standard "eksempel/alkohol" i');
    expect(standard.stderr).toContain('"eksempel/social-behandling-stoffer", "koebenhavn/social-behandling-stoffer"');
    expect(standard.stderr).toContain('npm run new:standard -- --kommune eksempel --title "<titel>"');
    const version = run('new-version', ['eksempel/social-behandling-stoffer/2024', '--content', content]);
    expect(version.status).toBe(2);
    expect(version.stderr.trim()).toBe('eksempel/social-behandling-stoffer har ingen version "2024" (den har "2025" og "2026")');
    const bad = run('new-version', ['eksempel']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^Standarden skal skrives som "<kommune>\/<standard>"/);
    const none = run('new-version', []);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^Du har ikke angivet en standard\.\n\nBrug: npm run new:version/);
  });

  it('fails with exit code 1 and writes nothing while the standard\'s own files have problems', () => {
    const content = contentCopy();
    const broken = join(content, 'standards/eksempel/social-behandling-stoffer/2026.mdx');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('status: vedtaget', 'status: gyldig'));
    const result = run('new-version', ['eksempel/social-behandling-stoffer', '--content', content]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('feltet »status« skal være en af "udkast", "i-hoering", "vedtaget", "historisk"; der står "gyldig"');
    expect(result.stderr).toContain('Ret disse fejl først (npm run check:content), og kør så kommandoen igen. Der er ikke gemt noget.');
    expect(existsSync(join(content, 'standards/eksempel/social-behandling-stoffer/2027.mdx'))).toBe(false);
  });
});

describe('the worked example (Eksempel Kommune)', () => {
  const { index } = validateContent('content');
  const version = (label: string) => index.standards.find((s) => s.id === `eksempel/social-behandling-stoffer/${label}`)!;
  const [v2025, v2026] = [version('2025'), version('2026')];
  const consultation = index.consultations.find((c) => c.id === v2026.data.consultation)!;
  const covered = (v: typeof v2026) => new Set(v.data.sections.flatMap((s) => s.elements));
  /** The text under each section heading, by section id. */
  const textsOf = (body: string) =>
    new Map([...body.matchAll(/^#{2,6} .*\{#afsnit-([a-z0-9-]+)\}\n([\s\S]*?)(?=^#{2,6} |(?![\s\S]))/gm)].map((m) => [m[1], m[2].trim()]));

  it('is marked as fictional everywhere, in its data and at the start of its text', () => {
    expect(index.municipalities.find((m) => m.id === 'eksempel')!.data).toMatchObject({ name: 'Eksempel Kommune', code: '999', fictional: true });
    for (const v of [v2025, v2026]) {
      expect(v.data.example).toBe(true);
      expect(v.body.trimStart()).toMatch(/^\*Dette er et opdigtet eksempel\. Eksempel Kommune findes ikke/);
    }
    expect(consultation.data.notes[0]).toMatch(/^Dette er et opdigtet eksempel\./);
  });

  it('covers every statutory element in 2026, and lacks two of them in 2025', () => {
    expect(statutory.filter((e) => !covered(v2026).has(e.id))).toEqual([]);
    expect(statutory.filter((e) => !covered(v2025).has(e.id)).map((e) => e.id)).toEqual(['handleplaner', 'gavekort']);
    expect(v2026.data).toMatchObject({ status: 'vedtaget', supersedes: '2025', adoptedBy: 'Socialudvalget' });
    expect(v2025.data).toMatchObject({ status: 'historisk', adoptedBy: 'Socialudvalget' });
  });

  it('adds a section, removes one, rewords one and moves one with the same text', () => {
    const oldIds = v2025.data.sections.map((s) => s.id);
    const newIds = v2026.data.sections.map((s) => s.id);
    expect(newIds.filter((id) => !oldIds.includes(id))).toEqual(['15']);
    expect(oldIds.filter((id) => !newIds.includes(id))).toEqual(['4.1']);
    const [oldTexts, newTexts] = [textsOf(v2025.body), textsOf(v2026.body)];
    expect(oldIds.at(-1)).toBe('kontakt');
    expect(newIds[0]).toBe('kontakt');
    expect(newTexts.get('kontakt')).toMatch(/^Du kan henvende dig til Rusmiddelcenter Eksempel/);
    expect(newTexts.get('kontakt')).toBe(oldTexts.get('kontakt'));
    expect([...newTexts.keys()]).toEqual(newIds);
    expect(newTexts.get('11')).not.toBe(oldTexts.get('11'));
    const unchanged = newIds.filter((id) => oldTexts.get(id) === newTexts.get(id));
    expect(v2026.data.sections.filter((s) => unchanged.includes(s.id) && s.id !== 'kontakt' && s.changes.length > 0).map((s) => s.id)).toEqual([]);
  });

  it('records the consultation rows that caused changes, and only rows that say they changed the standard', () => {
    const rows = new Map(consultation.data.rows.map((r) => [r.id, r]));
    const changes = v2026.data.sections.flatMap((s) => s.changes.map((c) => ({ section: s.id, ...c })));
    expect(new Set(changes.map((c) => c.cause))).toEqual(new Set(['hoeringssvar', 'forvaltningen']));
    for (const change of changes) {
      if (change.cause === 'forvaltningen') expect(change.responses, change.section).toEqual([]);
      else expect(change.responses.length, change.section).toBeGreaterThan(0);
      for (const ref of change.responses) {
        const row = rows.get(ref.split('#')[1])!;
        expect(row.changed, ref).toBe(true);
        expect(row.sections, ref).toContain(change.section);
      }
    }
    const cited = new Set(changes.flatMap((c) => c.responses.map((r) => r.split('#')[1])));
    expect(consultation.data.rows.filter((r) => r.changed && !cited.has(r.id)).map((r) => r.id)).toEqual([]);
    expect(consultation.data.rows.length).toBeGreaterThanOrEqual(6);
    expect(consultation.data.rows.length).toBeLessThanOrEqual(10);
    expect(consultation.data.rows.every((r) => r.sections.length > 0)).toBe(true);
  });
});
