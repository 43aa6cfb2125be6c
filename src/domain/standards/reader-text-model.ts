/**
 * The text a reader sees, as data: the shape reader-text.ts makes from Markdown at build time and
 * the browser receives. No parser here, so the browser code can import it.
 */

/** What separates two blocks in ReaderText.text; never occurs inside a block. */
export const BLOCK_SEPARATOR = '\n\n';

export type ReaderBlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-row' | 'quote' | 'code';

export interface ReaderBlock {
  kind: ReaderBlockKind;
  /** Offsets into ReaderText.text; the block is text.slice(start, end). */
  start: number;
  end: number;
  /** For the first paragraph of a list item: the marker a reader sees, "•" or "3.". */
  marker?: string;
  /** Nesting of lists and quotations, 0 at the top. */
  depth: number;
}

export interface ReaderMark {
  start: number;
  end: number;
  /** A link and its address, as written in the source. */
  href?: string;
  strong?: true;
  emphasis?: true;
}

export interface ReaderText {
  text: string;
  blocks: ReaderBlock[];
  marks: ReaderMark[];
}

export const emptyReaderText = (): ReaderText => ({ text: '', blocks: [], marks: [] });

