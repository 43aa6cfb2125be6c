/** Danish formatting of dates, numbers and lists for the site's text. */

const longDate = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('da-DK');
const listFormat = new Intl.ListFormat('da-DK', { style: 'long', type: 'conjunction' });

/** "2025-10-31" -> "31. oktober 2025". */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return longDate.format(new Date(Date.UTC(y, m - 1, d)));
}

const weekdayName = new Intl.DateTimeFormat('da-DK', { weekday: 'long', timeZone: 'UTC' });

/** "2026-04-04" -> "lørdag den 4. april 2026". */
export function formatDateWithWeekday(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${weekdayName.format(new Date(Date.UTC(y, m - 1, d)))} den ${formatDate(isoDate)}`;
}

/** 1125000 -> "1.125.000"; -645000 -> "-645.000"; 0.9 -> "0,9". */
export function formatNumber(value: number): string {
  return numberFormat.format(value).replace('\u2212', '-');
}

const smallNumbers = ['nul', 'et', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv'];

/**
 * A count of a neuter noun (år, døgn) as Danish text writes it: 0 to 12 in words, 2 -> "to", 1 -> "et";
 * larger numbers in digits.
 */
export function formatCount(value: number): string {
  return Number.isInteger(value) && value >= 0 && value < smallNumbers.length ? smallNumbers[value] : formatNumber(value);
}

/** ["a", "b", "c"] -> "a, b og c". */
export function formatList(items: readonly string[]): string {
  return listFormat.format(items);
}

/** The Danish collation used for every A-Z list, so "Å" sorts last and "Aa" as "Å". */
export const danishCollator = new Intl.Collator('da-DK', { sensitivity: 'base' });

/**
 * A document title for <title>: "<page> | Rusmiddelguiden", with the page part cut at a word and
 * ended with "…" when the whole would be longer than `max` characters (the h1 keeps the full title).
 */
export function documentTitle(pageTitle: string, siteName = 'Rusmiddelguiden', max = 70): string {
  const suffix = ` | ${siteName}`;
  const room = max - suffix.length;
  if (pageTitle.length <= room) return `${pageTitle}${suffix}`;
  const cut = pageTitle.slice(0, room - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), Math.floor(room / 2))).replace(/[\s,.:;–-]+$/, '');
  return `${atWord}…${suffix}`;
}
