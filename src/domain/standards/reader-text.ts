/**
 * The text a reader sees, from a section's Markdown source: what the changes page compares and
 * shows, so that no Markdown syntax (link addresses, "**", "{#...}", table pipes, source line
 * breaks) ever reaches a reader.
 *
 * The result is one plain string of blocks (paragraphs, list items, table rows, sub-headings,
 * quotations) separated by BLOCK_SEPARATOR, with the block kinds and the inline marks (links,
 * bold, italics) as ranges over that string. Inside a block, whitespace is one space as the
 * browser renders it, except a hard line break ("\n"). A table row reads as "Header: cell;
 * Header: cell", so that a changed cell is read with the column it is in.
 *
 * Parsed with the site's own MDX parser (satteri, as in sections.ts), so it runs at build time;
 * the browser receives the result as data (src/domain/standards/compare.ts needs no parser).
 */
import { mdxToMdast } from 'satteri';
import { markdownFeatures } from './sections.ts';
import { urls } from '../site/urls.ts';
import { BLOCK_SEPARATOR, emptyReaderText, type ReaderBlockKind, type ReaderBlock, type ReaderMark, type ReaderText } from './reader-text-model.ts';

export * from './reader-text-model.ts';

interface Node {
  type: string;
  value?: string;
  url?: string;
  alt?: string;
  name?: string;
  ordered?: boolean;
  start?: number | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

type Style = Omit<ReaderMark, 'start' | 'end'>;

class Builder {
  text = '';
  blocks: ReaderBlock[] = [];
  marks: ReaderMark[] = [];
  private open: { kind: ReaderBlockKind; start: number; marker?: string; depth: number } | undefined;

  startBlock(kind: ReaderBlockKind, depth: number, marker?: string) {
    this.endBlock();
    this.open = { kind, depth, marker, start: this.text.length + (this.blocks.length > 0 ? BLOCK_SEPARATOR.length : 0) };
    if (this.blocks.length > 0) this.text += BLOCK_SEPARATOR;
  }

  /** Appends inline text; whitespace runs become one space, none at the start of a block. */
  inline(value: string, style: Style = {}) {
    if (!this.open) this.startBlock('paragraph', 0);
    const blockStart = this.open!.start;
    let piece = value.replace(/\s+/g, ' ');
    if (this.text.length === blockStart || /[ \n]$/.test(this.text)) piece = piece.replace(/^ /, '');
    if (piece === '') return;
    const start = this.text.length;
    this.text += piece;
    if (style.href !== undefined || style.strong || style.emphasis) this.marks.push({ start, end: this.text.length, ...style });
  }

  /** A hard line break inside a block. */
  lineBreak() {
    if (!this.open || this.text.length === this.open.start) return;
    this.text = this.text.replace(/ $/, '');
    this.marks = this.marks.map((m) => (m.end > this.text.length ? { ...m, end: this.text.length } : m)).filter((m) => m.end > m.start);
    this.text += '\n';
  }

  /** Verbatim text with its line breaks (code), as one block. */
  verbatim(value: string, depth: number) {
    const lines = value.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
    if (lines.length === 0) return;
    this.startBlock('code', depth);
    this.text += lines.join('\n');
    this.endBlock();
  }

  endBlock() {
    if (!this.open) return;
    const { start, kind, marker, depth } = this.open;
    this.open = undefined;
    // Trailing whitespace is not part of the block.
    let end = this.text.length;
    while (end > start && /[ \n]/.test(this.text[end - 1])) end--;
    this.text = this.text.slice(0, end);
    if (end === start) {
      // An empty block leaves nothing, not even its separator.
      this.text = this.text.slice(0, this.blocks.length > 0 ? start - BLOCK_SEPARATOR.length : start);
      return;
    }
    this.marks = this.marks.flatMap((m) => (m.start >= end ? [] : [{ ...m, end: Math.min(m.end, end) }]));
    this.blocks.push({ kind, start, end, depth, ...(marker ? { marker } : {}) });
  }
}

function attribute(node: Node, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

function plain(node: Node): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plain).join(' ');
}

