/**
 * Limits a Word file (a ZIP archive) must keep before the importer inflates it: a small file can
 * hold a document that inflates to gigabytes (a "zip bomb"). Read from the archive's central
 * directory, then proved by inflating each entry with a ceiling, so a size the archive lies about
 * cannot get past either: nothing is inflated beyond the limits.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** What the archive is, as messages name it: "en Word-fil", "en Excel-fil". */
  kind: string;
  /** The largest archive read at all, in bytes. */
  maxFileBytes: number;
  /** The largest any one entry may inflate to, in bytes. */
  maxEntryBytes: number;
  /** The largest all entries together may inflate to, in bytes. */
  maxTotalBytes: number;
  /** The most entries an archive may have. */
  maxEntries: number;
}

/** A Word document of 1,000 consultation rows inflates to about 5 MB; these limits leave room for many times that. */
export const docxLimits: ZipLimits = { kind: 'en Word-fil', maxFileBytes: 50 * 1024 * 1024, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024, maxEntries: 10_000 };

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** What is wrong: the archive breaks a limit, or it is damaged (not a ZIP archive the importer can read). */
export interface ZipProblem {
  damaged: boolean;
  reason: string;
}

const damaged = (reason: string): ZipProblem => ({ damaged: true, reason });
const tooLarge = (reason: string): ZipProblem => ({ damaged: false, reason });

/** Why the archive cannot be read, or undefined when it keeps every limit. */
export function zipLimitProblem(bytes: Uint8Array, limits: ZipLimits = docxLimits): ZipProblem | undefined {
  if (bytes.length > limits.maxFileBytes) return tooLarge(`fylder ${MB(bytes.length)}: ${limits.kind} på mere end ${MB(limits.maxFileBytes)} bliver ikke læst`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535 bytes, at the end.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) return damaged('arkivets indholdsfortegnelse mangler');
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (entries === 0xffff || offset === 0xffffffff) return damaged('den er et ZIP64-arkiv, som Office ikke skriver for filer af den størrelse');
  if (entries > limits.maxEntries) return tooLarge(`har ${entries} dele: ${limits.kind} med mere end ${limits.maxEntries} dele bliver ikke læst`);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return damaged('arkivets indholdsfortegnelse er beskadiget');
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const declaredSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
    if (declaredSize > limits.maxEntryBytes) return tooLarge(`har en del (${name}), der ville fylde ${MB(declaredSize)} pakket ud: en del på mere end ${MB(limits.maxEntryBytes)} bliver ikke læst`);
    // The size the archive declares is proved: the part is inflated with a ceiling.
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== 0x04034b50) return damaged(`dens del ${name} er beskadiget`);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    let actual: number;
    if (method === 0) actual = data.length;
    else if (method === 8) {
      try {
        actual = inflateRawSync(data, { maxOutputLength: limits.maxEntryBytes }).length;
      } catch (error) {
        if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          return tooLarge(`har en del (${name}), der fylder mere end ${MB(limits.maxEntryBytes)} pakket ud: den bliver ikke læst`);
        }
        return damaged(`dens del ${name} er beskadiget`);
      }
    } else return damaged(`dens del ${name} er pakket på en måde, som Office ikke bruger (metode ${method})`);
    total += actual;
    if (total > limits.maxTotalBytes) return tooLarge(`fylder mere end ${MB(limits.maxTotalBytes)} i alt pakket ud: den bliver ikke læst`);
  }
  return undefined;
}
