/**
 * Finds words in content text that are neither in the Danish dictionary, nor compounds of
 * dictionary words, nor on the reviewed allow-list: in practice, extraction damage such as
 * "eha dli g" for "behandling". Used by the content tests.
 */
import nspell from 'nspell';

export interface SpellChecker {
  isKnown: (word: string) => boolean;
}

/** Field names whose values are ids, codes or addresses, not prose. */
const nonProseFields = new Set([
  'id', 'source', 'municipality', 'standard', 'chapter', 'party', 'themes', 'laws', 'legalBases', 'seeAlso', 'sections',
  'elements', 'responses', 'consultation', 'supersedes', 'version', 'kind', 'status', 'area', 'phase', 'basis', 'cause',
  'seedFile', 'url', 'website', 'code', 'region', 'act', 'paragraph', 'subsection', 'start', 'next', 'route', 'body', 'asks',
  'values', 'means', 'assumed', 'contacts', 'href', 'law', 'phone',
]);

/** The prose strings of an entry's data, skipping ids and codes. */
export function proseOf(value: unknown, key?: string): string[] {
  if (key && nonProseFields.has(key)) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => proseOf(item));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => proseOf(v, k));
  return [];
}

/** Text of an MDX body without code, tags, component attributes, heading ids, URLs and footnote labels. */
export function proseOfMdx(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{#[^}]*\}/g, ' ')
    .replace(/\[\^[^\]]*\]/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/&[a-z]+;/g, ' ');
}

/** The words of a text: letters only, hyphenated compounds split, URLs and e-mail addresses left out. */
export function wordsOf(text: string): string[] {
  const cleaned = text.replace(/(?:https?:\/\/|www\.)\S+/g, ' ').replace(/\S+@\S+/g, ' ');
  return [...cleaned.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)].map((m) => m[0]);
}

/**
 * A checker over a hunspell dictionary. The Danish dictionary's .dic lines carry morphology after
 * the word ("er st:være"), which nspell would read as part of the word: only the first field is kept.
 * Danish writes compounds as one word, which nspell does not split: a word is also known when it
 * is two or three known words of at least three letters, optionally joined by "s" or "e".
 */
export function createSpellChecker(aff: string, dic: string, allowList: Iterable<string>): SpellChecker {
  const spell = nspell(aff, dic.split('\n').map((line) => line.split(/\s+/)[0]).join('\n'));
  const allowed = new Set([...allowList].map((w) => w.toLocaleLowerCase('da-DK')));
  const memo = new Map<string, boolean>();
  const single = (word: string) => allowed.has(word) || spell.correct(word) || spell.correct(word.charAt(0).toUpperCase() + word.slice(1));
  const compound = (word: string, parts: number): boolean => {
    if (single(word)) return true;
    if (parts === 1) return false;
    for (let i = 3; i <= word.length - 3; i++) {
      const head = word.slice(0, i);
      if (!single(head) && !(/[se]$/.test(head) && head.length > 3 && single(head.slice(0, -1)))) continue;
      if (compound(word.slice(i), parts - 1)) return true;
    }
    return false;
  };
  return {
    isKnown(word: string) {
      const lower = word.toLocaleLowerCase('da-DK');
      if (word.length < 2 || allowed.has(lower)) return true;
      let known = memo.get(lower);
      if (known === undefined) {
        known = spell.correct(word) || compound(lower, 3) === true;
        memo.set(lower, known);
      }
      return known;
    },
  };
}
