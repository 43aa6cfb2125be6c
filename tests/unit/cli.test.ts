import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../scripts/lib/cli.ts';

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
    expect(() => writeFileAtomically(join(dir, 'a.yaml'), 'new\n', { overwrite: false })).toThrow(/a\.yaml: could not be written \(it already exists\)/);
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
    expect(() => writeFileAtomically(join(dir, 'a.yaml'), 'rows: 50\n'.repeat(100), { overwrite: true, writeText: halfThenFull })).toThrow(/could not be written \(the disk is full\)/);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('rows: 49\n');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it('makes the folder when it is missing', () => {
    const dir = folder();
    writeFileAtomically(join(dir, 'ny', 'mappe', 'a.yaml'), 'x\n', { overwrite: false });
    expect(existsSync(join(dir, 'ny', 'mappe', 'a.yaml'))).toBe(true);
  });
});
