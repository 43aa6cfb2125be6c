/**
 * What mammoth leaves out of a Word document, read from the document's own XML: comments, tracked
 * changes, text boxes, embedded objects, charts and diagrams, formulas, coloured, highlighted and
 * underlined text, and headers and footers. Each is found with the heading it falls under and the
 * number of the paragraph (or table) under that heading, so the report can say where it is.
 *
 * The archive is opened with JSZip and the XML read with @xmldom/xmldom, the two libraries mammoth
 * itself uses; the caller checks the archive against the zip-bomb limits first.
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

/** The kinds of things the importer finds but cannot carry into the MDX. */
export type FindingKind = 'comment' | 'insertion' | 'deletion' | 'formatting-change' | 'text-box' | 'object' | 'chart' | 'diagram' | 'formula' | 'colour' | 'underline' | 'header-footer';

/** One thing found in the XML, where it is. */
export interface XmlFinding {
  kind: FindingKind;
  /** The text of the heading it falls under, as Word has it; undefined before the first heading. */
  heading?: string;
  /** The number (from 1) of the paragraph or table under that heading that holds it. */
  paragraph: number;
  /** The start of that paragraph's text, to find it by. */
  excerpt: string;
  /** What it holds or is, such as a comment's author and text, or an object's kind. */
  detail?: string;
}

type El = {
  nodeName: string;
  localName: string;
  childNodes: ArrayLike<El>;
  nodeType: number;
  textContent: string | null;
  parentNode: El | null;
  getAttribute(name: string): string | null;
};

const children = (el: El): El[] => Array.from(el.childNodes).filter((n) => n.nodeType === 1);
const descendants = function* (el: El): Generator<El> {
  for (const child of children(el)) {
    // A drawing in a newer format is written twice: mc:Choice and an older mc:Fallback; read it once.
    if (child.nodeName === 'mc:Fallback') continue;
    yield child;
    yield* descendants(child);
  }
};

/** The visible text of a paragraph or table: its w:t elements, not deleted text. */
function textOf(el: El): string {
  let text = '';
  for (const d of descendants(el)) {
    if (d.nodeName === 'w:t') text += d.textContent ?? '';
    else if (d.nodeName === 'w:tab' || d.nodeName === 'w:br' || d.nodeName === 'w:p') text += ' ';
  }
  return text.replace(/\s+/g, ' ').trim();
}

const excerptOf = (text: string) => (text.length > 50 ? `${text.slice(0, 49).trimEnd()}…` : text);

function parseXml(text: string): El | undefined {
  const silent = { warning: () => {}, error: () => {}, fatalError: () => {} };
  const doc = new DOMParser({ errorHandler: silent } as never).parseFromString(text, 'application/xml') as unknown as { documentElement: El | null };
  return doc.documentElement ?? undefined;
}

/** Style ids of the paragraph styles that are headings or the document's title, from word/styles.xml. */
function headingStyleIds(styles: El | undefined): Set<string> {
  const ids = new Set<string>();
  if (!styles) return ids;
  for (const style of children(styles)) {
    if (style.nodeName !== 'w:style' || style.getAttribute('w:type') !== 'paragraph') continue;
    const id = style.getAttribute('w:styleId') ?? '';
    const name = children(style).find((c) => c.nodeName === 'w:name')?.getAttribute('w:val') ?? '';
    if (/^(heading|overskrift)\s*\d$/i.test(name) || /^(title|titel)$/i.test(name) || /^(heading|overskrift)\d$/i.test(id)) ids.add(id);
  }
  return ids;
}

const paragraphStyle = (p: El) => {
  const pPr = children(p).find((c) => c.nodeName === 'w:pPr');
  return pPr ? (children(pPr).find((c) => c.nodeName === 'w:pStyle')?.getAttribute('w:val') ?? '') : '';
};

