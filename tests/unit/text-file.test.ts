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
    expect(result.problem).toBe('is not UTF-8: line 2 has the byte 0xE6, which UTF-8 does not allow there (the file looks saved as Windows-1252 or ISO-8859-1, where it is "æ"). Save it again as "UTF-8"');
  });
  it('names UTF-16 from its byte-order mark, and from zero bytes without one', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'a: b'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeContentFile(utf16).problem).toMatch(/^is saved as UTF-16: expected UTF-8/);
    expect(decodeContentFile(utf16.subarray(2)).problem).toMatch(/^has a zero byte on line 1, as a file saved as UTF-16 has/);
  });
  it('refuses a file larger than the limit before reading it', () => {
    expect(decodeContentFile(new Uint8Array(maxContentFileBytes + 1)).problem).toMatch(/^is 8\.0 MB: expected a content file of at most 8 MB/);
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
    expect(invisibleCharacter('Rådet\u000b')).toBe('U+000B, a control character, which cannot be seen and breaks the feed');
    expect(invisibleCharacter('abc\u202Edef')).toBe('U+202E, a bidi control, which can make text read in another order than it is written');
    expect(invisibleCharacter('a\u200bb')).toBe('U+200B, a zero-width character, which cannot be seen');
    expect(invisibleCharacter('a\tb\nc\r\nd\u00a0e')).toBeUndefined();
  });
  it('finds them anywhere in the data, with the path to the field', () => {
    expect(invisibleCharactersIn({ parties: [{ name: 'ok' }, { name: 'Ældre\u0001rådet' }] })).toEqual([[['parties', 1, 'name'], 'U+0001, a control character, which cannot be seen and breaks the feed']]);
  });
});
