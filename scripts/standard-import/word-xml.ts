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

/**
 * Everything in the document's XML the MDX cannot hold, in document order, with where it is.
 * `zip` is the archive, already checked against the limits.
 */
export async function scanWordXml(zip: JSZip): Promise<XmlFinding[]> {
  const read = async (name: string) => {
    const file = zip.file(name);
    return file ? parseXml(await file.async('string')) : undefined;
  };
  const document = await read('word/document.xml');
  const body = document && children(document).find((c) => c.nodeName === 'w:body');
  if (!body) return [];
  const headings = headingStyleIds(await read('word/styles.xml'));
  const comments = commentsById(await read('word/comments.xml'));

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
  return findings;
}
