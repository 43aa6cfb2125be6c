import { danishCollator } from '../format.ts';

/** The Danish alphabet's last letters come after Z, and "Aa" reads as "Å". */
export function initialOf(text: string): string {
  const upper = text.trim().toLocaleUpperCase('da-DK');
  if (upper.startsWith('AA')) return 'Å';
  const first = upper.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0);
  if (/\p{N}/u.test(first) || first === '') return '#';
  return first;
}

/** An ascii anchor for a letter: "ae", "oe", "aa" for Æ, Ø, Å; "tal" for digits and signs. */
export function letterAnchor(letter: string): string {
  return { Æ: 'ae', Ø: 'oe', Å: 'aa', '#': 'tal' }[letter] ?? letter.toLowerCase();
}

/** Items grouped by initial letter, groups in Danish order, items kept in their given order. */
export function groupByInitial<T>(items: readonly T[], key: (item: T) => string): { letter: string; anchor: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = initialOf(key(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : danishCollator.compare(a, b)))
    .map(([letter, grouped]) => ({ letter, anchor: letterAnchor(letter), items: grouped }));
}
