/**
 * The one YAML reader: the content check, the build's collections (src/integrations/content-loader.ts),
 * the importer and the scaffolding commands all read YAML with it, so what the check accepts is
 * exactly what the site publishes.
 *
 * YAML 1.2 core schema: a date stays the text written (so "2024-02-30" is reported, not rolled
 * over), and "<<" is an ordinary key. Anchors and aliases (&name, *name) are refused: content
 * never needs them, and an alias repeated many times multiplies a small file into a huge page.
 */
import { isAlias, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { ContentProblem } from './content-errors.ts';

export interface YamlResult {
  data?: unknown;
  problem?: ContentProblem;
}

const lineAndColumn = (counter: LineCounter, offset: number, lineOffset: number) => {
  const { line, col } = counter.linePos(offset);
  return ` (line ${line + lineOffset}, column ${col})`;
};

/** The first alias or anchor in a document, as its offset in the text. */
function firstAliasOrAnchor(document: Document): { offset: number; kind: 'alias' | 'anchor'; name: string } | undefined {
  let found: { offset: number; kind: 'alias' | 'anchor'; name: string } | undefined;
  visit(document, (_, node) => {
    if (isAlias(node)) found = { offset: node.range?.[0] ?? 0, kind: 'alias', name: node.source };
    else if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string' && node.anchor) {
      found = { offset: (node as { range?: [number] }).range?.[0] ?? 0, kind: 'anchor', name: node.anchor };
    }
    return found ? visit.BREAK : undefined;
  });
  return found;
}

/**
 * Parses YAML text; a syntax error, a field written twice or an alias becomes a problem with its
 * line and column. `lineOffset` is added to line numbers (1 for MDX frontmatter after its "---").
 */
export function parseYaml(text: string, file: string, lineOffset = 0): YamlResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter, merge: false });
  const [error] = document.errors;
  if (error) {
    const where = lineAndColumn(lineCounter, error.pos[0], lineOffset);
    const reason = error.code === 'DUPLICATE_KEY' ? 'a field is written twice' : error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { problem: { file, field: '', message: `could not be read as YAML${where}: ${reason}` } };
  }
  const reference = firstAliasOrAnchor(document);
  if (reference) {
    const written = reference.kind === 'alias' ? `*${reference.name}` : `&${reference.name}`;
    return {
      problem: {
        file,
        field: '',
        message: `could not be read as YAML${lineAndColumn(lineCounter, reference.offset, lineOffset)}: "${written}" is a YAML ${reference.kind}, and content files cannot use anchors and aliases. Write the value out in full`,
      },
    };
  }
  return { data: document.toJS() ?? null };
}

/**
 * parseYaml, remembered by text for this process: `astro build` runs the content check and then
 * loads the collections, and both read every file; the second reading costs nothing.
 */
// On globalThis: Astro loads the integrations and the collections' loader as separate module instances.
const rememberedKey = Symbol.for('rusmiddelguiden.parsedYaml');
const remembered: Map<string, YamlResult> = ((globalThis as Record<symbol, unknown>)[rememberedKey] ??= new Map()) as Map<string, YamlResult>;
const maxRemembered = 20_000;

export function parseYamlOnce(text: string, file: string, lineOffset = 0): YamlResult {
  const key = `${lineOffset}\u0000${text}`;
  const known = remembered.get(key);
  if (known) return known;
  const result = parseYaml(text, file, lineOffset);
  // Only data is remembered: a problem names the file, and is read again to name the right one.
  if (result.problem) return result;
  if (remembered.size >= maxRemembered) remembered.clear();
  remembered.set(key, result);
  return result;
}
