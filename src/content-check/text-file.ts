/**
 * Reading a content file's bytes as text, refusing what the site cannot publish safely: another
 * encoding than UTF-8 (named, with the line of the first byte that is not UTF-8), files too large
 * to be content, and invisible characters that change how text reads or break feeds (control
 * characters, bidi overrides, zero-width characters).
 */
import { isUtf8 } from 'node:buffer';

/** The largest content file the site reads, in bytes. A consultation of 2,000 responses is about 1.5 MB. */
export const maxContentFileBytes = 8 * 1024 * 1024;

export type TextResult = { text: string; problem?: undefined } | { text?: undefined; problem: string };

/** Byte-order marks of the encodings an editor's program may save in instead of UTF-8. */
const byteOrderMarks: [bytes: number[], encoding: string][] = [
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32'],
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32'],
  [[0xfe, 0xff], 'UTF-16'],
  [[0xff, 0xfe], 'UTF-16'],
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstNonUtf8Byte(bytes: Uint8Array): number {
  // Node's native check first (the scan below took 0.24 s of the content check at 2,000 pages);
  // the scan then only runs on a file that is not UTF-8, to find where.
  if (isUtf8(bytes)) return -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // Second-byte ranges that exclude overlong forms, surrogates and code points above U+10FFFF.
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

const lineAt = (bytes: Uint8Array, offset: number) => bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1;

/**
 * The file's text, or a problem (the rest of a sentence after the file name) when it is not UTF-8
 * or is too large. A UTF-8 byte-order mark is allowed and dropped.
 */
export function decodeContentFile(bytes: Uint8Array): TextResult {
  if (bytes.length > maxContentFileBytes) {
    return { problem: `fylder ${(bytes.length / 1024 / 1024).toFixed(1).replace('.', ',')} MB: en indholdsfil må højst fylde ${maxContentFileBytes / 1024 / 1024} MB. Del den op i mindre filer` };
  }
  const bom = byteOrderMarks.find(([prefix]) => startsWith(bytes, prefix));
  if (bom) return { problem: `er gemt som ${bom[1]}: filen skal være gemt som UTF-8. Gem den igen som "UTF-8" (i Notesblok: Gem som, Kodning)` };
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const zero = body.indexOf(0);
  if (zero !== -1) return { problem: `har et nul-tegn på linje ${lineAt(body, zero)}, som filer gemt som UTF-16 har: filen skal være gemt som UTF-8. Gem den igen som "UTF-8"` };
  const bad = firstNonUtf8Byte(body);
  if (bad !== -1) {
    const hex = body[bad].toString(16).toUpperCase().padStart(2, '0');
    return {
      problem: `er ikke gemt som UTF-8: linje ${lineAt(body, bad)} har byten 0x${hex}, som UTF-8 ikke tillader der (filen ser ud til at være gemt som Windows-1252 eller ISO-8859-1, hvor byten er "${new TextDecoder('windows-1252').decode(body.subarray(bad, bad + 1))}"). Gem den igen som "UTF-8"`,
    };
  }
  return { text: new TextDecoder('utf-8').decode(body) };
}

/** Characters no content may hold: C0 and C1 controls except tab and line breaks, bidi controls, zero-width characters, line and paragraph separators. */
const invisiblePattern = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

const characterNames: [RegExp, string][] = [
  [/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u, 'et tegn, der styrer skriveretningen, og som kan få teksten til at blive læst i en anden rækkefølge, end den er skrevet'],
  [/[\u200B-\u200D\u2060-\u2064\uFEFF]/u, 'et tegn uden bredde, som ikke kan ses'],
  [/[\u2028\u2029]/u, 'et skjult linje- eller afsnitsskift, som ødelægger sidens nyhedsfeed'],
  [/[\u0000-\u001F\u007F-\u009F]/u, 'et styretegn, som ikke kan ses, og som ødelægger sidens nyhedsfeed'],
];

/** What an invisible character in `text` is, such as 'U+202E, et tegn, der styrer skriveretningen, …', or undefined when there is none. */
export function invisibleCharacter(text: string): string | undefined {
  const match = invisiblePattern.exec(text);
  if (!match) return undefined;
  const char = match[0];
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = characterNames.find(([pattern]) => pattern.test(char))?.[1] ?? 'et usynligt tegn';
  return `${code}, ${name}`;
}

/** The line (from 1) of the first invisible character in a text, for an MDX body. */
export function lineOfInvisible(text: string): number | undefined {
  const match = invisiblePattern.exec(text);
  return match ? text.slice(0, match.index).split('\n').length : undefined;
}

/** Every string in parsed data with an invisible character, as [path, description]. */
export function invisibleCharactersIn(data: unknown, path: PropertyKey[] = []): [PropertyKey[], string][] {
  if (typeof data === 'string') {
    const found = invisibleCharacter(data);
    return found ? [[path, found]] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => invisibleCharactersIn(item, [...path, i]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => [
      ...(invisibleCharacter(key) ? [[[...path, key], `${invisibleCharacter(key)} (i feltnavnet)`] as [PropertyKey[], string]] : []),
      ...invisibleCharactersIn(value, [...path, key]),
    ]);
  }
  return [];
}
