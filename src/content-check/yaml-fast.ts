/**
 * A quicker first reading of YAML with js-yaml (about five times faster than the `yaml` library
 * here, the content check's largest cost), giving the same data as yaml-reader.ts's YAML 1.2 core
 * schema, or nothing: then the `yaml` library reads the text and explains any problem with its line
 * and column. It gives nothing for the texts below that js-yaml reads differently, for anything
 * js-yaml cannot read (a syntax error, a field written twice, several documents, a tag), and for a
 * key that is not plain text.
 *
 * The scalars are resolved as the `yaml` library's core schema does (its own test patterns), not
 * as js-yaml's, which also reads 0b binary, signed hex and octal and "1_000". The two readings are
 * compared on every content file, the benchmark corpus and generated YAML in
 * tests/unit/yaml-fast.test.ts.
 */
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

const scalar = (tag: string, test: RegExp, construct: (text: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (text: string | null) => text !== null && test.test(text), construct: (text: string | null) => construct(text ?? '') });

// The patterns of yaml's schema/core (null.js, bool.js, int.js, float.js), in its order.
const coreSchema = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
    scalar('int', /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (text) => (text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10))),
    scalar('float', /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/, (text) =>
      text.slice(-3).toLowerCase() === 'nan' ? NaN : /inf$/i.test(text) ? (text[0] === '-' ? -Infinity : Infinity) : parseFloat(text),
    ),
  ],
});

/**
 * Characters and constructs after which the `yaml` library reads the text: a tab, a carriage
 * return or another line break; a possible anchor (&name) or alias (*name); a line beginning "---"
 * or "..."; and the key __proto__. Ordinary text can look like these ("**fed**"): it is read slowly.
 */
const needsTheYamlLibrary = /[\t\r\u0085\u2028\u2029\ufeff]|[&*]\S|^(?:---|\.\.\.)(?:\s|$)|__proto__/m;

const plainKey = /^[\p{L}\p{N}_-]+:(?: +|$)/u;
const blockIndicator = /^[|>][-+]?[1-9]?[-+]?(?: +#.*)?$/;
const quotedWhole = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')(?: +#.*)?$/;
/**
 * Whether a flow collection ([a, "b"], {id: a}) closes on its line every bracket and quote it
 * opens. A quote counts only where a value begins (after a bracket, a comma or ": "); a quote or a
 * "#" anywhere else makes the answer no, as does anything after the last bracket.
 */
function flowCloses(value: string): boolean {
  let depth = 0;
  let valueStarts = true;
  for (let i = 0; i < value.length; i++) {
    const character = value[i];
    if (character === ' ') continue;
    if (depth === 0 && i > 0) return false;
    if (character === '"' || character === "'") {
      if (!valueStarts) return false;
      const closed = (character === '"' ? /^"(?:[^"\\]|\\.)*"/ : /^'(?:[^']|'')*'/).exec(value.slice(i));
      if (!closed) return false;
      i += closed[0].length - 1;
      valueStarts = false;
    } else if (character === '#') return false;
    else if (character === '[' || character === '{') {
      depth++;
      valueStarts = true;
    } else if (character === ']' || character === '}') {
      depth--;
      if (depth < 0) return false;
      valueStarts = false;
    } else if (character === ',') valueStarts = true;
    else if (character === ':' && value[i + 1] === ' ') valueStarts = true;
    else valueStarts = false;
  }
  return depth === 0;
}

/**
 * Whether every line of the text is one js-yaml and the `yaml` library read alike: a blank line, a
 * comment, or list dashes and a plain key followed by a value on the same line (a plain text that
 * has no ": ", a quoted text closed on its line, a flow collection closed on its line, or the
 * start of a block text "|" or ">", whose lines are indented under it). A text going
 * on over several lines any other way is where the two differ (js-yaml accepts lines the `yaml`
 * library refuses for their indentation), so it is left to the `yaml` library.
 */
function linesReadAlike(text: string): boolean {
  let blockOwner = -1;
  let blockIndent = -1;
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const rest = line.slice(indent);
    if (blockOwner >= 0) {
      if (rest === '') continue;
      if (indent > blockOwner) {
        if (blockIndent < 0) blockIndent = indent;
        if (indent < blockIndent) return false;
        continue;
      }
      blockOwner = -1;
      blockIndent = -1;
    }
    if (rest === '' || rest.startsWith('#')) continue;
    let column = indent;
    let dash = -1;
    let value = rest;
    while (value === '-' || value.startsWith('- ')) {
      const after = value.slice(1).trimStart();
      dash = column;
      column += value.length - after.length;
      value = after;
    }
    const key = plainKey.exec(value);
    if (key) value = value.slice(key[0].length);
    // A list item with nothing after its dash: js-yaml can take a less indented item after it as its sibling.
    else if (dash < 0 || value === '' || value.startsWith('#')) return false;
    if (value === '' || value.startsWith('#')) continue;
    if (blockIndicator.test(value)) {
      blockOwner = key ? column : dash;
      continue;
    }
    if (value.startsWith('"') || value.startsWith("'")) {
      if (!quotedWhole.test(value)) return false;
    } else if (value.startsWith('[') || value.startsWith('{')) {
      if (!flowCloses(value)) return false;
    } else if (/^[!&*%@`,?:|>\]}-]/.test(value) || /:(?: |$)/.test(value)) return false;
  }
  return true;
}

/** A key is read alike by both libraries only when it is plain text; a key such as 1, true, ~ or [a] is left to the `yaml` library. */
const plainKeyText = /^[\p{L}\p{N}_-]+$/u;

function keysArePlainText(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysArePlainText);
  if (value === null || typeof value !== 'object') return true;
  for (const [key, inner] of Object.entries(value)) {
    if (!plainKeyText.test(key) || /^(?:[-+]?[0-9]+(?:\.[0-9]*)?|true|false|null)$/i.test(key) || !keysArePlainText(inner)) return false;
  }
  return true;
}

/** The data of `text` read quickly, or undefined when the `yaml` library must read it. */
export function fastYamlData(text: string): { data: unknown } | undefined {
  if (needsTheYamlLibrary.test(text) || !linesReadAlike(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: coreSchema });
  } catch {
    return undefined;
  }
  if (!keysArePlainText(data)) return undefined;
  return { data: data ?? null };
}
