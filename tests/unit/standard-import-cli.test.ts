/**
 * `npm run import:standard` end to end in Node 24 on a temporary copy of content/: the draft it
 * writes passes the content check, a file is never overwritten without --force, and every refusal
 * is a Danish message with the exit code the usage names.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { validateFiles } from '../../src/content-check/validate-content.ts';
import { oddlyNumberedStandard } from '../fixtures/standard-import/documents.ts';

const dir = mkdtempSync(join(tmpdir(), 'standard-import-'));
const content = join(dir, 'content');
const docx = join(dir, 'Kvalitetsstandard Ishøj.docx');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  cpSync('content', content, { recursive: true });
  writeFileSync(docx, await oddlyNumberedStandard());
}, 60_000);

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('node_modules/.bin/node', ['scripts/standard-import/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, BUILD_DATE: '2026-11-23', CONTENT_ROOT: content, ...env }, timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run import:standard', { timeout: 120_000 }, () => {
  it('writes a draft into content/standards/ that passes the content check, and prints the mapping and what is missing', () => {
    const result = run([docx, '--kommune', 'ishoej']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const target = join(content, 'standards/ishoej/social-behandling-stoffer/2026.mdx');
    expect(existsSync(target)).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('status: udkast');
    expect(result.out).toContain('4 Hvem kan få hjælp (i Word: »Kapitel 4: Hvem kan få hjælp«) → 2 Målgruppe (overskriften nævner »hvem kan få«)');
    expect(result.out).toContain('  - 15 Gavekort');
    expect(result.out).toContain('afsnit »Sådan klager du«, tekststykke nr. 2: et billede');
    const { files, foundIds, problems } = readContentFiles(content);
    expect([...problems, ...validateFiles(files, foundIds).problems]).toEqual([]);
    expect(files.some((f) => f.id === 'ishoej/social-behandling-stoffer/2026')).toBe(true);

    const again = run([docx, '--kommune', 'ishoej']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('filen findes allerede, og kommandoen overskriver ikke uden --force');
  });

  it('never overwrites --out without --force, and overwrites it whole with --force', () => {
    const out = join(dir, 'udkast.mdx');
    writeFileSync(out, 'mit eget udkast\n');
    const refused = run([docx, '--kommune', 'ishoej', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('udkast.mdx: filen findes allerede');
    expect(readFileSync(out, 'utf8')).toBe('mit eget udkast\n');
    const forced = run([docx, '--kommune', 'ishoej', '--out', out, '--force', '--version', '2027']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('version: "2027"');
  });

  it('refuses a damaged file in Danish and writes nothing', () => {
    const damaged = join(dir, 'beskadiget.docx');
    writeFileSync(damaged, readFileSync(docx).subarray(0, 2000));
    const out = join(dir, 'fra-beskadiget.mdx');
    const result = run([damaged, '--kommune', 'ishoej', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('beskadiget.docx: kan ikke læses som en Word-fil: filen er beskadiget');
    expect(result.err).toContain('Intet er gemt.');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a draft that would fail the content check, with the check\'s Danish messages (exit 1)', () => {
    const broken = join(dir, 'broken-content');
    cpSync(content, broken, { recursive: true });
    rmSync(join(broken, 'law/sel-101.yaml'));
    const out = join(dir, 'ugyldig.mdx');
    const result = run([docx, '--kommune', 'ishoej', '--out', out], { CONTENT_ROOT: broken });
    expect(result.code).toBe(1);
    expect(result.err).toContain('legalBases');
    expect(result.err).toContain('Udkastet ville ikke bestå npm run check:content. Intet er gemt.');
    expect(existsSync(out)).toBe(false);
  });

  it('names an unknown municipality, a missing option and a missing file in Danish (exit 2), and prints the usage with --help (exit 0)', () => {
    const unknown = run([docx, '--kommune', 'atlantis', '--out', join(dir, 'x.mdx')]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Der er ingen kommune med id\'et "atlantis"');
    expect(run([docx]).err).toContain('Der mangler --kommune.');
    expect(run([join(dir, 'findes-ikke.docx'), '--kommune', 'ishoej']).err).toContain('findes-ikke.docx: filen findes ikke');
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Sådan bruges den: npm run import:standard -- <fil.docx> --kommune <id>');
  });
});
