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
import { isCommentOnly, literalStringList } from './mdx-tree.ts';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { markdownFeatures } from '../standards/sections.ts';

type PropsOf<N extends MdxComponentName> = { [P in keyof (typeof mdxComponents)[N]]: (typeof mdxComponents)[N][P] extends 'id' ? string : string[] };

/** A component written in a body, with its props as the component takes them. */
export type BodyComponent = { [N in MdxComponentName]: { name: N; props: PropsOf<N> } }[MdxComponentName];

export interface MarkdownOfMdx {
  markdown: string;
  components: BodyComponent[];
}

interface Node {
  type: string;
  value?: unknown;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: {
    start: { offset?: number; line: number };
    end: { offset?: number };
  };
  children?: Node[];
}

/** The placeholder for the component at `index`: an HTML comment, which Markdown keeps as it is, in a block or in a line. */
export const componentPlaceholder = (index: number) => `<!--rusmiddelguiden-component:${index}-->`;
const placeholderPattern = /<!--rusmiddelguiden-component:(\d+)-->/g;

const isComponent = (name: string | null | undefined): name is MdxComponentName => typeof name === 'string' && Object.hasOwn(mdxComponents, name);

function componentProps(node: Node, name: MdxComponentName, line: number): Record<string, string | string[]> {
  const props: Record<string, string | string[]> = {};
  for (const attribute of node.attributes ?? []) {
    const kind = attribute.name !== undefined ? (mdxComponents[name] as Record<string, string>)[attribute.name] : undefined;
    const value = attribute.value;
    if (kind === 'id' && typeof value === 'string') props[attribute.name!] = value;
    else if (kind === 'id-list' && typeof value === 'object' && value !== null) {
      const ids = literalStringList(String((value as { value?: unknown }).value ?? ''));
      if (ids === undefined) throw new Error(`line ${line}: <${name}> has a prop that is not a literal list of ids`);
      props[attribute.name!] = ids;
    } else throw new Error(`line ${line}: <${name}> has a prop it does not take, or one written in a way it does not take`);
  }
  const missing = Object.keys(mdxComponents[name]).filter((prop) => !(prop in props));
  if (missing.length > 0) throw new Error(`line ${line}: <${name}> lacks ${missing.join(', ')}`);
  return props;
}

/**
 * The Markdown of `body` and the components it writes, in order. Throws on anything the content
 * check refuses (code, expressions, other elements), so nothing it lets through runs or is lost.
 */
export function markdownOfMdx(body: string): MarkdownOfMdx {
  const components: BodyComponent[] = [];
  const replacements: { start: number; end: number; text: string }[] = [];
  const walk = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    const range = () => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) throw new Error(`line ${line}: the parser gave no position`);
      return { start, end };
    };
    switch (node.type) {
      case 'mdxjsEsm':
        throw new Error(`line ${line}: import and export are not allowed in content`);
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(String(node.value ?? ''))) throw new Error(`line ${line}: {…} code is not allowed in content`);
        replacements.push({ ...range(), text: '' });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (node.name === 'br' && (node.attributes ?? []).length === 0 && (node.children ?? []).length === 0) {
          replacements.push({ ...range(), text: '<br />' });
          return;
        }
        if (!isComponent(node.name)) throw new Error(`line ${line}: <${node.name ?? ''}> is not allowed in content`);
        if ((node.children ?? []).length > 0) throw new Error(`line ${line}: <${node.name}> takes no content between its tags`);
        replacements.push({ ...range(), text: componentPlaceholder(components.length) });
        components.push({ name: node.name, props: componentProps(node, node.name, line) } as BodyComponent);
        return;
    }
    node.children?.forEach(walk);
  };
  walk(mdxToMdast(body, { features: markdownFeatures }) as unknown as Node);
  let markdown = '';
  let at = 0;
  for (const r of replacements.sort((a, b) => a.start - b.start)) {
    markdown += body.slice(at, r.start) + r.text;
    at = r.end;
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
