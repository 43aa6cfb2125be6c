/** Content files are UTF-8 text without invisible characters; anything else is refused with the encoding or character named. */
import { describe, expect, it } from 'vitest';
import { decodeContentFile, firstNonUtf8Byte, invisibleCharacter, invisibleCharactersIn, maxContentFileBytes } from '../../src/content-check/text-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('decodeContentFile', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeContentFile(utf8('navn: Hjælp\n'))).toEqual({ text: 'navn: Hjælp\n' });
    expect(decodeContentFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('a: ø')]))).toEqual({ text: 'a: ø' });
  });
  it('refuses Windows-1252 with the line of the first byte UTF-8 does not allow, and the letter it would be', () => {
    const result = decodeContentFile(latin1('title: Hjalp\nnavn: Hj\u00e6lp\n'));
    expect(result.problem).toBe('er ikke gemt som UTF-8: linje 2 har byten 0xE6, som UTF-8 ikke tillader der (filen ser ud til at være gemt som Windows-1252 eller ISO-8859-1, hvor byten er "æ"). Gem den igen som "UTF-8"');
  });
  it('names UTF-16 from its byte-order mark, and from zero bytes without one', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'a: b'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeContentFile(utf16).problem).toMatch(/^er gemt som UTF-16: filen skal være gemt som UTF-8/);
    expect(decodeContentFile(utf16.subarray(2)).problem).toMatch(/^har et nul-tegn på linje 1, som filer gemt som UTF-16 har/);
  });
  it('refuses a file larger than the limit before reading it', () => {
    expect(decodeContentFile(new Uint8Array(maxContentFileBytes + 1)).problem).toMatch(/^fylder 8,0 MB: en indholdsfil må højst fylde 8 MB/);
  });
});

describe('firstNonUtf8Byte', () => {
  it('accepts every well-formed sequence and finds overlong forms, surrogates and cut-off sequences', () => {
    expect(firstNonUtf8Byte(utf8('aæ€𝄞'))).toBe(-1);
    expect(firstNonUtf8Byte(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstNonUtf8Byte(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(firstNonUtf8Byte(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2); // cut off
    expect(firstNonUtf8Byte(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
  });
  it('agrees with the platform decoder on random bytes', () => {
    for (let seed = 1; seed < 2000; seed++) {
      const bytes = Uint8Array.from({ length: 12 }, (_, i) => (seed * 7919 + i * 104729) % 256);
      let platform = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        platform = false;
      }
      expect(firstNonUtf8Byte(bytes) === -1, String([...bytes])).toBe(platform);
    }
  });
});

describe('invisible characters', () => {
  it('names control characters, bidi controls and zero-width characters, and lets tabs, line breaks and no-break spaces through', () => {
    expect(invisibleCharacter('Rådet\u000b')).toBe('U+000B, et styretegn, som ikke kan ses, og som ødelægger sidens nyhedsfeed');
    expect(invisibleCharacter('abc\u202Edef')).toBe('U+202E, et tegn, der styrer skriveretningen, og som kan få teksten til at blive læst i en anden rækkefølge, end den er skrevet');
    expect(invisibleCharacter('a\u200bb')).toBe('U+200B, et tegn uden bredde, som ikke kan ses');
    expect(invisibleCharacter('a\tb\nc\r\nd\u00a0e')).toBeUndefined();
  });
  it('finds them anywhere in the data, with the path to the field', () => {
    expect(invisibleCharactersIn({ parties: [{ name: 'ok' }, { name: 'Ældre\u0001rådet' }] })).toEqual([[['parties', 1, 'name'], 'U+0001, et styretegn, som ikke kan ses, og som ødelægger sidens nyhedsfeed']]);
  });
});
