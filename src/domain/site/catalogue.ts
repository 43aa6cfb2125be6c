import { danishCollator } from '../format.ts';

/** "3. Kommunernes forpligtigelser ..." for chapters, "Bilag 1: Eksempel på ..." for annexes, as the catalogue numbers them. */
export function catalogueHeading(entry: { kind: 'kapitel' | 'bilag'; number: number; title: string }): string {
  return entry.kind === 'kapitel' ? `${entry.number}. ${entry.title}` : `Bilag ${entry.number}: ${entry.title}`;
}

/**
 * The practice examples a chapter lists below its text: those filed under the chapter that the text
 * does not already show, in Danish title order, at most `limit` of them. As municipalities add
 * examples the list would otherwise grow without end; `total` says how many there are in all.
 */
export function moreExamplesForChapter<E extends { id: string; data: { chapter?: string; title: string } }>(
  examples: readonly E[],
  chapterId: string,
  shownInText: readonly string[],
  limit = 6,
): { shown: E[]; total: number } {
  const more = examples.filter((e) => e.data.chapter === chapterId && !shownInText.includes(e.id)).sort((a, b) => danishCollator.compare(a.data.title, b.data.title));
  return { shown: more.slice(0, limit), total: more.length };
}
