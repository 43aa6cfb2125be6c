/** What an MDX body refers to through the components an editor may write, read from its syntax tree. */
import type { BodyComponent } from './mdx-markdown.ts';
import { literalStringList, mdxParts, type MdxPart } from './mdx-tree.ts';

export interface ComponentReferences {
  /** Ids of the practice examples shown as cards (<Example id="..." />), in order. */
  examples: string[];
  /** Ids of the law references of today's-rule boxes (<TodaysRule laws={[...]} />), in order. */
  laws: string[];
}

/**
 * The same references, read from the components the content layer found when it rendered the
 * body (src/integrations/content-loader.ts keeps them with the HTML): the renderer then need not
 * parse every body again (0.3 s of a 2,000-page build).
 */
export function componentReferences(components: readonly BodyComponent[]): ComponentReferences {
  return {
    examples: components.flatMap((c) => (c.name === 'Example' ? [c.props.id] : [])),
    laws: components.flatMap((c) => (c.name === 'TodaysRule' ? c.props.laws : [])),
  };
}

/** Ids used by <Example id="..." /> and <TodaysRule laws={["..."]} /> in a body; none in a body that is not MDX (the check reports that). */
export function componentReferencesInBody(body: string): ComponentReferences {
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
