/**
 * The words people search with for the rules a page states: each cited law entry's own search
 * words (also ones the site does not use itself, such as "misbrug" or "ventetid"), and, on a law's
 * own page, the terms and synonyms of the glossary entries that rest on that law. The layout writes
 * them into a hidden paragraph of the indexed body, so a search in citizens' words finds today's rules.
 */

interface LawWords {
  searchWords: readonly string[];
}
interface GlossaryWords {
  term: string;
  synonyms: readonly string[];
  laws: readonly string[];
}

/**
 * The search words for a page citing `lawIds`, each once, in the order first met. `lawPage` is the
 * law id of a law's own page: only it gets the glossary's words, so a term like "URUS" does not
 * spread to every page that happens to cite serviceloven § 101.
 */
export function searchWordsFor(lawIds: readonly string[], laws: ReadonlyMap<string, LawWords>, glossary: readonly GlossaryWords[], lawPage?: string): string[] {
  const words = [
    ...lawIds.flatMap((id) => laws.get(id)?.searchWords ?? []),
    ...(lawPage ? glossary.filter((g) => g.laws.includes(lawPage)).flatMap((g) => [g.term, ...g.synonyms]) : []),
  ];
  const seen = new Set<string>();
  return words.filter((w) => {
    const key = w.toLocaleLowerCase('da-DK');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
