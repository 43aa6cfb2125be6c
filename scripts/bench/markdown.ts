/**
 * Turns the site's MDX bodies into plain Markdown another site generator can build (the Starlight
 * comparison): heading ids written as {#...} and the site's own components are replaced by what a
 * reader would see, so both builds process the same text.
 */

/** "## 3.4 Frit valg {#afsnit-3-4}" -> "## 3.4 Frit valg". */
export function withoutHeadingIds(body: string): string {
  return body.replace(/^(#{1,6}[ \t].*?)[ \t]*\{#[A-Za-z0-9_-]+\}[ \t]*$/gm, '$1');
}

/** <Example id="x" /> becomes a line naming the example; <TodaysRule laws={["a", "b"]} /> a note naming the laws. */
export function withoutSiteComponents(body: string): string {
  return body
    .replace(/<Example\s+id="([^"]*)"\s*\/>/g, (_, id: string) => `Praksiseksempel: ${id}`)
    .replace(/<TodaysRule\s+laws=\{\[([^\]]*)\]\}\s*\/>/g, (_, list: string) => `> Reglen i dag: ${[...list.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join(', ')}`);
}

export function portableMarkdown(body: string): string {
  return withoutSiteComponents(withoutHeadingIds(body));
}

/** A Markdown table from a header and rows; pipes and line breaks in cells are escaped so the table stays one row per line. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ').trim();
  return [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
