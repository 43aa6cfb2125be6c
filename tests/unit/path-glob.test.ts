import { matchesGlob } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globOfPaths } from '../../src/domain/search/path-glob.ts';

describe('globOfPaths', () => {
  it('writes the shared folders once', () => {
    expect(globOfPaths(['standarder/a/index.html', 'standarder/b/index.html', 'index.html'])).toBe('{index.html,standarder/{a/index.html,b/index.html}}');
    expect(globOfPaths(['hoeringer/x/index.html'])).toBe('hoeringer/x/index.html');
  });

  it('matches exactly the paths it was given, among all the paths of the same folders', () => {
    const segment = fc.constantFrom('a', 'b', 'side', 'index.html', 'x-1', 'æble');
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
    fc.assert(
      fc.property(fc.uniqueArray(path, { minLength: 1, maxLength: 12 }), fc.uniqueArray(path, { maxLength: 12 }), (chosen, others) => {
        const glob = globOfPaths(chosen);
        for (const p of chosen) expect(matchesGlob(p, glob), `${p} in ${glob}`).toBe(true);
        for (const p of others.filter((o) => !chosen.includes(o))) expect(matchesGlob(p, glob), `${p} not in ${glob}`).toBe(false);
      }),
    );
  });

  it('refuses a path with glob syntax or an empty list, rather than matching other files', () => {
    for (const bad of ['a/*.html', 'a/{b}.html', 'a/[x].html', 'a,b.html', '../a.html', '/a.html', 'a//b.html']) expect(() => globOfPaths([bad]), bad).toThrow(/stien/);
    expect(() => globOfPaths([])).toThrow();
  });
});
