/**
 * Writes consultation data as YAML in the style of content/consultations/: parties as one-line
 * maps, text with line breaks as literal blocks (|-), long one-line text as folded blocks (>-),
 * section lists as ["3.4"]. The text is read back and must give the same data, or nothing is written.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parse, visit } from 'yaml';

const blockFields = new Set(['remark', 'response', 'change', 'notes', 'title']);

export function consultationToYaml(data: Record<string, unknown>): string {
  const document = new Document(data);
  visit(document, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key === 'parties' && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      if (key === 'sections' && isSeq(pair.value)) {
        pair.value.flow = true;
        for (const item of pair.value.items) if (isScalar(item)) item.type = 'QUOTE_DOUBLE';
      }
      const textNodes = key === 'notes' && isSeq(pair.value) ? pair.value.items : blockFields.has(key) ? [pair.value] : [];
      for (const node of textNodes) {
        if (!isScalar(node) || typeof node.value !== 'string') continue;
        if (key === 'title') node.type = 'QUOTE_DOUBLE';
        else if (node.value.includes('\n')) node.type = 'BLOCK_LITERAL';
        else if (node.value.length > 80) node.type = 'BLOCK_FOLDED';
      }
    },
  });
  const text = document.toString({ lineWidth: 100, minContentWidth: 40 });
  if (!isDeepStrictEqual(parse(text), data)) {
    // A string the block styles cannot hold as it is: write it the plain way, which always reads back.
    const plain = new Document(data).toString({ lineWidth: 0 });
    if (!isDeepStrictEqual(parse(plain), data)) throw new Error('The YAML written for the consultation does not read back as the same data');
    return plain;
  }
  return text;
}
