import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainBetween, consecutivePairs, hasPage, newestPair, oldestFirst, pagePairs, samePair, versionPairs } from '../../src/domain/standards/version-pairs.ts';

const v = (version: string) => ({ id: `k/s/${version}`, data: { version } });
const labels = (pairs: [{ data: { version: string } }, { data: { version: string } }][]) => pairs.map(([a, b]) => `${a.data.version}>${b.data.version}`);

describe('version pairs', () => {
  it('orders labels numerically', () => {
    expect(oldestFirst([v('2026'), v('2023-24'), v('2025')]).map((x) => x.data.version)).toEqual(['2023-24', '2025', '2026']);
  });
  it('makes every older-newer pair (for the form) and picks the two newest', () => {
    expect(labels(versionPairs([v('2026'), v('2024'), v('2025')]))).toEqual(['2024>2025', '2024>2026', '2025>2026']);
    expect(newestPair([v('2024'), v('2026'), v('2025')])!.map((x) => x.data.version)).toEqual(['2025', '2026']);
    expect(newestPair([v('2024')])).toBeUndefined();
  });
  it('pairs each version with the one before it', () => {
    expect(labels(consecutivePairs([v('2026'), v('2022'), v('2024'), v('2025')]))).toEqual(['2022>2024', '2024>2025', '2025>2026']);
    expect(consecutivePairs([v('2026')])).toEqual([]);
  });
});

describe('pagePairs: the pairs that get a page', () => {
  const five = ['2018', '2020', '2022', '2024', '2026'].map(v);

  it('gives the chain and the version in force against each older one', () => {
    expect(labels(pagePairs(five, five[4]))).toEqual(['2018>2020', '2020>2022', '2022>2024', '2024>2026', '2018>2026', '2020>2026', '2022>2026']);
  });

  it('with a newer draft than the version in force, compares the draft only with the one before it', () => {
    expect(labels(pagePairs(five, five[2]))).toEqual(['2018>2020', '2020>2022', '2022>2024', '2024>2026', '2018>2022']);
  });

  it('without a version in force, gives the chain only', () => {
    expect(labels(pagePairs(five, undefined))).toEqual(labels(consecutivePairs(five)));
  });

  it('is linear: at most 2n - 3 pages for n ≥ 2 versions, each pair once, older first, always the chain', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1990, max: 2100 }), { minLength: 2, maxLength: 30 }), fc.option(fc.nat(), { nil: undefined }), (years, at) => {
        const versions = years.map((y) => v(String(y)));
        const inForce = at === undefined ? undefined : versions[at % versions.length];
        const pairs = pagePairs(versions, inForce);
        expect(pairs.length).toBeLessThanOrEqual(2 * versions.length - 3);
        expect(new Set(labels(pairs)).size).toBe(pairs.length);
        for (const [a, b] of pairs) expect(Number(a.data.version)).toBeLessThan(Number(b.data.version));
        for (const p of consecutivePairs(versions)) expect(hasPage(pairs, p)).toBe(true);
        if (inForce === oldestFirst(versions).at(-1)) expect(pairs).toHaveLength(2 * versions.length - 3);
        if (inForce) for (const older of versions.filter((x) => Number(x.data.version) < Number(inForce.data.version))) expect(hasPage(pairs, [older, inForce])).toBe(true);
      }),
    );
  });
});

describe('chainBetween', () => {
  const four = ['2019', '2021', '2023', '2025'].map(v);
  it('is the consecutive steps from one version to a later one', () => {
    expect(labels(chainBetween(four, four[0], four[3]))).toEqual(['2019>2021', '2021>2023', '2023>2025']);
    expect(labels(chainBetween(four, four[1], four[2]))).toEqual(['2021>2023']);
    expect(chainBetween(four, four[2], four[1])).toEqual([]);
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
