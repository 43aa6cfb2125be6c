/**
 * `npm run import:hoering` end to end: the command run on fixtures in Node 24, writing to a
 * temporary folder; exit codes, the report, what is written and what is refused.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { consultationSchema } from '../../src/schemas/consultation.ts';
import { validateContent } from '../../src/content-check/validate-content.ts';

const fixtures = 'tests/fixtures/hoering-import';
const temp = mkdtempSync(join(tmpdir(), 'import-hoering-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const koebenhavn = ['--municipality', 'koebenhavn', '--standard', 'koebenhavn/social-behandling-stoffer/2023-24', '--title', 'Høringsnotat 2023', '--year', '2023', '--source', 'koebenhavn-hoeringsnotat-2023-24'];

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('node_modules/.bin/node', ['scripts/hoering-import/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run import:hoering', { timeout: 120_000 }, () => {
  it('writes a DOCX table as valid YAML, and refuses to overwrite it without --force', () => {
    const out = join(temp, 'flettede-celler.yaml');
    const first = run([`${fixtures}/docx/flettede-celler.docx`, ...koebenhavn, '--locator', 'bilag 1', '--out', out]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain(`${fixtures}/docx/flettede-celler.docx (DOCX, tabel 1 af 1 (3 kolonner)):\n  række 1: overskriftsrække, sprunget over\n  række 2: note (tekst, der ikke hører til en høringspart)`);
    expect(first.stderr).toContain('  række 4: importeret som udsatteraadet-digitale-forloeb-erstatte (høringspart Udsatterådet; høringsparten fra en flettet celle)');
    expect(first.stderr).toContain('7 rækker importeret fra 3 høringsparter, 1 note, 1 overskriftsrække sprunget over; alle rækker kunne læses.');
    expect(first.stderr).toContain(`${out} er gemt.`);
    const written = readFileSync(out, 'utf8');
    const data = consultationSchema().parse(parse(written));
    expect(data.rows).toHaveLength(7);
    expect(data.sources).toEqual([{ source: 'koebenhavn-hoeringsnotat-2023-24', locator: 'bilag 1' }]);

    const again = run([`${fixtures}/docx/flettede-celler.docx`, ...koebenhavn, '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr.trim()).toMatch(new RegExp(`^${out}: filen findes allerede\\..*--force`));
    expect(readFileSync(out, 'utf8')).toBe(written);

    const forced = run([`${fixtures}/csv/semikolon-bom-crlf.csv`, ...koebenhavn, '--out', out, '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(consultationSchema().parse(parse(readFileSync(out, 'utf8'))).rows).toHaveLength(3);
  });

  it('prints the YAML to stdout without --out, and the report to stderr', () => {
    const result = run([`${fixtures}/csv/komma-lf.csv`, ...koebenhavn]);
    expect(result.status, result.stderr).toBe(0);
    const data = consultationSchema().parse(parse(result.stdout));
    expect(data.parties.map((p) => p.name)).toEqual(['Frivilligrådet', 'Handicaprådet']);
    expect(result.stderr).toContain('  linje 2: overskrift med høringsparten "Frivilligrådet" for rækkerne under den');
  });

  it('exits 1 and writes nothing when a row cannot be read, naming every such line; a row without a response is imported', () => {
    const out = join(temp, 'ulaeselige.yaml');
    const result = run([`${fixtures}/csv/ulaeselige-raekker.csv`, ...koebenhavn, '--out', out]);
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(result.stdout).toBe('');
    const problems = result.stderr.split('\n').filter((line) => line.includes(': FEJL: '));
    expect(problems).toEqual([
      '  linje 2: FEJL: cellen til høringsparten er tom, og ingen række ovenover nævner en høringspart',
      '  linje 5: FEJL: cellen til bemærkningen er tom',
      '  linje 6: FEJL: rækken har 4 felter, men skal have 3 (høringspart, bemærkning, svar): der mangler måske et skilletegn eller et anførselstegn, eller der er et for meget',
      '  linje 7: FEJL: rækken har 2 felter, men skal have 3 (høringspart, bemærkning, svar): der mangler måske et skilletegn eller et anførselstegn, eller der er et for meget',
      '  linje 8: FEJL: svaret siger "Ændring på baggrund af bemærkning", men der står ikke bagefter, hvad der blev ændret',
      '  linje 10: FEJL: et felt i anførselstegn bliver aldrig lukket (der mangler et afsluttende ")',
    ]);
    const last = result.stderr.trim().split('\n').at(-1)!;
    expect(last).toMatch(/^Der er ikke gemt noget: 6 rækker i /);
    expect(last).toContain(`${fixtures}/csv/ulaeselige-raekker.csv kan ikke læses (se FEJL ovenfor)`);
    expect(last).toContain('--allow-partial');
  });

  it('with --allow-partial, writes the readable rows and keeps the others in notes', () => {
    const out = join(temp, 'delvis.yaml');
    const result = run([`${fixtures}/docx/ulaeselige-raekker.docx`, ...koebenhavn, '--out', out, '--allow-partial']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('  række 5: FEJL: rækken har celler til 2 af tabellens 3 kolonner (gemt i notes, mærket [IKKE IMPORTERET])');
    expect(result.stderr).toContain(`${out} er gemt. 4 rækker, der ikke kunne læses, står i notes, mærket [IKKE IMPORTERET]. Ret dem, før filen udgives.`);
    const data = parse(readFileSync(out, 'utf8')) as { rows: unknown[]; notes: string[] };
    // The content check refuses each kept row until the editor resolves it.
    expect(consultationSchema().safeParse(data).error?.issues.map((issue) => issue.path)).toEqual([0, 1, 2, 3].map((i) => ['notes', i]));
    expect(data.rows).toHaveLength(4);
    expect(data.notes.map((note) => note.split(':')[0])).toEqual([
      '[IKKE IMPORTERET] ulaeselige-raekker.docx, række 2',
      '[IKKE IMPORTERET] ulaeselige-raekker.docx, række 5',
      '[IKKE IMPORTERET] ulaeselige-raekker.docx, række 6',
      '[IKKE IMPORTERET] ulaeselige-raekker.docx, række 8',
    ]);
  });

  it('exits 2 with one clear line for a file it cannot read', () => {
    const result = run([`${fixtures}/docx/beskadiget.docx`, ...koebenhavn, '--out', join(temp, 'x.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      `${fixtures}/docx/beskadiget.docx: kan ikke læses som DOCX-fil (arkivets indholdsfortegnelse mangler): den er beskadiget, eller den er et ZIP-arkiv, der ikke er et Word-dokument; der skal være et Word-dokument (.docx) med en tabel med kolonnerne høringspart | bemærkning | svar`,
    );
    expect(existsSync(join(temp, 'x.yaml'))).toBe(false);
    const pdf = run([`${fixtures}/hoeringsnotat.pdf`, ...koebenhavn]);
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toMatch(/hoeringsnotat\.pdf: er ikke en CSV-, DOCX- eller XLSX-fil\. .*ender på "\.pdf"/);
  });

  it('exits 2 with the usage for missing or unknown options', () => {
    const missing = run([`${fixtures}/csv/komma-lf.csv`, '--municipality', 'koebenhavn']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^Der mangler --standard, --title, --year og --source\.\n\nBrug: npm run import:hoering/);
    const unknown = run([`${fixtures}/csv/komma-lf.csv`, ...koebenhavn, '--sep', ';']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Kommandoen kender ikke tilvalget --sep.');
  });

  it('exits 1 with the schema\'s message when an option makes the YAML invalid', () => {
    const result = run([`${fixtures}/csv/komma-lf.csv`, ...koebenhavn.map((a) => (a === '2023' ? 'tyve' : a))]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('komma-lf.yaml (stdout): feltet »year« skal være et årstal skrevet som et tal, fx 2023; der står "tyve"');
    expect(result.stderr.trim().split('\n').at(-1)).toBe('Der er ikke gemt noget.');
  });

  it('with --slug, writes into the content folder a file the content check accepts, leaving out sections the standard lacks', () => {
    const contentRoot = join(temp, 'content');
    cpSync('tests/fixtures/base-content', contentRoot, { recursive: true });
    const args = [`${fixtures}/docx/flettede-celler.docx`, '--municipality', 'testby', '--standard', 'testby/social-behandling/2024', '--title', 'Høringsnotat', '--year', '2024', '--source', 'testkilde', '--slug', 'ny-hoering'];
    const result = run(args, { CONTENT_ROOT: contentRoot });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('  række 5: advarsel: afsnit 3.4, som teksten nævner, er ikke et afsnit i testby/social-behandling/2024: det er udeladt');
    expect(result.stderr).not.toContain('check:content vil melde fejl');
    const file = join(contentRoot, 'consultations/testby/ny-hoering.yaml');
    expect(consultationSchema().parse(parse(readFileSync(file, 'utf8'))).rows.every((r) => r.sections.length === 0)).toBe(true);
    expect(validateContent(contentRoot, temp).problems).toEqual([]);

    writeFileSync(file, 'changed by hand\n');
    const again = run(args, { CONTENT_ROOT: contentRoot });
    expect(again.status).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('changed by hand\n');
  });

  it('warns, without failing, when the content folder lacks what the file refers to', () => {
    const result = run([`${fixtures}/csv/komma-lf.csv`, ...koebenhavn.map((a) => (a === 'koebenhavn-hoeringsnotat-2023-24' ? 'ukendt-kilde' : a))]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('Advarsel: npm run check:content vil melde fejl, indtil indholdet under content/ har det, som filen henviser til:');
    expect(result.stderr).toContain("komma-lf.yaml (stdout): feltet »sources → nr. 1 → source« skal være id'et på en kilde i content/sources/");
  });
});
