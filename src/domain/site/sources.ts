import { formatDate } from '../format.ts';

/** How a source's date is shown: its date, its year, or "ca. <year>" when the year is an estimate; undefined for undated sources. */
export function describeSourceDate(source: { date?: string; year?: number; yearApproximate?: boolean }): string | undefined {
  if (source.date) return formatDate(source.date);
  if (source.year) return source.yearApproximate ? `ca. ${source.year}` : String(source.year);
  return undefined;
}