function walkInline(b: Builder, nodes: readonly Node[], style: Style): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        b.inline(node.value ?? '', style);
        break;
      case 'break':
        b.lineBreak();
        break;
      case 'link':
        walkInline(b, node.children ?? [], { ...style, href: node.url ?? '' });
        break;
      case 'strong':
        walkInline(b, node.children ?? [], { ...style, strong: true });
        break;
      case 'emphasis':
        walkInline(b, node.children ?? [], { ...style, emphasis: true });
        break;
      case 'image':
        if (node.alt) b.inline(node.alt, style);
        break;
      case 'mdxJsxTextElement':
        if (node.name === 'br') b.lineBreak();
        else walkInline(b, node.children ?? [], style);
        break;
      // Comments ({/* */}), raw HTML and footnote marks are not text a reader reads.
      case 'mdxTextExpression':
      case 'html':
      case 'footnoteReference':
        break;
      default:
        walkInline(b, node.children ?? [], style);
    }
  }
}

function walkBlocks(b: Builder, nodes: readonly Node[], depth: number, inQuote: boolean): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        b.startBlock(inQuote ? 'quote' : 'paragraph', depth);
        walkInline(b, node.children ?? [], {});
        b.endBlock();
        break;
      case 'heading':
        b.startBlock('heading', depth);
        walkInline(b, node.children ?? [], {});
        b.endBlock();
        break;
      case 'list': {
        let number = node.start ?? 1;
        for (const item of node.children ?? []) {
          const marker = node.ordered ? `${number++}.` : '•';
          const [first, ...rest] = item.children ?? [];
          if (first?.type === 'paragraph') {
            b.startBlock('list-item', depth, marker);
            walkInline(b, first.children ?? [], {});
            b.endBlock();
            walkBlocks(b, rest, depth + 1, inQuote);
          } else {
            b.startBlock('list-item', depth, marker);
            b.endBlock();
            walkBlocks(b, item.children ?? [], depth + 1, inQuote);
          }
        }
        break;
      }
      case 'table': {
        const [header, ...rows] = node.children ?? [];
        const labels = (header?.children ?? []).map((cell) => plain(cell).replace(/\s+/g, ' ').trim());
        for (const row of rows) {
          b.startBlock('table-row', depth);
          (row.children ?? []).forEach((cell, k) => {
            if (k > 0) b.inline('; ');
            if (labels[k]) b.inline(`${labels[k]}: `);
            walkInline(b, cell.children ?? [], {});
          });
          b.endBlock();
        }
        // A table with only a header row still says something.
        if (rows.length === 0 && labels.some((l) => l !== '')) {
          b.startBlock('table-row', depth);
          b.inline(labels.filter((l) => l !== '').join('; '));
          b.endBlock();
        }
        break;
      }
      case 'blockquote':
        walkBlocks(b, node.children ?? [], depth + 1, true);
        break;
      case 'code':
        b.verbatim(node.value ?? '', depth);
        break;
      case 'mdxJsxFlowElement':
        if (node.name === 'Example') {
          const id = attribute(node, 'id');
          b.startBlock('paragraph', depth);
          b.inline('Eksempel fra praksis', id ? { href: urls.example(id) } : {});
          b.endBlock();
        } else walkBlocks(b, node.children ?? [], depth, inQuote);
        break;
      case 'footnoteDefinition':
        walkBlocks(b, node.children ?? [], depth, inQuote);
        break;
      case 'thematicBreak':
      case 'mdxFlowExpression':
      case 'mdxjsEsm':
      case 'html':
      case 'definition':
        break;
      default:
        // Any other block with inline content reads as a paragraph.
        if (node.children?.length) {
          b.startBlock('paragraph', depth);
          walkInline(b, node.children, {});
          b.endBlock();
        }
    }
  }
}

/** The text a reader sees in a piece of a standard's Markdown (see the file comment). */
export function readerText(markdown: string): ReaderText {
  if (markdown.trim() === '') return emptyReaderText();
  const tree = mdxToMdast(markdown, { features: markdownFeatures }) as Node;
  const b = new Builder();
  walkBlocks(b, tree.children ?? [], 0, false);
  b.endBlock();
  return { text: b.text, blocks: b.blocks, marks: b.marks };
}
