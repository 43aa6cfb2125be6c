/**
 * mammoth's HTML of a standard as Markdown sections for an MDX file: each heading starts a section,
 * and paragraphs, lists (nested too), GFM tables, bold, italics, strikethrough, links, line breaks
 * and footnotes are kept. Text is escaped for MDX, not only for Markdown ({, }, < and a number at
 * the start of a line that would make a list), so the content check reads it as the words it is.
 *
 * Own code rather than a general HTML-to-Markdown library (turndown and the like): mammoth writes a
 * small, fixed set of elements; the output must be MDX the content check accepts, with headings
 * ending in {#afsnit-…}; and whatever cannot be converted (an image, a merged table cell, raised
 * text) must be reported with the section and paragraph it is in, where such a library would drop
 * or keep it without saying so.
 */
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';

/** Something in a section that could not be carried over as it was. */
export interface ConversionNote {
  kind: 'image' | 'merged-cells' | 'nested-table' | 'superscript' | 'subscript' | 'checkbox' | 'internal-link' | 'other-link' | 'block-in-cell' | 'toc' | 'empty-heading' | 'header-row';
  /** The number (from 1) of the paragraph, list or table in its section. */
  paragraph: number;
  /** What it is, such as an image's alt text. */
  detail?: string;
}

/** A heading of the document and the Markdown under it, before the next heading. */
export interface RawSection {
  /** The heading's level in Word (1 to 6); undefined for the text before the first heading. */
  level?: number;
  /** The heading's text, as Word has it, on one line. */
  heading?: string;
  /** The Markdown blocks under the heading, in order. */
  blocks: string[];
  /** The plain text under the heading, for finding which element it covers. */
  text: string;
  notes: ConversionNote[];
  /** Labels of the footnotes the section refers to, in order. */
  footnoteRefs: string[];
}

export interface ConvertedDocument {
  /** The document's title: a paragraph in Word's Title style, if there is one. */
  title?: string;
  sections: RawSection[];
  /** Footnote and endnote definitions by their Markdown label, such as "1". */
  footnotes: Map<string, string>;
}

