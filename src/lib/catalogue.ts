/** "3. Kommunernes forpligtigelser ..." for chapters, "Bilag 1: Eksempel på ..." for annexes, as the catalogue numbers them. */
export function catalogueHeading(entry: { kind: 'kapitel' | 'bilag'; number: number; title: string }): string {
  return entry.kind === 'kapitel' ? `${entry.number}. ${entry.title}` : `Bilag ${entry.number}: ${entry.title}`;
}
