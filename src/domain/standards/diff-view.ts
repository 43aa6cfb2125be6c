/**
 * How a comparison of two versions is shown: the Danish summary ("1 afsnit er nyt, 1 er fjernet og
 * 3 er ændret") and the sections as a small element tree. The same tree is written as HTML at
 * build time (toHtml, for the static changes pages) and built as DOM in the browser
 * (src/islands/version-compare.ts), so a comparison looks and reads the same either way.
 *
 * Additions and deletions never rely on colour: <ins> is underlined and <del> struck through, both
 * boxed by a border, each starts with a word for screen readers ("Tilføjet:", "Fjernet:"), and
 * the page's legend says what the marks mean.
 */
import { BLOCK_SEPARATOR, type ReaderBlock, type ReaderMark, type ReaderText } from './reader-text-model.ts';
import type { DiffSegment, IntroDiff, SectionDiff, SectionStatus, VersionDiff } from './compare.ts';
import { urls } from '../site/urls.ts';

/** An element (tag, attributes, children) or a text. */
export type ViewNode = string | { tag: string; attrs?: Record<string, string>; children?: ViewNode[] };

const h = (tag: string, attrs: Record<string, string> | undefined, ...children: (ViewNode | ViewNode[] | false | undefined)[]): ViewNode => ({
  tag,
  ...(attrs ? { attrs } : {}),
  children: children.flat().filter((c): c is ViewNode => c !== false && c !== undefined && c !== ''),
});

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The tree as HTML; every text and attribute value escaped. */
export function toHtml(nodes: ViewNode | readonly ViewNode[]): string {
  if (Array.isArray(nodes)) return nodes.map((n) => toHtml(n)).join('');
  const node = nodes as ViewNode;
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
  return `<${node.tag}${attrs}>${toHtml(node.children ?? [])}</${node.tag}>`;
}

/** The visible text of a tree, without the words only screen readers hear. */
export function visibleText(nodes: ViewNode | readonly ViewNode[]): string {
  if (Array.isArray(nodes)) return nodes.map((n) => visibleText(n)).join('');
  const node = nodes as ViewNode;
  if (typeof node === 'string') return node;
  if (node.attrs?.class?.split(' ').includes('sr-only')) return '';
  return visibleText(node.children ?? []);
}

// ---------------------------------------------------------------------------------------------
// Danish words

const countPhrases: Record<SectionStatus, (n: number) => string> = {
  added: (n) => (n === 1 ? 'er nyt' : 'er nye'),
  removed: () => 'er fjernet',
  changed: () => 'er ændret',
  moved: () => 'er flyttet',
  renumbered: (n) => (n === 1 ? 'har fået nyt nummer' : 'har fået nye numre'),
  unchanged: (n) => (n === 1 ? 'er uændret' : 'er uændrede'),
};
const countOrder: readonly SectionStatus[] = ['added', 'removed', 'changed', 'moved', 'renumbered', 'unchanged'];

/** Danish list: "a", "a og b", "a, b og c". */
export function danishList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

/**
 * The counts in good Danish, "afsnit" said once: "1 afsnit er nyt, 1 er fjernet og 3 er ændret".
 * With no section at all: "Standarden har ingen afsnit".
 */
export function changeCountsText(summary: Readonly<Record<SectionStatus, number>>): string {
  const parts = countOrder.filter((s) => summary[s] > 0).map((s, k) => `${summary[s]}${k === 0 ? ' afsnit' : ''} ${countPhrases[s](summary[s])}`);
  return parts.length === 0 ? 'Standarden har ingen afsnit' : danishList(parts);
}

/** The sentence above a comparison: "Fra version 2025 til version 2026: 1 afsnit er nyt, … ." */
export function summarySentence(diff: Pick<VersionDiff, 'older' | 'newer' | 'summary' | 'intro'>): string {
  const intro = diff.intro && diff.intro.status !== 'unchanged' ? ` Indledningen ${introPhrases[diff.intro.status]}.` : '';
  return `Fra version ${diff.older} til version ${diff.newer}: ${changeCountsText(diff.summary)}.${intro}`;
}

