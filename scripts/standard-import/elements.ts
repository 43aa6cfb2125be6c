/**
 * Which element of BEK 1477/2019 § 4 (and of the guidance) each section of an imported standard
 * covers, found by the words of its heading and text, never by its number: councils number their
 * standards their own way. The words are each element's title and keywords in
 * content/rules/kvalitetsstandard-elementer.yaml.
 *
 * A section covers the elements its heading names; when the heading names none, it covers the
 * element its text names most, if the text names at least three of that element's words. The
 * mapping is a proposal: it goes into the frontmatter, where the editor corrects it.
 */
import { asciiFold } from '../../src/schemas/ids.ts';
import type { ScaffoldElement } from '../scaffold/scaffold.ts';

/** How a section was mapped to an element, for the report. */
export interface ElementMatch {
  element: string;
  /** "heading" when the heading names the element, "text" when only the text does. */
  by: 'heading' | 'text';
  /** The element's words that were found, as the rule file writes them. */
  words: string[];
}

/** Letters and digits folded as ids fold them (æ → ae), everything else one space, with a space at each end. */
const fold = (text: string) => ` ${asciiFold(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;

/** The element's words: its title and its keywords. */
export const wordsOf = (element: ScaffoldElement): string[] => [element.title, ...(element.keywords ?? [])];

/** The words of `element` that occur in `text`, each at the start of a word there ("klage" finds "klageadgang"). */
export function wordsFound(element: ScaffoldElement, text: string): string[] {
  const haystack = fold(text);
  const seen = new Set<string>();
  return wordsOf(element).filter((word) => {
    const folded = fold(word).trim();
    if (seen.has(folded) || !haystack.includes(` ${folded}`)) return false;
    seen.add(folded);
    return true;
  });
}

/** A text needs this many of an element's words before the importer maps it to the element by its text alone. */
export const minimumTextWords = 3;

/** The elements a section covers, best first. */
export function matchSection(heading: string, text: string, elements: readonly ScaffoldElement[]): ElementMatch[] {
  const byHeading = elements.map((element) => ({ element: element.id, by: 'heading' as const, words: wordsFound(element, heading) })).filter((m) => m.words.length > 0);
  if (byHeading.length > 0) {
    // When the heading names several elements, the ones named by the most (and longest) words.
    const score = (m: ElementMatch) => m.words.length * 100 + Math.max(...m.words.map((w) => w.length));
    const best = Math.max(...byHeading.map((m) => m.words.length));
    return byHeading.filter((m) => m.words.length === best).sort((a, b) => score(b) - score(a));
  }
  const byText = elements.map((element) => ({ element: element.id, by: 'text' as const, words: wordsFound(element, text) })).filter((m) => m.words.length >= minimumTextWords);
  if (byText.length === 0) return [];
  const best = Math.max(...byText.map((m) => m.words.length));
  return byText.filter((m) => m.words.length === best);
}
