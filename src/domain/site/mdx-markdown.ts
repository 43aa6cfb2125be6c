/**
 * An MDX body as plain Markdown, so the content layer renders it once and caches the HTML instead
 * of Vite compiling every body as a JavaScript module on every build (docs/performance.md).
 *
 * A body may hold nothing but Markdown, line breaks, comments and the components in
 * src/schemas/mdx.ts with literal props (the content check refuses the rest), so it converts
 * without loss: each component becomes a placeholder comment the page replaces with the component
 * (splitAtComponents), each comment is dropped, and the Markdown is left as it is.
 */
import { mdxComponents, type MdxComponentName } from '../../schemas/mdx.ts';
import { isCommentOnly, literalStringList, mdxParts, type MdxPart } from './mdx-tree.ts';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { markdownFeatures } from '../standards/sections.ts';

type PropsOf<N extends MdxComponentName> = { [P in keyof (typeof mdxComponents)[N]]: (typeof mdxComponents)[N][P] extends 'id' ? string : string[] };

/** A component written in a body, with its props as the component takes them. */
export type BodyComponent = { [N in MdxComponentName]: { name: N; props: PropsOf<N> } }[MdxComponentName];

export interface MarkdownOfMdx {
  markdown: string;
  components: BodyComponent[];
}

/** The placeholder for the component at `index`: an HTML comment, which Markdown keeps as it is, in a block or in a line. */
export const componentPlaceholder = (index: number) => `<!--rusmiddelguiden-component:${index}-->`;
const placeholderPattern = /<!--rusmiddelguiden-component:(\d+)-->/g;

const isComponent = (name: string | null | undefined): name is MdxComponentName => typeof name === 'string' && Object.hasOwn(mdxComponents, name);

function componentProps(part: Extract<MdxPart, { kind: 'element' }>, name: MdxComponentName): Record<string, string | string[]> {
  const props: Record<string, string | string[]> = {};
  const kinds = mdxComponents[name] as Record<string, string>;
  for (const attribute of part.attributes) {
    const kind = attribute.kind !== 'spread' ? kinds[attribute.name] : undefined;
    if (kind === 'id' && attribute.kind === 'text') props[attribute.name] = attribute.value;
    else if (kind === 'id-list' && attribute.kind === 'expression') {
      const ids = literalStringList(attribute.expression);
      if (ids === undefined) throw new Error(`line ${part.line}: <${name}> has a prop that is not a literal list of ids`);
      props[attribute.name] = ids;
    } else throw new Error(`line ${part.line}: <${name}> has a prop it does not take, or one written in a way it does not take`);
  }
  const missing = Object.keys(kinds).filter((prop) => !(prop in props));
  if (missing.length > 0) throw new Error(`line ${part.line}: <${name}> lacks ${missing.join(', ')}`);
  return props;
}

/** What a part of the body becomes in the Markdown: its replacement text, or undefined where the Markdown stays as written. */
function replacementOf(part: MdxPart, components: BodyComponent[]): string | undefined {
  switch (part.kind) {
    case 'esm':
      throw new Error(`line ${part.line}: import and export are not allowed in content`);
    case 'expression':
      if (!isCommentOnly(part.code)) throw new Error(`line ${part.line}: {…} code is not allowed in content`);
      return '';
    case 'element': {
      if (part.name === 'br' && part.attributes.length === 0 && !part.hasContent) return '<br />';
      if (!isComponent(part.name)) throw new Error(`line ${part.line}: <${part.name}> is not allowed in content`);
      if (part.hasContent) throw new Error(`line ${part.line}: <${part.name}> takes no content between its tags`);
      components.push({ name: part.name, props: componentProps(part, part.name) } as BodyComponent);
      return componentPlaceholder(components.length - 1);
    }
    default:
      return undefined;
  }
}

/**
 * The Markdown of `body` and the components it writes, in order. Throws on anything the content
 * check refuses (code, expressions, other elements), so nothing it lets through runs or is lost.
 * Reads the body's parts as the content check does (mdxParts, remembered for the build).
 */
export function markdownOfMdx(body: string): MarkdownOfMdx {
  const components: BodyComponent[] = [];
  let markdown = '';
  let at = 0;
  // mdxParts lists parts in document order; a component with content is refused, so replaced parts never nest.
  for (const part of mdxParts(body)) {
    const text = replacementOf(part, components);
    if (text === undefined) continue;
    if (part.end <= part.start) throw new Error(`line ${part.line}: the parser gave no position`);
    markdown += body.slice(at, part.start) + text;
    at = part.end;
  }
  return { markdown: markdown + body.slice(at), components };
}

interface LineNode {
  type: string;
  position?: { start: { line: number } };
  children?: LineNode[];
}
const codeStartLines = (tree: LineNode, into = new Set<number>()) => {
  if (tree.type === 'code' && tree.position) into.add(tree.position.start.line);
  tree.children?.forEach((c) => codeStartLines(c, into));
  return into;
};

/**
 * The lines where Markdown would start a code block that MDX does not: text indented by four
 * spaces or a tab after a blank line is a paragraph in MDX, which has no indented code, and code
 * in Markdown. The content check refuses such a body, naming these lines; without that, the page
 * would show the text as code.
 */
export function linesMarkdownShowsAsCode(body: string): number[] {
  // Indented code cannot interrupt a paragraph: it starts the body or follows a blank line.
  if (!/(?:^|\n[ \t]*\n)(?: {4}|\t)/.test(body)) return [];
  const inMdx = codeStartLines(mdxToMdast(body, { features: markdownFeatures }) as unknown as LineNode);
  const inMarkdown = codeStartLines(markdownToMdast(markdownOfMdx(body).markdown, { features: markdownFeatures }) as unknown as LineNode);
  return [...inMarkdown].filter((line) => !inMdx.has(line)).sort((a, b) => a - b);
}

/** Rendered HTML cut at the placeholders: text, then each component and the text after it. */
export function splitAtComponents(html: string, components: readonly BodyComponent[]): ({ html: string } | { component: BodyComponent })[] {
  const parts: ({ html: string } | { component: BodyComponent })[] = [];
  let at = 0;
  for (const match of html.matchAll(placeholderPattern)) {
    const component = components[Number(match[1])];
    if (component === undefined) throw new Error(`the rendered body has a placeholder for component ${match[1]}, which it does not write`);
    parts.push({ html: html.slice(at, match.index) }, { component });
    at = match.index + match[0].length;
  }
  parts.push({ html: html.slice(at) });
  return parts.filter((p) => !('html' in p) || p.html !== '');
}
