/**
 * No extraction damage is left in the content: every word is in the Danish dictionary, a compound
 * of dictionary words, or on the reviewed allow-list in content/allow-list.txt.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/content-check/content-files.ts';
import { proseOf, proseOfMdx, wordsOf } from '../support/spell-checker.ts';
import { allowListWords, danishSpellChecker } from '../support/spelling.ts';

const checker = danishSpellChecker();

describe('the spell checker', () => {
  const bare = danishSpellChecker([]);
  it('knows Danish words and compounds of them', () => {
    for (const word of ['behandling', 'døgnbehandling', 'behandlingsgaranti', 'kvalitetsstandarden', 'Kommunen', 'er']) expect(bare.isKnown(word), word).toBe(true);
  });
  it('flags the damage the PDF extraction left ("eha dli g" for "behandling")', () => {
    for (const word of ['eha', 'dli', 'ial', 'orgere', 'iddelo', 'otil', 'udde']) expect(bare.isKnown(word), word).toBe(false);
  });
  it('accepts allow-listed words in any case', () => {
    expect(danishSpellChecker(['URUS']).isKnown('urus')).toBe(true);
  });
  it('reads prose, not ids, from data', () => {
    expect(proseOf({ title: 'Tekst', municipality: 'koebenhavn', sources: [{ source: 'x', locator: 'kapitel 3' }] })).toEqual(['Tekst', 'kapitel 3']);
    expect(wordsOf(proseOfMdx('## 3.4 Frit valg {#afsnit-3-4}\n\nSe <Example id="a-b" /> og https://x.dk[^8].'))).toEqual(['Frit', 'valg', 'Se', 'og']);
  });
});

describe('content/allow-list.txt', () => {
  it('lists each word once', () => {
    const words = allowListWords().map((w) => w.toLocaleLowerCase('da-DK'));
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });
});

describe('the content has no extraction damage', () => {
  const { files } = readContentFiles('content');
  it.each(files.map((f) => [f.file, f] as const))('%s', (_, file) => {
    const text = [...proseOf(file.data), proseOfMdx(file.body)].join('\n');
    const unknown = [...new Set(wordsOf(text).filter((w) => !checker.isKnown(w)))];
    expect(unknown).toEqual([]);
  });
});
