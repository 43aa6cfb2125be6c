/** "3. Kommunernes forpligtigelser ..." for chapters, "Bilag 1: Eksempel på ..." for annexes, as the catalogue numbers them. */
export function catalogueHeading(entry: { kind: 'kapitel' | 'bilag'; number: number; title: string }): string {
  return entry.kind === 'kapitel' ? `${entry.number}. ${entry.title}` : `Bilag ${entry.number}: ${entry.title}`;
}

/**
 * The practice examples filed under a chapter, and how many of them its text does not show as a
 * card. When there are such examples, the chapter page links to the chapter's own list of
 * examples (which holds them all) instead of naming them, so the page keeps its size however many
 * examples municipalities add.
 */
export function chapterExamples<E extends { id: string; data: { chapter?: string } }>(examples: readonly E[], chapterId: string, shownInText: readonly string[]): { filed: E[]; notInText: number } {
  const filed = examples.filter((e) => e.data.chapter === chapterId);
  return { filed, notInText: filed.filter((e) => !shownInText.includes(e.id)).length };
}
