/**
 * Splits a standard version's MDX body into its sections, by the headings that end in
 * {#afsnit-<id>}. Parses with the site's own MDX parser, so a line that only looks like a heading
 * (inside a code block or a quotation) is not taken for one.
 */
import { mdxToMdast } from 'satteri';
import { sectionAnchor } from '../../schemas/standard.ts';

/** One section of the body, or the introduction before the first section heading (id ""). */
/** The Markdown features the site's processor enables (see astro.config.mjs), for parsing bodies as the build does. */
export const markdownFeatures = { headingAttributes: true, gfm: true } as const;

export interface BodySection {
  /** The section id from the frontmatter, such as "4.4.5"; "" for the introduction. */
  id: string;
  /** The heading's anchor, such as "afsnit-4-4-5"; "" for the introduction. */
  anchor: string;
  /** The heading as plain text without its {#...} mark, such as "4.4.5 Behandling"; "" for the introduction. */
  heading: string;
  /** The Markdown source under the heading, without leading blank lines and trailing whitespace. */
  text: string;
}

interface MdastNode {
  type: string;
  depth?: number;
  value?: string;
  data?: { hProperties?: { id?: unknown } };
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: MdastNode[];
}

const sectionAnchorPattern = /^afsnit-[a-z0-9-]+$/;

/** Text for comparison: every run of whitespace (line breaks, indentation, table padding) as one space, trimmed. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function plainText(node: MdastNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

function trimSource(source: string): string {
  return source.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

function offsets(node: MdastNode): { start: number; end: number } {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) throw new Error(`the MDX parser gave a ${node.type} node without source offsets`);
  return { start, end };
}

/**
 * The sections of an MDX body, in the order they appear, each with its heading and text.
 *
 * A section's text runs from its heading to the next section heading, whatever that heading's
 * level: headings without an {#afsnit-...} mark (sub-headings, or any heading an editor left
 * unmarked) stay in the text of the section above them, and a marked sub-section ("### 3.1 ...
 * {#afsnit-3-1}" under "## 3 ...") ends its parent's text, so every line of the body belongs to
 * exactly one entry. Only top-level headings count: a heading inside a quotation or a component
 * is part of the text.
 *
 * `sectionIds` are the frontmatter's section ids; anchors are mapped back through them because an
 * anchor alone does not say where its dots were. Text before the first section heading comes first
 * with id "" when it is not blank. A marked heading whose id is not in `sectionIds`, or two headings
 * with the same mark, is an error naming `file` when given.
 */
export function splitSections(body: string, sectionIds: readonly string[], options: { file?: string } = {}): BodySection[] {
  const where = options.file ? `${options.file}: ` : '';
  const idByAnchor = new Map(sectionIds.map((id) => [sectionAnchor(id), id]));
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { features: markdownFeatures }) as MdastNode;
  } catch (error) {
    throw new Error(`${where}could not read the text as MDX: ${error instanceof Error ? error.message : String(error)}`);
  }

  const headings: { id: string; anchor: string; heading: string; start: number; end: number }[] = [];
  for (const node of tree.children ?? []) {
    if (node.type !== 'heading') continue;
    const anchor = node.data?.hProperties?.id;
    if (typeof anchor !== 'string' || !sectionAnchorPattern.test(anchor)) continue;
    const id = idByAnchor.get(anchor);
    if (id === undefined) {
      const known = sectionIds.map((s) => `"${s}"`).join(', ') || '(none)';
      throw new Error(`${where}the heading "${plainText(node).trim()}" is marked {#${anchor}}, but no section in the list has that id: expected a mark for one of ${known}`);
    }
    if (headings.some((h) => h.anchor === anchor)) {
      throw new Error(`${where}two headings are marked {#${anchor}}: expected each section's heading once`);
    }
    headings.push({ id, anchor, heading: plainText(node).trim(), ...offsets(node) });
  }

  const sections: BodySection[] = [];
  const intro = trimSource(body.slice(0, headings[0]?.start ?? body.length));
  if (intro.trim() !== '') sections.push({ id: '', anchor: '', heading: '', text: intro });
  headings.forEach((h, i) => {
    const text = trimSource(body.slice(h.end, headings[i + 1]?.start ?? body.length));
    sections.push({ id: h.id, anchor: h.anchor, heading: h.heading, text });
  });
  return sections;
}

/**
 * Whether a section's text (as splitSections gives it, heading first) says anything yet: false
 * when, after its heading, there are only MDX or HTML comments and blank lines.
 */
export function hasWrittenText(sectionText: string): boolean {
  return (
    sectionText
      .replace(/^#{1,6} [^\n]*/, '')
      .replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, '')
      .trim() !== ''
  );
}

/** A version's sections as the completeness check takes them: declared elements, and whether each has text. */
export function sectionsWithText(body: string, sections: readonly { id: string; elements: readonly string[] }[], file?: string): { id: string; elements: readonly string[]; written: boolean }[] {
  const texts = new Map(splitSections(body, sections.map((s) => s.id), { file }).map((s) => [s.id, s.text]));
  return sections.map((s) => ({ id: s.id, elements: s.elements, written: hasWrittenText(texts.get(s.id) ?? '') }));
}
