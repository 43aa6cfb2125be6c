/**
 * The parts of an MDX body that are not plain Markdown, read from its syntax tree (Sätteri's
 * mdxToMdast, the parser the build uses): code (import/export, {expressions}), elements and
 * components with their attributes, and every link and image address, each with its line.
 */
import { mdxToMdast } from 'satteri';
import { markdownFeatures } from '../standards/sections.ts';

export type MdxAttribute =
  | { kind: 'text'; name: string; value: string }
  | { kind: 'expression'; name: string; expression: string }
  | { kind: 'boolean'; name: string }
  | { kind: 'spread'; expression: string };

/** Where a part stands in the body: its line, and its start and end as offsets into the body's text. */
interface Place {
  line: number;
  start: number;
  end: number;
}

export type MdxPart =
  | ({ kind: 'esm'; code: string } & Place)
  | ({ kind: 'expression'; code: string } & Place)
  | ({ kind: 'element'; name: string; attributes: MdxAttribute[]; hasContent: boolean } & Place)
  | ({ kind: 'link' | 'image' | 'definition'; url: string } & Place);

interface Node {
  type: string;
  value?: unknown;
  name?: string | null;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
  children?: Node[];
}

// On globalThis: the content check and the collections' loader are separate module instances in a build, and both read every body.
const rememberedKey = Symbol.for('rusmiddelguiden.mdxParts');
const remembered: Map<string, MdxPart[]> = ((globalThis as Record<symbol, unknown>)[rememberedKey] ??= new Map()) as Map<string, MdxPart[]>;

/** The parts of `body`, in document order; throws what the parser throws on a body that is not MDX. */
export function mdxParts(body: string): MdxPart[] {
  const known = remembered.get(body);
  if (known) return known;
  const parts: MdxPart[] = [];
  const walk = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    const place = { line, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
    switch (node.type) {
      case 'mdxjsEsm':
        parts.push({ kind: 'esm', ...place, code: String(node.value ?? '') });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        parts.push({ kind: 'expression', ...place, code: String(node.value ?? '') });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        parts.push({
          kind: 'element',
          ...place,
          name: node.name ?? '',
          hasContent: (node.children ?? []).length > 0,
          attributes: (node.attributes ?? []).map((a): MdxAttribute => {
            if (a.type === 'mdxJsxExpressionAttribute') return { kind: 'spread', expression: String(a.value ?? '') };
            const name = a.name ?? '';
            if (a.value === null || a.value === undefined) return { kind: 'boolean', name };
            if (typeof a.value === 'string') return { kind: 'text', name, value: a.value };
            return { kind: 'expression', name, expression: String((a.value as { value?: unknown }).value ?? '') };
          }),
        });
        break;
      case 'link':
      case 'image':
      case 'definition':
        parts.push({ kind: node.type, ...place, url: node.url ?? '' });
        break;
    }
    node.children?.forEach(walk);
  };
  walk(mdxToMdast(body, { features: markdownFeatures }) as unknown as Node);
  if (remembered.size > 5000) remembered.clear();
  remembered.set(body, parts);
  return parts;
}

/** Every body this process read, with its parts: what a build keeps for the next (src/content-check/mdx-cache.ts). */
export const rememberedMdxParts = (): ReadonlyMap<string, MdxPart[]> => remembered;

/** The parts of `body` as an earlier build read them, remembered as if this process had read them. */
export function rememberMdxParts(body: string, parts: MdxPart[]): void {
  if (remembered.size < 5000) remembered.set(body, parts);
}

/** An expression that holds only a comment, such as {/* Skriv her ... *\/}: it renders nothing and runs nothing. */
export function isCommentOnly(code: string): boolean {
  const trimmed = code.trim();
  return /^\/\*[\s\S]*\*\/$/.test(trimmed) && !trimmed.slice(2, -2).includes('*/');
}

/** The ids in a literal list of strings, such as ["rsl-67", "sel-101"], or undefined when the code is anything else. */
export function literalStringList(code: string): string[] | undefined {
  if (!/^\s*\[\s*(?:"[^"\\\n]*"\s*(?:,\s*"[^"\\\n]*"\s*)*)?,?\s*\]\s*$/.test(code)) return undefined;
  return [...code.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
}