/** Comments by id: author and text, from word/comments.xml. */
function commentsById(comments: El | undefined): Map<string, string> {
  const byId = new Map<string, string>();
  if (!comments) return byId;
  for (const c of children(comments)) {
    if (c.nodeName !== 'w:comment') continue;
    const author = c.getAttribute('w:author');
    byId.set(c.getAttribute('w:id') ?? '', `${author ? `${author}: ` : ''}»${excerptOf(textOf(c))}«`);
  }
  return byId;
}

/** Word's highlight colours in Danish. */
const highlightNames: Record<string, string> = { yellow: 'gul', green: 'grøn', cyan: 'turkis', magenta: 'magenta', blue: 'blå', red: 'rød', darkBlue: 'mørkeblå', darkCyan: 'mørk turkis', darkGreen: 'mørkegrøn', darkMagenta: 'mørk magenta', darkRed: 'mørkerød', darkYellow: 'mørkegul', darkGray: 'mørkegrå', lightGray: 'lysegrå', black: 'sort' };

const isDirectColour = (value: string | null) => value !== null && !/^(auto|000000|ffffff|none|clear)$/i.test(value);

/** The things in one block (a top-level paragraph or table) that the MDX cannot hold. */
function findingsIn(block: El, comments: Map<string, string>): { kind: FindingKind; detail?: string }[] {
  const found: { kind: FindingKind; detail?: string }[] = [];
  const colours = new Set<string>();
  let underlined = false;
  for (const el of descendants(block)) {
    const parent = el.parentNode?.nodeName ?? '';
    switch (el.nodeName) {
      case 'w:commentReference':
        found.push({ kind: 'comment', detail: comments.get(el.getAttribute('w:id') ?? '') });
        break;
      case 'w:ins':
      case 'w:moveTo':
        // Inside w:rPr or w:trPr, w:ins marks a paragraph mark or row as inserted; the text itself is counted where it is.
        if (parent !== 'w:rPr' && parent !== 'w:trPr') found.push({ kind: 'insertion', detail: el.getAttribute('w:author') ?? undefined });
        break;
      case 'w:del':
      case 'w:moveFrom':
        if (parent !== 'w:rPr' && parent !== 'w:trPr') {
          let deleted = '';
          for (const d of descendants(el)) if (d.nodeName === 'w:delText') deleted += d.textContent ?? '';
          found.push({ kind: 'deletion', detail: deleted.trim() ? `»${excerptOf(deleted.trim())}«` : undefined });
        }
        break;
      case 'w:rPrChange':
      case 'w:pPrChange':
        found.push({ kind: 'formatting-change' });
        break;
      case 'w:txbxContent':
        found.push({ kind: 'text-box', detail: `»${excerptOf(textOf(el))}«` });
        break;
      case 'w:object': {
        const ole = [...descendants(el)].find((d) => d.nodeName === 'o:OLEObject');
        found.push({ kind: 'object', detail: ole?.getAttribute('ProgID') ?? undefined });
        break;
      }
      case 'a:graphicData': {
        const uri = el.getAttribute('uri') ?? '';
        if (/chart/i.test(uri)) found.push({ kind: 'chart' });
        else if (/diagram/i.test(uri)) found.push({ kind: 'diagram' });
        break;
      }
      case 'm:oMath':
        if (parent !== 'm:oMathPara') found.push({ kind: 'formula' });
        break;
      case 'm:oMathPara':
        found.push({ kind: 'formula' });
        break;
      case 'w:highlight':
        if (parent === 'w:rPr' && isDirectColour(el.getAttribute('w:val'))) colours.add(`markeret med ${highlightNames[el.getAttribute('w:val')!] ?? el.getAttribute('w:val')}`);
        break;
      case 'w:shd':
        if (parent === 'w:rPr' && isDirectColour(el.getAttribute('w:fill'))) colours.add(`baggrundsfarve #${el.getAttribute('w:fill')}`);
        break;
      case 'w:color':
        if (parent === 'w:rPr' && isDirectColour(el.getAttribute('w:val'))) colours.add(`skriftfarve #${el.getAttribute('w:val')}`);
        break;
      case 'w:u':
        if (parent === 'w:rPr' && el.getAttribute('w:val') !== 'none') underlined = true;
        break;
    }
  }
  if (colours.size > 0) found.push({ kind: 'colour', detail: [...colours].join(', ') });
  if (underlined) found.push({ kind: 'underline' });
  return found;
}