const isElement = (node: Node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE;
const tagOf = (node: Node) => (isElement(node) ? (node.tagName ?? '').toLowerCase() : '');

/** Text escaped so MDX and Markdown read it as text: code signs, emphasis signs, links, HTML and expressions. */
export function escapeText(text: string): string {
  return text
    .replace(/&(?=[a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)/g, '&amp;')
    .replace(/[\\`*_[\]{}<>~|]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

/** A block's first line escaped so it is not read as a heading, list, quotation or rule. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3')
    .replace(/^(\s*)([-+])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)(#{1,6})(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)(=+|-{3,})\s*$/, '$1\\$2')
    // MDX reads a line starting with import or export as code; a character reference keeps it a word.
    .replace(/^(\s*)(i)(mport)(?=\s|$)|^(\s*)(e)(xport)(?=\s|$)/, (_m, s1, i, rest1, s2, e, rest2) => (i ? `${s1}&#105;${rest1}` : `${s2}&#101;${rest2}`));
}

/** Wraps inline Markdown in a mark (** or *), keeping spaces at its edges outside the mark. */
function wrap(inner: string, mark: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  if (match[2] === '') return inner;
  return `${match[1]}${mark}${match[2]}${mark}${match[3]}`;
}

interface InlineContext {
  notes: ConversionNote[];
  paragraph: number;
  images: { alt?: string; number: number }[];
  footnoteRefs: string[];
}

const safeLink = (href: string) => /^(https?:|mailto:|tel:)/i.test(href.trim());

/** Inline content as Markdown on one line (line breaks as <br />). */
function inline(node: Node, ctx: InlineContext): string {
  if (node.nodeType === NodeType.TEXT_NODE) return escapeText(node.text.replace(/[\t\r\n]+/g, ' ').replace(/\u00a0/g, ' '));
  if (!isElement(node)) return '';
  const tag = tagOf(node);
  const inner = () => node.childNodes.map((c) => inline(c, ctx)).join('');
  switch (tag) {
    case 'strong':
    case 'b':
      return wrap(inner(), '**');
    case 'em':
    case 'i':
      return wrap(inner(), '*');
    case 's':
    case 'del':
    case 'strike':
      return wrap(inner(), '~~');
    case 'br':
      return '<br />';
    case 'img': {
      const number = Number((node.getAttribute('src') ?? '').replace('billede:', '')) || ctx.images.length + 1;
      const alt = node.getAttribute('alt')?.trim() || undefined;
      ctx.images.push({ alt, number });
      ctx.notes.push({ kind: 'image', paragraph: ctx.paragraph, detail: alt });
      return '';
    }
    case 'input':
      ctx.notes.push({ kind: 'checkbox', paragraph: ctx.paragraph });
      return node.getAttribute('checked') !== undefined ? '☒' : '☐';
    case 'sup': {
      const link = node.querySelector('a');
      const href = link?.getAttribute('href') ?? '';
      const note = /^#((?:foot|end)note-\d+)$/.exec(href);
      if (note) {
        const label = note[1].replace('footnote-', '').replace('endnote-', 'slut-');
        ctx.footnoteRefs.push(label);
        return `[^${label}]`;
      }
      ctx.notes.push({ kind: 'superscript', paragraph: ctx.paragraph, detail: node.text.trim() });
      return inner();
    }
    case 'sub':
      ctx.notes.push({ kind: 'subscript', paragraph: ctx.paragraph, detail: node.text.trim() });
      return inner();
    case 'a': {
      const href = node.getAttribute('href');
      const text = inner();
      if (href === undefined || text.trim() === '') return text; // a bookmark
      if (safeLink(href)) return `[${text.trim()}](${href.trim().replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
      if (href.startsWith('#')) ctx.notes.push({ kind: 'internal-link', paragraph: ctx.paragraph, detail: node.text.trim() });
      else ctx.notes.push({ kind: 'other-link', paragraph: ctx.paragraph, detail: `»${node.text.trim()}« til ${href.length > 60 ? `${href.slice(0, 59)}…` : href}` });
      return text;
    }
    default:
      return inner();
  }
}

/** Inline Markdown of an element with line breaks tidied: no break at the start or end, none doubled into space. */
function inlineOf(el: HTMLElement, ctx: InlineContext): string {
  return el.childNodes
    .map((c) => inline(c, ctx))
    .join('')
    .replace(/ {2,}/g, ' ')
    .replace(/^(\s|<br \/>)+|(\s|<br \/>)+$/g, '');
}

/** A list as Markdown lines, nested lists indented under their item. */
function list(el: HTMLElement, ctx: InlineContext, indent = ''): string[] {
  const ordered = tagOf(el) === 'ol';
  const lines: string[] = [];
  let n = 0;
  for (const item of el.childNodes) {
    if (tagOf(item) !== 'li' || !isElement(item)) continue;
    n += 1;
    const marker = ordered ? `${n}. ` : '- ';
    const nested: HTMLElement[] = [];
    const parts: string[] = [];
    for (const child of item.childNodes) {
      const tag = tagOf(child);
      if (tag === 'ul' || tag === 'ol') nested.push(child as HTMLElement);
      else if (tag === 'p') parts.push(inlineOf(child as HTMLElement, ctx));
      else parts.push(inline(child, ctx));
    }
    const text = parts.join(' ').replace(/ {2,}/g, ' ').trim();
    lines.push(`${indent}${marker}${text}`);
    for (const sub of nested) lines.push(...list(sub, ctx, indent + ' '.repeat(marker.length)));
  }
  return lines;
}

/** The rows of a table, without those of a table nested in a cell. */
function rowsOf(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const child of table.childNodes) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child as HTMLElement);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') for (const r of (child as HTMLElement).childNodes) if (tagOf(r) === 'tr') rows.push(r as HTMLElement);
  }
  return rows;
}

/** A cell's content on one line: paragraphs and list items joined by <br />. */
function cellText(cell: HTMLElement, ctx: InlineContext): string {
  const parts: string[] = [];
  let loose = '';
  for (const child of cell.childNodes) {
    const tag = tagOf(child);
    if (tag === 'p' || /^h[1-6]$/.test(tag)) {
      if (loose.trim()) parts.push(loose.trim());
      loose = '';
      parts.push(inlineOf(child as HTMLElement, ctx));
    } else if (tag === 'ul' || tag === 'ol') {
      parts.push(...list(child as HTMLElement, ctx).map((l) => l.trim()));
      ctx.notes.push({ kind: 'block-in-cell', paragraph: ctx.paragraph, detail: 'en liste' });
    } else if (tag === 'table') {
      ctx.notes.push({ kind: 'nested-table', paragraph: ctx.paragraph });
      for (const row of rowsOf(child as HTMLElement)) parts.push(row.querySelectorAll('td, th').map((c) => cellText(c, ctx)).join(' – '));
    } else if (tag === 'blockquote') parts.push(cellText(child as HTMLElement, ctx));
    else loose += inline(child, ctx);
  }
  if (loose.trim()) parts.push(loose.trim());
  return parts
    .filter((p) => p !== '')
    .join('<br />')
    .replace(/\|/g, '\\|')
    .replace(/\\\\\|/g, '\\|');
}

/** A table as a GFM table: merged cells repeat nothing, the first row is the header. */
function table(el: HTMLElement, ctx: InlineContext): string | undefined {
  const rows = rowsOf(el);
  if (rows.length === 0) return undefined;
  const grid: string[][] = rows.map(() => []);
  let merged = false;
  rows.forEach((tr, r) => {
    let col = 0;
    for (const td of tr.childNodes) {
      const tag = tagOf(td);
      if (tag !== 'td' && tag !== 'th') continue;
      while (grid[r][col] !== undefined) col += 1;
      const colspan = Math.max(1, Number.parseInt((td as HTMLElement).getAttribute('colspan') ?? '1', 10) || 1);
      const rowspan = Math.max(1, Number.parseInt((td as HTMLElement).getAttribute('rowspan') ?? '1', 10) || 1);
      if (colspan > 1 || rowspan > 1) merged = true;
      const text = cellText(td as HTMLElement, ctx);
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr += 1) for (let dc = 0; dc < colspan; dc += 1) grid[r + dr][col + dc] = dr === 0 && dc === 0 ? text : '';
      col += colspan;
    }
  });
  const width = Math.max(1, ...grid.map((row) => row.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').map((c) => c || ' ').join(' | ')} |`.replace(/ {2,}\|/g, ' |');
  if (merged) ctx.notes.push({ kind: 'merged-cells', paragraph: ctx.paragraph });
  const hasHeader = rows[0].childNodes.some((c) => tagOf(c) === 'th');
  if (!hasHeader) ctx.notes.push({ kind: 'header-row', paragraph: ctx.paragraph });
  return [line(grid[0]), `|${' --- |'.repeat(width)}`, ...grid.slice(1).map(line)].join('\n');
}

/** The plain text of an element, on one line. */
const plain = (el: HTMLElement) => el.text.replace(/\s+/g, ' ').trim();

/**
 * The document split at its headings. Text before the first heading is a section without a
 * heading. The title (Word's Title style) is taken out; the table of contents is left out and noted.
 */
export function htmlToSections(html: string): ConvertedDocument {
  const root = parse(html);
  const footnotes = new Map<string, string>();
  const sections: RawSection[] = [];
  const images: InlineContext['images'] = [];
  let title: string | undefined;
  let current: RawSection = { blocks: [], text: '', notes: [], footnoteRefs: [] };
  let tocNoted = false;
  const nodes = root.childNodes.filter(isElement);

  // mammoth ends the document with an <ol> of footnotes and endnotes (each <li id="footnote-N">) and a <dl> of comments.
  for (const li of root.querySelectorAll('li')) {
    const id = /^((?:foot|end)note)-(\d+)$/.exec(li.getAttribute('id') ?? '');
    if (!id) continue;
    const ctx: InlineContext = { notes: [], paragraph: 0, images, footnoteRefs: [] };
    for (const back of li.querySelectorAll('a')) if (/^#(?:foot|end)note-ref-/.test(back.getAttribute('href') ?? '')) back.remove();
    const text = li.childNodes
      .map((c) => (isElement(c) && tagOf(c) === 'p' ? inlineOf(c, ctx) : inline(c, ctx)))
      .filter((t) => t.trim() !== '')
      .join(' ')
      .trim();
    footnotes.set(id[1] === 'footnote' ? id[2] : `slut-${id[2]}`, text);
  }

  const push = () => {
    if (current.heading !== undefined || current.blocks.length > 0 || current.notes.length > 0) sections.push(current);
  };
  for (const node of nodes) {
    const tag = tagOf(node);
    if ((tag === 'ol' && node.querySelector('li[id^="footnote-"], li[id^="endnote-"]')) || tag === 'dl') continue;
    const ctx: InlineContext = { notes: current.notes, paragraph: current.blocks.length + 1, images, footnoteRefs: current.footnoteRefs };
    if (/^h[1-6]$/.test(tag)) {
      const text = plain(node);
      if (node.classList.contains('title')) {
        if (title === undefined && text) title = text;
        else if (text) current.blocks.push(escapeLineStart(inlineOf(node, ctx)));
        continue;
      }
      if (text === '') {
        if (node.querySelector('img')) current.blocks.push(inlineOf(node, ctx));
        continue;
      }
      push();
      current = { level: Number(tag.slice(1)), heading: text, blocks: [], text: '', notes: [], footnoteRefs: [] };
      continue;
    }
    if (tag === 'p' && node.classList.contains('toc')) {
      if (!tocNoted) current.notes.push({ kind: 'toc', paragraph: current.blocks.length + 1 });
      tocNoted = true;
      continue;
    }
    let block: string | undefined;
    if (tag === 'p') block = escapeLineStart(inlineOf(node, ctx));
    else if (tag === 'ul' || tag === 'ol') block = list(node, ctx).map(escapeListLine).join('\n');
    else if (tag === 'table') block = table(node, ctx);
    else if (tag === 'blockquote') {
      const inner = node.childNodes.filter(isElement).map((p) => escapeLineStart(inlineOf(p, ctx))).filter(Boolean);
      block = inner.length ? inner.map((p) => `> ${p}`).join('\n>\n') : undefined;
    } else block = escapeLineStart(inlineOf(node, ctx));
    const imageNotes = ctx.notes.filter((n) => n.kind === 'image' && n.paragraph === ctx.paragraph);
    if (block !== undefined && block.trim() !== '') {
      current.blocks.push(block);
      current.text += ` ${plain(node)}`;
    }
    if (imageNotes.length > 0) {
      // Where the image was, a comment the site does not show, so the editor sees what to add.
      const paragraph = current.blocks.length === 0 || block === undefined || block.trim() === '' ? current.blocks.length + 1 : current.blocks.length;
      imageNotes.forEach((n) => (n.paragraph = paragraph));
      current.blocks.push(imageNotes.map((n) => `{/* Her var et billede i Word-filen${n.detail ? `: »${commentText(n.detail)}«` : ''}. Billeder bliver ikke importeret. */}`).join('\n'));
    }
  }
  push();
  return { title, sections, footnotes };
}

/** Text that stays inside an MDX comment: no star-slash to end it, no braces, on one line. */
// Braces go first: removing them from "*{/" would otherwise make a new "*/" that ends the comment.
const commentText = (text: string) => text.replace(/[{}]/g, '').replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();

/** A list line with the text after its marker kept from starting another list or heading. */
function escapeListLine(line: string): string {
  const match = /^(\s*(?:\d+\.|-) )(.*)$/.exec(line);
  return match ? `${match[1]}${escapeLineStart(match[2])}` : line;
}
