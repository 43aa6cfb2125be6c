/**
 * Writes consultation data as YAML in the style of content/consultations/: parties as one-line
 * maps, text with line breaks as literal blocks (|-), long one-line text as folded blocks (>-),
 * section lists as ["3.4"]. What is written is read back with the site's own reader and must give
 * the same data, or nothing is written.
 *
 * Each item of a top-level list (parties, rows, notes) is written and read back on its own: a
 * consultation of 100,000 rows then never becomes one syntax tree in memory. Its text is exactly
 * what writing the whole document at once gives (the line width is the whole document's, less the
 * item's indentation).
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import { parseYaml } from '../../src/content-check/yaml-reader.ts';

const blockFields = new Set(['remark', 'response', 'change', 'notes', 'title']);
const lineWidth = 100;
const minContentWidth = 40;

/** The site's style for one value under `key` (a key's own name decides how its text is written). */
function styled(value: unknown, key?: string): Document {
  const document = new Document(key === undefined ? value : { [key]: value });
  visit(document, {
    Pair(_, pair) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      if (name === 'parties' && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      if (name === 'alsoFrom' && isSeq(pair.value)) pair.value.flow = true;
      if (name === 'sections' && isSeq(pair.value)) {
        pair.value.flow = true;
        for (const item of pair.value.items) if (isScalar(item)) item.type = 'QUOTE_DOUBLE';
      }
      const textNodes = name === 'notes' && isSeq(pair.value) ? pair.value.items : blockFields.has(name) ? [pair.value] : [];
      for (const node of textNodes) {
        if (!isScalar(node) || typeof node.value !== 'string') continue;
        if (name === 'title') node.type = 'QUOTE_DOUBLE';
        else if (node.value.includes('\n')) node.type = 'BLOCK_LITERAL';
        else if (node.value.length > 80) node.type = 'BLOCK_FOLDED';
      }
    },
  });
  return document;
}

const readsBackAs = (text: string, value: unknown) => {
  const read = parseYaml(text, 'consultation.yaml');
  return read.problem === undefined && isDeepStrictEqual(read.data, value);
};

/** One item of a top-level list, as the whole document would write it ("  - ..." with its lines indented), read back on its own. */
function listItem(key: string, item: unknown): string {
  const indent = '    ';
  if (key === 'parties' && item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const document = new Document(item);
    (document.contents as { flow?: boolean }).flow = true;
    const text = document.toString({ lineWidth: lineWidth - 4, minContentWidth }).trimEnd();
    if (!readsBackAs(text, item)) throw new Error(`En høringspart kan ikke skrives som YAML, der læses tilbage som de samme data: ${text}`);
    return `  - ${text}\n`;
  }
  // Styled as if under its list's key, then written without it: notes are text items, rows maps.
  // A note is written under "notes:" at its real indentation, a row alone and indented afterwards.
  const document = key === 'notes' ? styled([item], 'notes') : styled(item);
  let text = document.toString({ lineWidth: key === 'notes' ? lineWidth : lineWidth - 4, minContentWidth });
  if (key === 'notes') text = text.replace(/^notes:\n {2}- /, '').replace(/\n {4}/g, '\n');
  if (!readsBackAs(text, item)) {
    const plain = new Document(item).toString({ lineWidth: 0 });
    if (!readsBackAs(plain, item)) throw new Error('Den YAML, der blev skrevet for høringen, læses ikke tilbage som de samme data');
    text = plain;
  }
  // One new flat string: pieces split off the text would keep all of it alive, 100,000 times over.
  return `  - ${text.trimEnd().replace(/\n(?=[^\n])/g, `\n${indent}`)}\n`;
}

export function consultationToYaml(data: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value) && value.length > 0) {
      parts.push(`${key}:\n`, ...value.map((item) => listItem(key, item)));
      continue;
    }
    const single = { [key]: value };
    let text = styled(value, key).toString({ lineWidth, minContentWidth });
    if (!readsBackAs(text, single)) {
      text = new Document(single).toString({ lineWidth: 0 });
      if (!readsBackAs(text, single)) throw new Error('Den YAML, der blev skrevet for høringen, læses ikke tilbage som de samme data');
    }
    parts.push(text);
  }
  return parts.join('');
}