/** A heading Word numbers itself (through a numbered list linked to it), with the number Word shows. */
export interface HeadingNumber {
  /** The heading's text, without the number. */
  heading: string;
  /** The number as Word shows it, such as "3.2" or "Kapitel 4". */
  number: string;
}

interface Level {
  format: string;
  text: string;
  start: number;
}

const child = (el: El | undefined, name: string) => (el ? children(el).find((c) => c.nodeName === name) : undefined);
const val = (el: El | undefined) => el?.getAttribute('w:val') ?? undefined;

/** The levels of each numbering (numId) in word/numbering.xml: format, text such as "%1.%2" and start. */
function numberingLevels(numbering: El | undefined): Map<string, Map<number, Level>> {
  const byNum = new Map<string, Map<number, Level>>();
  if (!numbering) return byNum;
  const abstract = new Map<string, Map<number, Level>>();
  for (const el of children(numbering)) {
    if (el.nodeName !== 'w:abstractNum') continue;
    const levels = new Map<number, Level>();
    for (const lvl of children(el)) {
      if (lvl.nodeName !== 'w:lvl') continue;
      levels.set(Number(lvl.getAttribute('w:ilvl') ?? 0), { format: val(child(lvl, 'w:numFmt')) ?? 'decimal', text: val(child(lvl, 'w:lvlText')) ?? '', start: Number(val(child(lvl, 'w:start')) ?? 1) });
    }
    abstract.set(el.getAttribute('w:abstractNumId') ?? '', levels);
  }
  for (const el of children(numbering)) {
    if (el.nodeName !== 'w:num') continue;
    const levels = abstract.get(val(child(el, 'w:abstractNumId')) ?? '');
    if (levels) byNum.set(el.getAttribute('w:numId') ?? '', levels);
  }
  return byNum;
}

/** The numbering (numId, level) a paragraph style gives its paragraphs, following basedOn. */
function styleNumbering(styles: El | undefined): Map<string, { numId: string; level: number }> {
  const own = new Map<string, { numId?: string; level?: number; basedOn?: string }>();
  for (const style of styles ? children(styles) : []) {
    if (style.nodeName !== 'w:style') continue;
    const numPr = child(child(style, 'w:pPr'), 'w:numPr');
    const ilvl = val(child(numPr, 'w:ilvl'));
    own.set(style.getAttribute('w:styleId') ?? '', { numId: val(child(numPr, 'w:numId')), level: ilvl === undefined ? undefined : Number(ilvl), basedOn: val(child(style, 'w:basedOn')) });
  }
  const resolved = new Map<string, { numId: string; level: number }>();
  for (const id of own.keys()) {
    let numId: string | undefined;
    let level: number | undefined;
    for (let at: string | undefined = id, n = 0; at !== undefined && n < 10; at = own.get(at)?.basedOn, n += 1) {
      numId ??= own.get(at)?.numId;
      level ??= own.get(at)?.level;
    }
    if (numId !== undefined && numId !== '0') resolved.set(id, { numId, level: level ?? 0 });
  }
  return resolved;
}

const roman = (n: number) => {
  const parts: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, letters] of parts) while (n >= value) (out += letters), (n -= value);
  return out;
};
const letter = (n: number): string => (n <= 26 ? String.fromCharCode(96 + n) : `${letter(Math.floor((n - 1) / 26))}${String.fromCharCode(97 + ((n - 1) % 26))}`);

/** A counter in a level's format: 3, c, C, iii, III. */
function formatted(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}

