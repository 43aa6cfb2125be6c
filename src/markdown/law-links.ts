/**
 * A Markdown/MDX plugin (satteri, hast phase) that links paragraph mentions in content text to
 * their law reference page, using src/domain/law/mentions.ts. Text inside links, code and headings
 * is left alone.
 */
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { readContentFiles } from '../content-check/content-files.ts';
import { findLawMentions, type LawReference } from '../domain/law/mentions.ts';
import { urls } from '../domain/site/urls.ts';

/** The law references under contentDir, read directly (this runs before Astro loads collections). */
export function loadLawReferences(contentDir: string): LawReference[] {
  return readContentFiles(contentDir, undefined, ['law']).files.map((f) => ({ id: f.id, ...(f.data as Omit<LawReference, 'id'>) }));
}

const skipInside = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function lawLinks(laws: LawReference[]): HastPluginDefinition {
  return defineHastPlugin({
    name: 'rusmiddelguiden:law-links',
    text(node, ctx) {
      const mentions = findLawMentions(node.value, laws);
      if (mentions.length === 0) return;
      for (let parent: ReturnType<typeof ctx.parent> = ctx.parent(node); parent; parent = parent.type === 'root' ? undefined : ctx.parent(parent)) {
        if (parent.type === 'element' && skipInside.has(parent.tagName)) return;
      }
      const parts: ({ type: 'text'; value: string } | { type: 'element'; tagName: 'a'; properties: { href: string }; children: { type: 'text'; value: string }[] })[] = [];
      let at = 0;
      for (const m of mentions) {
        if (m.start > at) parts.push({ type: 'text', value: node.value.slice(at, m.start) });
        parts.push({ type: 'element', tagName: 'a', properties: { href: urls.law(m.lawId) }, children: [{ type: 'text', value: node.value.slice(m.start, m.end) }] });
        at = m.end;
      }
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      ctx.replaceNode(node, parts as Parameters<typeof ctx.replaceNode>[1]);
    },
  });
}
