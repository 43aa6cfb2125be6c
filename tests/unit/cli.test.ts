import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { danishList, unexpectedErrorMessage, writeFailure, writeFileAtomically } from '../../scripts/lib/cli.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'cli-'));

describe('writeFileAtomically', () => {
  it('writes a new file, and leaves no temporary file behind', () => {
    const dir = folder();
    writeFileAtomically(join(dir, 'a.yaml'), 'x: 1\n', { overwrite: false });
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('x: 1\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('never replaces an existing file without overwrite', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.yaml'), 'old\n');
    expect(() => writeFileAtomically(join(dir, 'a.yaml'), 'new\n', { overwrite: false })).toThrow(/a\.yaml: kunne ikke gemmes \(filen findes allerede\)/);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('replaces a file whole with overwrite', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.yaml'), 'old\n');
    writeFileAtomically(join(dir, 'a.yaml'), 'new\n', { overwrite: true });
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('new\n');
  });

  it('leaves the old file as it was when the disk fills up half-way, and says so', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.yaml'), 'rows: 49\n');
    const halfThenFull = (fd: number, text: string) => {
      writeSync(fd, text.slice(0, text.length / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    expect(() => writeFileAtomically(join(dir, 'a.yaml'), 'rows: 50\n'.repeat(100), { overwrite: true, writeText: halfThenFull })).toThrow(/kunne ikke gemmes \(disken er fuld\)/);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('rows: 49\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('makes the folder when it is missing', () => {
    const dir = folder();
    writeFileAtomically(join(dir, 'ny', 'mappe', 'a.yaml'), 'x\n', { overwrite: false });
    expect(existsSync(join(dir, 'ny', 'mappe', 'a.yaml'))).toBe(true);
  });
});

describe('messages', () => {
  it('writes lists as Danish sentences do', () => {
    expect(danishList([])).toBe('');
    expect(danishList(['--title'])).toBe('--title');
    expect(danishList(['a', 'b'])).toBe('a og b');
    expect(danishList(['a', 'b', 'c'], 'eller')).toBe('a, b eller c');
  });

  it('names why a file could not be written, in Danish, also for an error it has no words for', () => {
    expect(writeFailure('x.yaml', Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))).toBe('x.yaml: kunne ikke gemmes (du har ikke lov til at gemme filer der)');
    expect(writeFailure('x.yaml', Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }))).toBe('x.yaml: kunne ikke gemmes (systemet meldte fejlen EIO)');
  });

  it('says an unexpected error in one line: its message, that nothing was saved, and where to report it', () => {
    const message = unexpectedErrorMessage(new RangeError('Invalid string length\n    at somewhere'));
    expect(message.split('\n')[0]).toBe('Der skete en uventet fejl: Invalid string length. Intet er gemt.');
    expect(message).toContain('Meld fejlen til');
    expect(message).toContain('DEBUG=1');
  });
});

describe('an unexpected error in a command-line tool', () => {
  const dir = folder();
  const cli = resolve('scripts/lib/cli.ts');
  /** A tool that reads its command line (installing the crash handler) and then fails as `body` says. */
  function tool(name: string, body: string) {
    const file = join(dir, `${name}.ts`);
    writeFileSync(file, `import { readCommandLine } from ${JSON.stringify(cli)};\nreadCommandLine('Brug: test', {});\n${body}\n`);
    return (env: Record<string, string> = {}) => {
      const { DEBUG: _, ...rest } = process.env;
      return spawnSync(resolve('node_modules/.bin/node'), [file], { encoding: 'utf8', env: { ...rest, ...env }, timeout: 30_000 });
    };
  }
  const stackLine = /^\s+at .+[:(]/m;

  it.each([
    ['a thrown error', 'throw new Error("kaboom");'],
    ['a rejected promise', 'await Promise.reject(new Error("kaboom"));'],
    ['an error in a callback', 'setTimeout(() => { throw new TypeError("kaboom"); }, 1);'],
  ])('%s: exit code 1 and one Danish line, no stack trace', (name, body) => {
    const result = tool(name.replace(/\W+/g, '-'), body)();
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('Der skete en uventet fejl: kaboom. Intet er gemt.');
    expect(result.stderr).not.toMatch(stackLine);
    expect(result.stderr).not.toContain('kaboom\n');
  });

  it('shows the stack when DEBUG is set', () => {
    const result = tool('debug', 'throw new Error("kaboom");')({ DEBUG: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Der skete en uventet fejl: kaboom. Intet er gemt.');
    expect(result.stderr).toMatch(stackLine);
  });
});
