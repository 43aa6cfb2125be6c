/** Checks that a budget's stated totals match the sum of its parts, as the sources do not always add up. */

/** Sums amounts without floating-point noise for amounts with up to two decimals (mio. kr. such as 0,9). */
export function sumAmounts(amounts: readonly number[]): number {
  return Math.round(amounts.reduce((sum, a) => sum + a * 100, 0)) / 100;
}

export interface TotalCheck {
  computed: number;
  stated?: number;
  /** True when there is no stated total, or it equals the computed sum. */
  matches: boolean;
}

export function checkTotal(amounts: readonly number[], stated?: number): TotalCheck {
  const computed = sumAmounts(amounts);
  return { computed, stated, matches: stated === undefined || Math.abs(computed - stated) < 0.005 };
}

/** For a table of lines (one amount per column): the check of each column's total. */
export function checkColumnTotals(lines: readonly { amounts: readonly number[] }[], statedTotals: readonly number[]): TotalCheck[] {
  return statedTotals.map((stated, column) => checkTotal(lines.map((line) => line.amounts[column] ?? 0), stated));
}
