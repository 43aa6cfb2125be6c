/**
 * What changed between two versions of a quality standard, from their MDX: each version is split
 * into its sections (sections.ts), each section's Markdown turned into the text a reader sees
 * (reader-text.ts), and the two compared section by section (compare.ts, which holds the rules
 * and the types). This module parses Markdown and so runs at build time; the browser compares
 * versions extracted here and sent to it as data.
 */
import { splitSections, type BodySection } from './sections.ts';
import { readerText, emptyReaderText } from './reader-text.ts';
import { compareVersions, type ExtractedVersion, type SectionChange, type VersionDiff } from './compare.ts';
import { sectionAnchor } from '../../schemas/standard.ts';

export * from './compare.ts';

/** A recorded change of a section, as in the frontmatter (src/schemas/standard.ts). */
export interface SectionChangeInput {
  description: string;
  cause: 'hoeringssvar' | 'forvaltningen';
  responses?: readonly string[];
}

/** A frontmatter section; a validated standard's `sections` entries fit. */
export interface VersionSectionInput {
  id: string;
  title: string;
  changes?: readonly SectionChangeInput[];
}

/** One version to compare: its label, its frontmatter sections and its MDX body. */
export interface VersionInput {
  version: string;
  sections: readonly VersionSectionInput[];
  body: string;
  /** The file, for error messages. */
  file?: string;
}

export interface ExtractOptions {
  /** The name of the party behind a consultation row, to name it in links. */
  partyOf?: (consultation: string, row: string) => string | undefined;
}

function parseChange(change: SectionChangeInput, options: ExtractOptions): SectionChange {
  return {
    description: change.description,
    cause: change.cause,
    responses: (change.responses ?? []).map((ref) => {
      const hash = ref.indexOf('#');
      const consultation = hash === -1 ? ref : ref.slice(0, hash);
      const row = hash === -1 ? '' : ref.slice(hash + 1);
      const party = options.partyOf?.(consultation, row);
      return { ref, consultation, row, ...(party !== undefined ? { party } : {}) };
    }),
  };
}

/**
 * A version split into sections of reader text, ready for compareVersions. A section listed in the
 * frontmatter without a heading in the text is an error naming the file (or the version).
 */
export function extractVersion(input: VersionInput, options: ExtractOptions = {}): ExtractedVersion {
  const split = splitSections(input.body, input.sections.map((s) => s.id), { file: input.file });
  const byId = new Map<string, BodySection>(split.map((s) => [s.id, s]));
  const where = input.file ?? `version "${input.version}"`;
  for (const s of input.sections) {
    if (!byId.has(s.id)) throw new Error(`${where}: section "${s.id}" in the list has no heading in the text: expected a heading ending in {#${sectionAnchor(s.id)}}`);
  }
  const meta = new Map(input.sections.map((s) => [s.id, s]));
  const intro = byId.get('');
  return {
    version: input.version,
    intro: intro ? readerText(intro.text) : emptyReaderText(),
    sections: split
      .filter((s) => s.id !== '')
      .map((s) => {
        const m = meta.get(s.id)!;
        return { id: s.id, title: m.title, anchor: sectionAnchor(s.id), text: readerText(s.text), changes: (m.changes ?? []).map((c) => parseChange(c, options)) };
      }),
  };
}

/**
 * A site compares each version with several others, so each extraction is kept for reuse. The key
 * holds everything the extraction depends on; the result is never changed by its users. Bounded,
 * oldest first out.
 */
const extractCache = new Map<string, ExtractedVersion>();
const EXTRACT_CACHE_SIZE = 256;

function cachedExtract(input: VersionInput, options: ExtractOptions): ExtractedVersion {
  const key = JSON.stringify([input.file, input.version, input.body, input.sections]);
  const cached = extractCache.get(key);
  // Party names can differ between callers; a cached version without them is extracted again.
  if (cached && !options.partyOf) return cached;
  const extracted = extractVersion(input, options);
  if (extractCache.size >= EXTRACT_CACHE_SIZE) extractCache.delete(extractCache.keys().next().value!);
  extractCache.set(key, extracted);
  return extracted;
}

/** Compares two versions of a standard section by section (see SectionDiff for the statuses). */
export function diffVersions(older: VersionInput, newer: VersionInput, options: ExtractOptions = {}): VersionDiff {
  return compareVersions(cachedExtract(older, options), cachedExtract(newer, options));
}
