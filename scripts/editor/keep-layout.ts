/**
 * Decap CMS writes a whole file anew from its fields: the YAML comments that explain a file are
 * lost, `[a, b]` lists become one item per line and long texts are folded its own way, so a one-word
 * change shows as a rewrite of the file. Before a save is checked and written, the editor's server
 * puts Decap's values into the YAML as it is on disk instead (the yaml library's document model):
 * what did not change keeps its text, comments and layout; what changed keeps its style where it
 * can (quotes, ">-", flow lists).
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, isSeq, parse, parseDocument, type Document } from 'yaml';
import { splitFrontmatter } from '../../src/content-check/content-files.ts';

/** How the project's tools write YAML (as scripts/scaffold/scaffold.ts's nextVersionFile does). */
const layout = { lineWidth: 100, flowCollectionPadding: false } as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The plain value of a node of the document (or of a plain value). */
function valueOf(node: unknown): unknown {
  return node !== null && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;
}

/** `node` (of `doc`) changed to hold `value`, keeping what is the same. */
function update(doc: Document, node: unknown, value: unknown): unknown {
  if (isDeepStrictEqual(valueOf(node), value)) return node;
  if (isMap(node) && isRecord(value)) {
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof key === 'string' && !(key in value)) node.delete(key);
    }
    for (const [key, item] of Object.entries(value)) {
      const existing = node.get(key, true);
      node.set(key, existing === undefined ? doc.createNode(item) : update(doc, existing, item));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((item, index) => (index < node.items.length ? update(doc, node.items[index], item) : doc.createNode(item))) as typeof node.items;
    return node;
  }
  if (isScalar(node) && !isRecord(value) && !Array.isArray(value)) {
    node.value = value;
    return node;
  }
  const created = doc.createNode(value);
  if ((isMap(node) || isSeq(node)) && (isMap(created) || isSeq(created))) created.flow = node.flow;
  return created;
}

/** YAML text `original` holding the values of YAML text `written`, laid out as `original` where they agree. */
export function keepYamlLayout(original: string, written: string): string {
  const doc = parseDocument(original);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return written;
  let values: unknown;
  try {
    values = parse(written);
  } catch {
    return written;
  }
  if (!isRecord(values)) return written;
  if (isDeepStrictEqual(doc.toJSON(), values)) return original;
  update(doc, doc.contents, values);
  // A key's pair must stay a pair; update() only ever sets values.
  if (!doc.contents.items.every(isPair)) return written;
  return doc.toString(layout);
}

/**
 * The file Decap wants to write (`written`), with the layout of the file on disk (`original`):
 * for YAML the whole file, for MDX the frontmatter, with the body as Decap wrote it.
 */
export function keepLayout(original: string, written: string, extension: 'yaml' | 'mdx'): string {
  if (extension === 'yaml') return keepYamlLayout(original, written);
  const before = splitFrontmatter(original);
  const after = splitFrontmatter(written);
  if (before.frontmatter === undefined || after.frontmatter === undefined) return written;
  const frontmatter = keepYamlLayout(`${before.frontmatter}\n`, `${after.frontmatter}\n`);
  return `---\n${frontmatter.endsWith('\n') ? frontmatter : `${frontmatter}\n`}---\n${after.body}`;
}
