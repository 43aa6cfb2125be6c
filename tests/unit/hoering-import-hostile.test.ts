/**
 * Hostile files for the consultation importer: an archive that inflates to far more than its size
 * (declared, or lied about), files too large, and UTF-8 text with one damaged byte. Each is refused
 * with a plain message before it can use up the machine, never half-imported.
 */
import { describe, expect, it } from 'vitest';
import { decodeCsv, maxCsvBytes } from '../../scripts/hoering-import/csv.ts';
import { docxToHtml } from '../../scripts/hoering-import/docx.ts';
import { ImportFileError } from '../../scripts/hoering-import/types.ts';
import { docxLimits, zipLimitProblem } from '../../scripts/hoering-import/zip-limits.ts';
import { zip } from '../support/zip.ts';


const spaces = (bytes: number) => new Uint8Array(bytes).fill(0x20);
const small = { ...docxLimits, maxEntryBytes: 1024 * 1024, maxTotalBytes: 3 * 1024 * 1024 };

describe('zipLimitProblem', () => {
  it('lets an archive within the limits through', () => {
    expect(zipLimitProblem(zip([{ name: 'word/document.xml', data: spaces(1000) }]), small)).toBeUndefined();
  });
  it('refuses a part whose stated size is over the limit, without inflating it', () => {
    expect(zipLimitProblem(zip([{ name: 'word/document.xml', data: spaces(2 * 1024 * 1024) }]), small)).toEqual({ damaged: false, reason: 'har en del (word/document.xml), der ville fylde 2 MB pakket ud: en del på mere end 1 MB bliver ikke læst' });
  });
  it('refuses a part that lies about its size, inflating no more than the limit', () => {
    expect(zipLimitProblem(zip([{ name: 'word/document.xml', data: spaces(2 * 1024 * 1024), declare: 100 }]), small)).toEqual({ damaged: false, reason: 'har en del (word/document.xml), der fylder mere end 1 MB pakket ud: den bliver ikke læst' });
  });
  it('refuses many parts that together unpack to more than the total', () => {
    const parts = Array.from({ length: 4 }, (_, i) => ({ name: `word/media/${i}.bin`, data: spaces(900 * 1024) }));
    expect(zipLimitProblem(zip(parts), small)).toEqual({ damaged: false, reason: 'fylder mere end 3 MB i alt pakket ud: den bliver ikke læst' });
  });
  it('refuses an archive without its table of contents', () => {
    expect(zipLimitProblem(zip([{ name: 'a', data: spaces(10) }]).subarray(0, 40), small)).toEqual({ damaged: true, reason: 'arkivets indholdsfortegnelse mangler' });
  });
});

describe('importing a hostile Word file', () => {
  it('refuses a 500 MB document packed into a small file before mammoth inflates it', async () => {
    const bomb = zip([{ name: 'word/document.xml', data: spaces(500 * 1024 * 1024), declare: 1000 }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await docxToHtml(bomb, 'bombe.docx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as Error).message).toMatch(/^bombe\.docx: har en del \(word\/document\.xml\), der fylder mere end 64 MB pakket ud: den bliver ikke læst/);
  }, 30_000);
});

describe('decodeCsv on hostile text', () => {
  it('refuses UTF-8 with one damaged byte, naming its line, instead of reading it all as Windows-1252', () => {
    const utf8 = new TextEncoder().encode('Høringspart;Bemærkning;Svar\nRådet;Tekst;Svar\nÆldrerådet;a;b\n');
    const damaged = Uint8Array.from([...utf8.subarray(0, 45), 0xe6, ...utf8.subarray(45)]);
    expect(() => decodeCsv(damaged, 'x.csv')).toThrow('x.csv: er UTF-8-tekst, men linje 2 har en byte, der ikke er UTF-8 (0xE6), så filen kan ikke læses sikkert. Åbn filen, skriv tegnet på linje 2 igen, og gem den som "CSV UTF-8"');
  });
  it('still reads what Danish Excel writes, Windows-1252 without any UTF-8', () => {
    expect(decodeCsv(Uint8Array.from([...'Høringspart;Bemærkning;Svar'].map((c) => c.charCodeAt(0))), 'x.csv')).toEqual({ text: 'Høringspart;Bemærkning;Svar', encoding: 'Windows-1252' });
  });
  it('refuses a file over the size limit before decoding it', () => {
    expect(() => decodeCsv(new Uint8Array(maxCsvBytes + 1), 'stor.csv')).toThrow(/^stor\.csv: fylder 200 MB: en CSV-fil på mere end 200 MB bliver ikke læst/);
  });
});