/**
 * Everything in the document's XML the MDX cannot hold, in document order, with where it is, and
 * the numbers Word gives the headings it numbers itself (mammoth leaves those out of the text).
 * `zip` is the archive, already checked against the limits.
 */
export async function scanWordXml(zip: JSZip): Promise<{ findings: XmlFinding[]; headingNumbers: HeadingNumber[] }> {
  const read = async (name: string) => {
    const file = zip.file(name);
    return file ? parseXml(await file.async('string')) : undefined;
  };
  const document = await read('word/document.xml');
  const body = document && children(document).find((c) => c.nodeName === 'w:body');
  if (!body) return { findings: [], headingNumbers: [] };
  const styles = await read('word/styles.xml');
  const headings = headingStyleIds(styles);
  const comments = commentsById(await read('word/comments.xml'));
  const levels = numberingLevels(await read('word/numbering.xml'));
  const numberingOfStyle = styleNumbering(styles);
  const counters = new Map<string, number[]>();
  const headingNumbers: HeadingNumber[] = [];
  /** The number Word shows before a numbered heading, counting as Word counts. */
  const numberOf = (p: El): string | undefined => {
    const numPr = child(child(p, 'w:pPr'), 'w:numPr');
    const direct = val(child(numPr, 'w:numId'));
    const fromStyle = numberingOfStyle.get(paragraphStyle(p));
    const numId = direct ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') return undefined;
    const ilvl = val(child(numPr, 'w:ilvl'));
    const level = ilvl !== undefined ? Number(ilvl) : (fromStyle?.level ?? 0);
    const defs = levels.get(numId);
    const def = defs?.get(level);
    if (!defs || !def || def.format === 'bullet' || def.format === 'none' || def.text === '') return undefined;
    const count = counters.get(numId) ?? [];
    for (let l = 0; l < level; l += 1) count[l] ??= (defs.get(l)?.start ?? 1) - 1 || 1;
    count[level] = count[level] === undefined ? def.start : count[level] + 1;
    count.length = level + 1;
    counters.set(numId, count);
    return def.text.replace(/%(\d)/g, (_, n) => formatted(count[Number(n) - 1] ?? 1, defs.get(Number(n) - 1)?.format ?? 'decimal')).trim();
  };

  const findings: XmlFinding[] = [];
  let heading: string | undefined;
  let paragraph = 0;
  const blocks = children(body).flatMap((c) => (c.nodeName === 'w:sdt' ? children(children(c).find((x) => x.nodeName === 'w:sdtContent') ?? c) : [c]));
  for (const block of blocks) {
    if (block.nodeName !== 'w:p' && block.nodeName !== 'w:tbl') continue;
    const text = textOf(block);
    const isHeading = block.nodeName === 'w:p' && headings.has(paragraphStyle(block)) && text !== '';
    if (isHeading) {
      heading = text;
      paragraph = 0;
      const number = numberOf(block);
      if (number) headingNumbers.push({ heading: text, number });
    } else if (text !== '' || block.nodeName === 'w:tbl' || [...descendants(block)].some((d) => d.nodeName === 'w:drawing' || d.nodeName === 'w:object')) {
      paragraph += 1;
    }
    for (const f of findingsIn(block, comments)) findings.push({ ...f, heading, paragraph: isHeading ? 0 : Math.max(paragraph, 1), excerpt: excerptOf(text) });
  }

  for (const name of Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)).sort()) {
    const part = await read(name);
    const text = part ? textOf(part) : '';
    const images = part ? [...descendants(part)].filter((d) => d.nodeName === 'w:drawing' || d.nodeName === 'w:pict').length : 0;
    const what = name.includes('header') ? 'sidehoved' : 'sidefod';
    if (text || images > 0) findings.push({ kind: 'header-footer', paragraph: 0, excerpt: excerptOf(text), detail: images > 0 ? `${what} med ${images === 1 ? 'et billede' : `${images} billeder`}` : what });
  }
  return { findings, headingNumbers };
}
