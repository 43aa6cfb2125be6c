/**
 * A Markdown/MDX plugin (satteri, hast phase) that wraps every table of content text in a box that
 * scrolls sideways on a narrow screen, so a wide table never makes the page wider than the screen.
 * The box can take keyboard focus, so it can be scrolled without a mouse, and is named after the
 * table's caption.
 */
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

export function tableScroll(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'rusmiddelguiden:table-scroll',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const parent = ctx.parent(node);
        if (parent?.type === 'element' && parent.properties?.className?.toString().includes('table-scroll')) return;
        const caption = node.children.find((c) => c.type === 'element' && c.tagName === 'caption');
        const label = caption ? ctx.textContent(caption).trim() : 'Tabel';
        ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0, role: 'group', ariaLabel: label }, children: [] });
      },
    },
  });
}
