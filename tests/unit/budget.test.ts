import { describe, expect, it } from 'vitest';
import { checkColumnTotals, checkTotal, sumAmounts } from '../../src/domain/programmes/budget.ts';
import { describeAges, initiativeBudgetCheck } from '../../src/domain/programmes/initiatives.ts';

describe('budget checks', () => {
  it('sums decimal amounts without floating-point noise', () => {
    expect(sumAmounts([0.1, 0.2])).toBe(0.3);
    expect(sumAmounts([13.5, 4.4, 0.8, 5.4, 2.3])).toBe(26.4);
  });
  it('reports whether a stated total matches', () => {
    expect(checkTotal([1, 2], 3)).toEqual({ computed: 3, stated: 3, matches: true });
    expect(checkTotal([1, 2], 4)).toEqual({ computed: 3, stated: 4, matches: false });
    expect(checkTotal([1, 2]).matches).toBe(true);
  });
  it('checks each column of a budget table (Ishøj 2015-2016)', () => {
    const lines = [1125000, 600000, 180000, 100000, 100000, 100000].map((a) => ({ amounts: [a, a] }));
    const table = [...lines, { amounts: [150000, 0] }, { amounts: [-3000000, -3000000] }];
    expect(checkColumnTotals(table, [-645000, -795000]).map((c) => c.matches)).toEqual([true, true]);
    expect(checkColumnTotals(table, [-645000, -790000]).map((c) => c.matches)).toEqual([true, false]);
  });
  it('checks an initiative budget', () => {
    expect(initiativeBudgetCheck({ years: [{ amount: 0.9 }], total: 0.9 }).matches).toBe(true);
    expect(initiativeBudgetCheck({ years: [{ amount: 5 }, { amount: 3.2 }], total: 8.3 }).matches).toBe(false);
  });
});

describe('describeAges', () => {
  it('describes age limits', () => {
    expect(describeAges(15, 25)).toBe('15-25 år');
    expect(describeAges(18)).toBe('fra 18 år');
    expect(describeAges(undefined, 29)).toBe('til og med 29 år');
    expect(describeAges()).toBeUndefined();
  });
});
