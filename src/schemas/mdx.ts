/**
 * What an MDX body may contain besides Markdown: content is data, so no code runs from it. The
 * content check refuses everything else on the MDX syntax tree (src/content-check/mdx-safety.ts).
 */

/** A component's prop: an id written as text (id="..."), or a list of ids written as a literal (laws={["a", "b"]}). */
export type MdxPropKind = 'id' | 'id-list';

/** The components a body may use without importing them, with their props; every prop is required. */
export const mdxComponents = {
  /** A card linking to a practice example: <Example id="solroed-case-management" />. */
  Example: { id: 'id' },
  /** Today's rule beside outdated wording: <TodaysRule laws={["rsl-67"]} />. */
  TodaysRule: { laws: 'id-list' },
} as const satisfies Record<string, Record<string, MdxPropKind>>;

export type MdxComponentName = keyof typeof mdxComponents;

/** HTML elements a body may write, with the attributes each may have: only a line break. */
export const mdxHtmlElements: Record<string, readonly string[]> = { br: [] };

/** Schemes a link may use; any other link must be an address on the site (/..., #..., ./...). */
export const linkSchemes = ['http', 'https', 'mailto', 'tel'] as const;
