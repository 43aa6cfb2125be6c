import { describe, expect, it } from 'vitest';
import { newestPair, oldestFirst, samePair, versionPairs } from '../../src/domain/standards/version-pairs.ts';

const v = (version: string) => ({ data: { version } });
describe('version pairs', () => {
  it('orders labels numerically', () => {
    expect(oldestFirst([v('2026'), v('2023-24'), v('2025')]).map((x) => x.data.version)).toEqual(['2023-24', '2025', '2026']);
  });
  it('makes every older-newer pair and picks the two newest', () => {
    expect(versionPairs([v('2026'), v('2024'), v('2025')]).map(([a, b]) => `${a.data.version}>${b.data.version}`)).toEqual(['2024>2025', '2024>2026', '2025>2026']);
    expect(newestPair([v('2024'), v('2026'), v('2025')])!.map((x) => x.data.version)).toEqual(['2025', '2026']);
    expect(newestPair([v('2024')])).toBeUndefined();
  });
});

describe('samePair', () => {
  const a = { id: 'k/s/2024' };
  const b = { id: 'k/s/2025' };
  it('compares versions by id, in order', () => {
    expect(samePair([a, b], [{ id: 'k/s/2024' }, { id: 'k/s/2025' }])).toBe(true);
    expect(samePair([a, b], [b, a])).toBe(false);
  });
});
