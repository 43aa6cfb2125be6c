import { checkTotal, type TotalCheck } from './budget.ts';

/** Danish names of the UIP development phases, in order. */
export const phaseLabels = { screening: 'Screening', modning: 'Modning', afproevning: 'Afprøvning', udbredelse: 'Udbredelse' } as const;

/** The check of an initiative's stated total against the sum of its years. */
export function initiativeBudgetCheck(budget: { years: { amount: number }[]; total?: number }): TotalCheck {
  return checkTotal(
    budget.years.map((y) => y.amount),
    budget.total,
  );
}

/** "15-25 år", "fra 18 år", "under 30 år" from optional age limits; undefined without limits. */
export function describeAges(from?: number, to?: number): string | undefined {
  if (from !== undefined && to !== undefined) return `${from}-${to} år`;
  if (from !== undefined) return `fra ${from} år`;
  if (to !== undefined) return `til og med ${to} år`;
  return undefined;
}
