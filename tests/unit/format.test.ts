import { describe, expect, it } from 'vitest';
import { documentTitle, formatCount, formatDate, formatList, formatNumber } from '../../src/domain/format.ts';

describe('formatDate', () => {
  it('writes dates the Danish way', () => {
    expect(formatDate('2025-10-31')).toBe('31. oktober 2025');
    expect(formatDate('2024-02-29')).toBe('29. februar 2024');
  });
});

describe('formatNumber', () => {
  it('uses Danish separators and a plain minus', () => {
    expect(formatNumber(1125000)).toBe('1.125.000');
    expect(formatNumber(-645000)).toBe('-645.000');
    expect(formatNumber(0.9)).toBe('0,9');
  });
});

describe('formatCount', () => {
  it('writes small counts in words and larger ones in digits', () => {
    expect(formatCount(1)).toBe('et');
    expect(formatCount(2)).toBe('to');
    expect(formatCount(12)).toBe('tolv');
    expect(formatCount(13)).toBe('13');
    expect(formatCount(2.5)).toBe('2,5');
  });
});

describe('formatList', () => {
  it('joins with "og"', () => {
    expect(formatList(['a', 'b', 'c'])).toBe('a, b og c');
  });
});

describe('documentTitle', () => {
  it('adds the site name to short titles', () => {
    expect(documentTitle('Ordliste')).toBe('Ordliste | Rusmiddelguiden');
  });
  it('cuts long titles at a word so the whole stays within 70 characters', () => {
    const title = documentTitle('Bilag 1: Høringsnotat vedrørende revideret kvalitetsstandard for social behandling for brug af stoffer 2023-24');
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title).toBe('Bilag 1: Høringsnotat vedrørende revideret… | Rusmiddelguiden');
  });
});
