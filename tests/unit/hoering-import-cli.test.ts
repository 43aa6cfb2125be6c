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

describe('npm run import:hoering', () => {
  it('writes a DOCX table as valid YAML, and refuses to overwrite it without --force', () => {
    const out = join(temp, 'flettede-celler.yaml');
    const first = run([`${fixtures}/docx/flettede-celler.docx`, ...koebenhavn, '--locator', 'bilag 1', '--out', out]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain(`${fixtures}/docx/flettede-celler.docx (DOCX, table 1 of 1 (3 columns)):\n  row 1: header row, skipped\n  row 2: note (text belonging to no party)`);
    expect(first.stderr).toContain('  row 4: imported as udsatteraadet-digitale-forloeb-erstatte (party Udsatterådet; party from a merged cell)');
    expect(first.stderr).toContain('7 rows imported from 3 parties, 1 note, 1 header row skipped; every row could be read.');
    expect(first.stderr).toContain(`Wrote ${out}.`);
    const written = readFileSync(out, 'utf8');
    const data = consultationSchema().parse(parse(written));
    expect(data.rows).toHaveLength(7);
    expect(data.sources).toEqual([{ source: 'koebenhavn-hoeringsnotat-2023-24', locator: 'bilag 1' }]);

    const again = run([`${fixtures}/docx/flettede-celler.docx`, ...koebenhavn, '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr.trim()).toBe(`${out}: already exists; run again with --force to overwrite it`);
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
    expect(result.stderr).toContain('  line 2: party heading "Frivilligrådet" for the rows below');
  });

  it('exits 1 and writes nothing when a row cannot be read, naming every such line', () => {
    const out = join(temp, 'ulaeselige.yaml');
    const result = run([`${fixtures}/csv/ulaeselige-raekker.csv`, ...koebenhavn, '--out', out]);
    expect(result.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(result.stdout).toBe('');
    const problems = result.stderr.split('\n').filter((line) => line.includes(': PROBLEM: '));
    expect(problems).toEqual([
      '  line 2: PROBLEM: has an empty party cell, and no row above it names a party',
      '  line 4: PROBLEM: has an empty response cell',
      '  line 5: PROBLEM: has an empty remark cell',
      '  line 6: PROBLEM: has 4 fields, expected 3 (party, remark, response): a separator or a quote may be missing or extra',
      '  line 7: PROBLEM: has 2 fields, expected 3 (party, remark, response): a separator or a quote may be missing or extra',
      '  line 8: PROBLEM: says "Ændring på baggrund af bemærkning" in the response, but no description of the change follows it',
      '  line 10: PROBLEM: has a quoted field that is never closed (a closing " is missing)',
    ]);
    expect(result.stderr.trim().split('\n').at(-1)).toBe(
      `Nothing was written: 7 rows of ${fixtures}/csv/ulaeselige-raekker.csv could not be read (PROBLEM above). Fix them, or run again with --allow-partial to keep them in notes marked [IKKE IMPORTERET].`,
    );
  });

  it('with --allow-partial, writes the readable rows and keeps the others in notes', () => {
    const out = join(temp, 'delvis.yaml');
    const result = run([`${fixtures}/docx/ulaeselige-raekker.docx`, ...koebenhavn, '--out', out, '--allow-partial']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('  row 5: PROBLEM: has cells for 2 of the table\'s 3 columns (kept in notes, marked [IKKE IMPORTERET])');
    expect(result.stderr).toContain(`Wrote ${out}, with 5 rows kept in notes marked [IKKE IMPORTERET]: fix them before publishing.`);
    const data = parse(readFileSync(out, 'utf8')) as { rows: unknown[]; notes: string[] };
    // The content check refuses each kept row until the editor resolves it.
    expect(consultationSchema().safeParse(data).error?.issues.map((issue) => issue.path)).toEqual([0, 1, 2, 3, 4].map((i) => ['notes', i]));
    expect(data.rows).toHaveLength(3);
    expect(data.notes.map((note) => note.split(':')[0])).toEqual([
      '[IKKE IMPORTERET] ulaeselige-raekker.docx, row 2',
      '[IKKE IMPORTERET] ulaeselige-raekker.docx, row 4',
      '[IKKE IMPORTERET] ulaeselige-raekker.docx, row 5',
      '[IKKE IMPORTERET] ulaeselige-raekker.docx, row 6',
      '[IKKE IMPORTERET] ulaeselige-raekker.docx, row 8',
    ]);
  });

  it('exits 2 with one clear line for a file it cannot read', () => {
    const result = run([`${fixtures}/docx/beskadiget.docx`, ...koebenhavn, '--out', join(temp, 'x.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      `${fixtures}/docx/beskadiget.docx: could not be read as a DOCX file (its table of contents is missing): it is damaged, or a ZIP archive that is not a Word document; expected a Word document (.docx) holding a table with the columns party | remark | response`,
    );
    expect(existsSync(join(temp, 'x.yaml'))).toBe(false);
    const pdf = run([`${fixtures}/hoeringsnotat.pdf`, ...koebenhavn]);
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toContain('hoeringsnotat.pdf: is not a CSV or DOCX file');
  });

  it('exits 2 with the usage for missing or unknown options', () => {
    const missing = run([`${fixtures}/csv/komma-lf.csv`, '--municipality', 'koebenhavn']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^Missing --standard, --title, --year, --source\.\n\nUsage: npm run import:hoering/);
    const unknown = run([`${fixtures}/csv/komma-lf.csv`, ...koebenhavn, '--sep', ';']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--sep'");
  });

  it('exits 1 with the schema\'s message when an option makes the YAML invalid', () => {
    const result = run([`${fixtures}/csv/komma-lf.csv`, ...koebenhavn.map((a) => (a === '2023' ? 'tyve' : a))]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('komma-lf.yaml (stdout): feltet »year« skal være et årstal skrevet som et tal, fx 2023; der står "tyve"');
    expect(result.stderr.trim().split('\n').at(-1)).toBe('Nothing was written.');
  });

  it('with --slug, writes into the content folder a file the content check accepts, leaving out sections the standard lacks', () => {
    const contentRoot = join(temp, 'content');
    cpSync('tests/fixtures/base-content', contentRoot, { recursive: true });
    const args = [`${fixtures}/docx/flettede-celler.docx`, '--municipality', 'testby', '--standard', 'testby/social-behandling/2024', '--title', 'Høringsnotat', '--year', '2024', '--source', 'testkilde', '--slug', 'ny-hoering'];
    const result = run(args, { CONTENT_ROOT: contentRoot });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('  row 5: warning: section 3.4 named in the text is not a section of testby/social-behandling/2024: left out');
    expect(result.stderr).not.toContain('check:content will report');
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
    expect(result.stderr).toContain('Warning: npm run check:content will report, until the content under content/ has what this file refers to:');
    expect(result.stderr).toContain("komma-lf.yaml (stdout): feltet »sources → nr. 1 → source« skal være id'et på en kilde i content/sources/");
  });
});
