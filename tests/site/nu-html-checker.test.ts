/**
 * An independent validator over the built site: the W3C Nu HTML Checker (vnu.jar from npm vnu-jar,
 * on Debian's headless Java) checks every HTML page in dist/, errors only, and finds none.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/browser/dist.ts';

const java = process.env.JAVA_PATH ?? '/usr/bin/java';
const vnu = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** The Nu checker's errors for the HTML files under `folder`. */
function nuErrors(folder: string): NuMessage[] {
  const result = spawnSync(java, ['-jar', vnu, '--format', 'json', '--errors-only', '--skip-non-html', folder], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  return (JSON.parse(result.stderr) as { messages: NuMessage[] }).messages;
}

describe('the W3C Nu HTML Checker', () => {
  it('finds the errors in a broken page, so a clean result means something', () => {
    const folder = mkdtempSync(join(tmpdir(), 'vnu-'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><html lang="da"><head><title>x</title></head><body><p><div></p></body></html><script></script>');
    expect(nuErrors(folder).length).toBeGreaterThan(0);
  }, 60_000);

  it('reports no error on any built page', () => {
    expect(builtPages().filter((p) => p.file.endsWith('.html')).length).toBeGreaterThan(100);
    const errors = nuErrors('dist').map((m) => `${m.url?.replace(/^.*\/dist\//, '/')}:${m.lastLine}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
