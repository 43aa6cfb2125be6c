/** What an MDX body refers to through the components an editor may write, read from its syntax tree. */
import { literalStringList, mdxParts, type MdxPart } from './mdx-tree.ts';

/** Ids used by <Example id="..." /> and <TodaysRule laws={["..."]} /> in a body; none in a body that is not MDX (the check reports that). */
export function componentReferencesInBody(body: string): { examples: string[]; laws: string[] } {
  let parts: MdxPart[];
  try {
    parts = mdxParts(body);
  } catch {
    return { examples: [], laws: [] };
  }
  const elements = parts.flatMap((p) => (p.kind === 'element' ? [p] : []));
  const attribute = (name: string, attr: string) =>
    elements.filter((e) => e.name === name).flatMap((e) => e.attributes.filter((a) => 'name' in a && a.name === attr));
  const examples = attribute('Example', 'id').flatMap((a) => (a.kind === 'text' ? [a.value] : []));
  const laws = attribute('TodaysRule', 'laws').flatMap((a) => (a.kind === 'expression' ? (literalStringList(a.expression) ?? []) : []));
  return { examples, laws };
}