const introPhrases: Record<IntroDiff['status'], string> = { added: 'er ny', removed: 'er fjernet', changed: 'er ændret', unchanged: 'er uændret' };

/** The status shown before a section's heading. */
export const statusLabels: Record<SectionStatus, string> = {
  added: 'Nyt afsnit',
  removed: 'Fjernet afsnit',
  changed: 'Ændret',
  unchanged: 'Uændret',
  moved: 'Flyttet',
  renumbered: 'Nyt nummer',
};

/** The words screen readers hear before a change. */
export const changeCues = { added: 'Tilføjet: ', removed: 'Fjernet: ' } as const;

// ---------------------------------------------------------------------------------------------
// Text with its marks

type Change = DiffSegment['kind'];

interface Piece {
  text: string;
  href?: string;
  strong?: true;
  emphasis?: true;
}
interface Run {
  change: Change;
  pieces: Piece[];
}
interface OutBlock {
  block: ReaderBlock;
  runs: Run[];
}

/** Only addresses on the site, fragments and web or mail addresses become links. */
const safeHref = (href: string | undefined) => (href !== undefined && /^(?:\/(?!\/)|#|https?:\/\/|mailto:)/i.test(href) ? href : undefined);

function blockAt(reader: ReaderText, offset: number): ReaderBlock | undefined {
  return reader.blocks.find((b) => offset >= b.start && offset < b.end);
}

/**
 * Lays the pieces of a word diff out in blocks: "same" and "added" text in the newer version's
 * blocks, "removed" text in the older's, each with the links and emphasis of its own version.
 * A block break inside a piece (a paragraph that ends) starts a new block.
 */
export function layoutDiff(segments: readonly DiffSegment[], older: ReaderText, newer: ReaderText): OutBlock[] {
  const out: OutBlock[] = [];
  let current: OutBlock | undefined;
  let posOld = 0;
  let posNew = 0;
  const emit = (change: Change, reader: ReaderText, from: number, to: number) => {
    // Cut points: block starts and ends, mark starts and ends.
    const cuts = new Set<number>([from, to]);
    for (const b of reader.blocks) [b.start, b.end].forEach((x) => x > from && x < to && cuts.add(x));
    for (const m of reader.marks) [m.start, m.end].forEach((x) => x > from && x < to && cuts.add(x));
    const points = [...cuts].sort((x, y) => x - y);
    for (let k = 0; k < points.length - 1; k++) {
      const [a, b] = [points[k], points[k + 1]];
      const block = blockAt(reader, a);
      if (!block) {
        // Between blocks: the text is a separator (or whitespace that ends the text).
        if (reader.text.slice(a, b).includes(BLOCK_SEPARATOR)) current = undefined;
        continue;
      }
      if (!current || (a === block.start && current.runs.length > 0)) {
        current = { block, runs: [] };
        out.push(current);
      }
      const marks: ReaderMark[] = reader.marks.filter((m) => m.start <= a && m.end >= b);
      const piece: Piece = { text: reader.text.slice(a, b) };
      const href = marks.find((m) => m.href !== undefined)?.href;
      if (href !== undefined) piece.href = href;
      if (marks.some((m) => m.strong)) piece.strong = true;
      if (marks.some((m) => m.emphasis)) piece.emphasis = true;
      const last = current.runs.at(-1);
      if (last && last.change === change) last.pieces.push(piece);
      else current.runs.push({ change, pieces: [piece] });
    }
  };
  for (const s of segments) {
    if (s.kind === 'removed') {
      emit('removed', older, posOld, posOld + s.text.length);
      posOld += s.text.length;
    } else {
      emit(s.kind, newer, posNew, posNew + s.text.length);
      posNew += s.text.length;
      if (s.kind === 'same') posOld += (s.oldText ?? s.text).length;
    }
  }
  return out;
}

function pieceNode(piece: Piece): ViewNode[] {
  const lines = piece.text.split('\n');
  let inner: ViewNode[] = lines.flatMap((line, k) => (k === 0 ? [line] : [h('br', undefined), line])).filter((n) => n !== '');
  if (piece.emphasis) inner = [h('em', undefined, inner)];
  if (piece.strong) inner = [h('strong', undefined, inner)];
  const href = safeHref(piece.href);
  return href !== undefined ? [h('a', { href }, inner)] : inner;
}

function runNode(run: Run, withCue = true): ViewNode[] {
  if (run.change === 'same') return run.pieces.flatMap(pieceNode);
  // The space before a changed word stays outside its mark, so the mark boxes words only.
  const [first, ...rest] = run.pieces;
  const lead = /^ +/.exec(first.text)?.[0] ?? '';
  const pieces = [{ ...first, text: first.text.slice(lead.length) }, ...rest].filter((p) => p.text !== '');
  if (pieces.length === 0) return lead ? [' '] : [];
  const tag = run.change === 'added' ? 'ins' : 'del';
  return [lead ? ' ' : '', h(tag, { class: `diff-${tag}` }, withCue && h('span', { class: 'sr-only' }, changeCues[run.change]), pieces.flatMap(pieceNode))].filter((n) => n !== '');
}

function blockNode(out: OutBlock, withCues = true): ViewNode {
  const { block } = out;
  const classes = ['diff-block', `diff-block--${block.kind}`, ...(block.depth > 0 ? [`diff-depth-${Math.min(block.depth, 3)}`] : [])].join(' ');
  return h('p', { class: classes }, block.marker && h('span', { class: 'diff-marker' }, `${block.marker} `), out.runs.flatMap((r) => runNode(r, withCues)));
}

/** A whole text, every block as it is, for an added or removed section. */
function wholeText(reader: ReaderText, change: 'added' | 'removed'): ViewNode {
  // Laid out as shared text: the one mark around the blocks says what happened to all of it.
  const segments: DiffSegment[] = reader.text === '' ? [] : [{ kind: 'same', text: reader.text }];
  const blocks = layoutDiff(segments, reader, reader);
  const tag = change === 'added' ? 'ins' : 'del';
  if (blocks.length === 0) return h('p', { class: 'diff-empty' }, 'Afsnittet har ingen tekst.');
  return h(tag, { class: `diff-${tag} diff-${tag}--whole` }, h('span', { class: 'sr-only' }, changeCues[change]), blocks.map((b) => blockNode(b, false)));
}

// ---------------------------------------------------------------------------------------------
// Sections

/** What the view needs beyond the comparison: the pages of the two versions. */
export interface DiffViewContext {
  /** The address of the newer version's page, where each section can be read. */
  newerUrl: string;
  /** The address of the older version's page. */
  olderUrl: string;
}

const titleOf = (id: string | undefined, title: string | undefined) => (id && /^\d/.test(id) ? `${id} ${title}` : (title ?? ''));

function reasonsNode(section: SectionDiff): ViewNode | undefined {
  if (section.changes.length === 0) return undefined;
  return h(
    'div',
    { class: 'diff-reasons' },
    h('h3', { class: 'h5' }, 'Hvorfor'),
    h(
      'ul',
      undefined,
      section.changes.map((change) =>
        h(
          'li',
          undefined,
          `${change.description} `,
          change.cause === 'forvaltningen'
            ? '(forvaltningens egen ændring)'
            : change.responses.flatMap((r, i) => [i > 0 ? ', ' : '', h('a', { href: urls.consultationRow(r.consultation, r.row) }, `høringssvar fra ${r.party ?? r.row}`)]),
        ),
      ),
    ),
  );
}

function sectionNode(section: SectionDiff, context: DiffViewContext): ViewNode {
  const title = titleOf(section.newId ?? section.oldId, section.newTitle ?? section.oldTitle);
  const notes: ViewNode[] = [];
  if (section.titleChanged) notes.push(h('p', undefined, 'Overskriften var før: ', h('del', { class: 'diff-del' }, h('span', { class: 'sr-only' }, changeCues.removed), titleOf(section.oldId, section.oldTitle))));
  if (section.renumbered) notes.push(h('p', undefined, `Afsnittet havde før nummeret ${section.oldId}.`));
  if (section.moved) notes.push(h('p', undefined, 'Afsnittet er flyttet til et andet sted i standarden.'));
  if (section.linksChanged) notes.push(h('p', undefined, 'Ordene er de samme, men et link i afsnittet er ændret.'));
  let text: ViewNode | ViewNode[] | undefined;
  if (section.status === 'added') text = wholeText(section.newReader!, 'added');
  else if (section.status === 'removed') text = wholeText(section.oldReader!, 'removed');
  else if (section.textChanged) text = layoutDiff(section.segments ?? [], section.oldReader!, section.newReader!).map((b) => blockNode(b));
  else if (section.linksChanged) text = layoutDiff([{ kind: 'same', text: section.newReader!.text }], section.newReader!, section.newReader!).map((b) => blockNode(b));
  // The section's name for screen readers, which may list the links of a page out of their context.
  const which = h('span', { class: 'sr-only' }, ` ${title}`);
  const link =
    section.status === 'removed'
      ? h('a', { href: `${context.olderUrl}#${section.anchor}` }, 'Læs afsnittet i den tidligere version', which)
      : h('a', { href: `${context.newerUrl}#${section.anchor}` }, 'Læs hele afsnittet i den nye version', which);
  return h(
    'article',
    { class: `diff-section diff-section--${section.status}` },
    h('h2', { class: 'h3' }, h('span', { class: `diff-status diff-status--${section.status}` }, statusLabels[section.status]), ' ', title),
    notes,
    text !== undefined && h('div', { class: 'diff-body' }, text),
    reasonsNode(section),
    h('p', { class: 'diff-read' }, link),
  );
}

function introNode(intro: IntroDiff): ViewNode | undefined {
  if (intro.status === 'unchanged') return undefined;
  const text =
    intro.status === 'added'
      ? wholeText(intro.newReader, 'added')
      : intro.status === 'removed'
        ? wholeText(intro.oldReader, 'removed')
        : layoutDiff(intro.segments ?? [], intro.oldReader, intro.newReader).map((b) => blockNode(b));
  const label = intro.status === 'added' ? 'Ny' : intro.status === 'removed' ? 'Fjernet' : 'Ændret';
  return h('article', { class: `diff-section diff-section--${intro.status}` }, h('h2', { class: 'h3' }, h('span', { class: `diff-status diff-status--${intro.status}` }, label), ' Indledningen'), h('div', { class: 'diff-body' }, text));
}

/** The whole comparison: the summary, each section that differs, and the list of unchanged ones. */
export function diffView(diff: VersionDiff, context: DiffViewContext): ViewNode[] {
  const shown = diff.sections.filter((s) => s.status !== 'unchanged');
  const unchanged = diff.sections.filter((s) => s.status === 'unchanged');
  return [
    h('p', { class: 'diff-summary' }, summarySentence(diff)),
    diff.intro ? introNode(diff.intro) : undefined,
    shown.map((s) => sectionNode(s, context)),
    unchanged.length > 0
      ? h('section', { class: 'diff-unchanged' }, h('h2', { class: 'h3' }, 'Uændrede afsnit'), h('ul', undefined, unchanged.map((s) => h('li', undefined, titleOf(s.newId, s.newTitle)))))
      : undefined,
  ].flat().filter((n): n is ViewNode => n !== undefined);
}
