/**
 * Text rules of the consultation-table importer: cleaning cell text, ids, header rows, the
 * "Ændring på baggrund af bemærkning" label and section numbers. Pure functions.
 */
import { asciiFold, toId } from '../../src/schemas/ids.ts';

/**
 * Cell text as it goes into YAML: Windows and old Mac line breaks become "\n", tabs and runs of
 * spaces one space, each line trimmed, at most one blank line in a row, no blank lines at the ends.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Paragraphs joined as in the YAML files: a blank line between paragraphs, one line break between list items. */
export function joinParagraphs(paragraphs: readonly { text: string; listItem: boolean }[]): string {
  return paragraphs.map((p, i) => (i === 0 ? '' : p.listItem && paragraphs[i - 1].listItem ? '\n' : '\n\n') + p.text).join('');
}

/** A party's name on one line: line breaks and runs of spaces become one space, a trailing ":" goes. */
export function cleanPartyName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');
}

/** Splits text at the separator pattern, but not inside brackets: "Region X (psykiatri, somatik), KL" has two parts. */
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  const global = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : `${separator.flags}g`);
  const brackets = [...text].map((c) => (c === '(' || c === '[' ? 1 : c === ')' || c === ']' ? -1 : 0));
  const depthAt: number[] = [];
  for (const step of brackets) depthAt.push((depth = Math.max(0, depth + step)));
  for (const match of text.matchAll(global)) {
    if (depthAt[match.index] > 0) continue;
    parts.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** "og", "samt", "&" between two names; not "Social- og Sundhedsudvalget", where the word before ends in a hyphen. */
const conjunction = /(?<!-)\s+(?:og|samt|&)\s+/iu;

/**
 * The parties a party cell names. One per line ("Danske Regioner" / "KL", a leading "-" or "•"
 * dropped), or a list in a sentence, "Danske Regioner, KL og Dansk Sygeplejeråd". Because "og"
 * and commas also occur inside names ("Foreningen for Børn og Unge", "Region Hovedstaden,
 * Psykiatrien"), a cell on one line is split only when it reads as a list: its last part joined
 * by "og", "samt" or "&" after a comma, or three or more parts by commas; or when every part is the
 * name of a party the table names on its own (`known`, compared as partyKey does). Otherwise the
 * cell is one party.
 */
export function splitParties(cell: string, known: ReadonlySet<string> = new Set()): string[] {
  // A line that goes on from the one before (it starts in lower case or with a bracket, or the line
  // before ends in a hyphen or a small word such as "af") is the same name wrapped, not another party.
  const wrapped: string[] = [];
  for (const line of cell.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean)) {
    const before = wrapped.at(-1);
    if (before !== undefined && (/^[\p{Ll}(]/u.test(line) || /(?:-|\s(?:af|for|i|på|til|med|ved|under|om))$/iu.test(before))) wrapped[wrapped.length - 1] = `${before} ${line}`;
    else wrapped.push(line);
  }
  const lines = wrapped.map((line) => line.replace(/^\s*(?:[-•*–]|\d+[.)])\s+/, '').replace(/\s*(?:[,;]|\s(?:og|samt|&))\s*$/iu, '').trim()).filter(Boolean);
  if (lines.length > 1) return [...new Map(lines.map((line) => [partyKey(line), cleanPartyName(line)])).values()].filter(Boolean);
  const name = cleanPartyName(lines[0] ?? '');
  const isKnown = (part: string) => known.has(partyKey(part));
  const commaParts = splitOutsideBrackets(name, /\s*[,;]\s*/);
  const last = commaParts.length > 0 ? splitOutsideBrackets(commaParts.at(-1)!, conjunction) : [];
  const all = [...commaParts.slice(0, -1), ...last];
  const isList = commaParts.length > 1 ? last.length > 1 || commaParts.length >= 3 || all.every(isKnown) : last.length > 1 && all.every(isKnown);
  if (!isList || all.length < 2) return name === '' ? [] : [name];
  return [...new Map(all.map((part) => [partyKey(part), cleanPartyName(part)])).values()];
}

/** The key two spellings of one party share: case and spacing do not matter. */
export function partyKey(name: string): string {
  return cleanPartyName(name).toLocaleLowerCase('da');
}

/** The longest id the importer makes for a party or a remark, cut at a hyphen. */
export const maxIdLength = 40;

/** Common Danish words of four letters or more that say nothing about a remark's topic. */
const stopWords = new Set(
  `alle allerede altid anden andet andre anledning bare blandt blev bliver blive både bemærker bemærkning bemærkninger
  burde dermed derfor derudover desuden dette denne disse dog efter eller endnu enig enige ellers fordi forhold
  forvaltningen forvaltningens fremgår først gerne gennem give giver godt have havde helt herunder hvad hvilke hvilken
  hvis hvor hvordan hvorfor hvornår høringssvar høringssvaret ikke imellem inden indenfor ingen jeres kommunen
  kommunens kunne ligesom langt man mange måske meget mellem mener mere mest netop noget nogle ofte også omkring
  opfordrer ovenfor rådet rådets samme samt selv sidder sine skal skulle stadig står sådan tilføje uden under vedr
  vedrørende vores være været ville ønsker ønske finder foreslår forslag dels både blot eksempelvis især særligt
  særlig bør kan vil mod hele flere derimod heller gør gøre have ifølge imod iøvrigt øvrigt afsnit afsnittet
  afsnittene punkt side siden kvalitetsstandard kvalitetsstandarden standarden linje`.split(/\s+/),
);

/**
 * A short id for a remark: its first three topical words (four letters or more, not a common word,
 * not a word of the party's name, not a number), at most 32 characters. Empty when there is none.
 */
export function remarkSlug(remark: string, partyName = ''): string {
  const partyWords = new Set(asciiFold(partyName).split(/[^a-z0-9]+/).filter(Boolean));
  const words = remark
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => word.toLocaleLowerCase('da'))
    .filter((word) => word.length >= 4 && !/^\p{N}+$/u.test(word) && !stopWords.has(word) && !partyWords.has(toId(word, maxIdLength)));
  let slug = '';
  for (const word of words.slice(0, 3)) {
    const next = slug ? `${slug}-${toId(word, maxIdLength)}` : toId(word, maxIdLength);
    if (next.length > 32) break;
    slug = next;
  }
  return slug || toId(words[0] ?? '', 32);
}

/**
 * The label that marks a change. Case, a plural ("Ændringer") and the endings "bemærkningen",
 * "bemærkninger", "høringsbemærkning" are accepted; "Ingen ændring på baggrund af ..." is not a change.
 */
const changeLabel = /(?<!\b(?:ingen|ikke|uden)\s+)ændring(?:er)?\s+på\s+baggrund\s+af\s+(?:hørings)?bemærkning(?:erne|er|en)?/iu;

/** Whether a paragraph begins with the change label. */
export function startsWithChangeLabel(text: string): boolean {
  return changeLabel.exec(text)?.index === 0;
}

/**
 * Whether a response records a change, and the change: the text after the label (and its colon or
 * dash), verbatim to the end of the response. `change` is empty when nothing follows the label.
 */
export function detectChange(response: string): { changed: boolean; change?: string } {
  const match = changeLabel.exec(response);
  if (!match) return { changed: false };
  // The label's own colon, full stop or dash goes; a list dash on the next line stays.
  const change = response
    .slice(match.index + match[0].length)
    .replace(/^[ \t]*(?:[:.]|[–—-](?=[ \t]))?/, '')
    .trim();
  return { changed: true, change };
}

/** A section number: one or two digits per level, such as "3", "3.4", "4.4.6". */
const sectionNumber = String.raw`\d{1,2}(?:\.\d{1,2})*(?!\.?\d)`;
/** "afsnit 3.4", "afsnittet 3.4.", "afsnit 3.4 og 3.6", "afsnit 2.1-2.3", "pkt. 4", "punkt 2.1", "kapitel 3". */
const namedSections = new RegExp(
  String.raw`(?<![\p{L}])(?:under)?(?:afsnit(?:tet|terne|tene|ene)?|pkt\.|punkt(?:et|erne)?|kapitel(?:et)?|kap\.)\s+(${sectionNumber}(?:\s*(?:,|og|samt|eller|-|–)\s*${sectionNumber})*)`,
  'giu',
);
/** A number in brackets with at least two levels: "(4.4.6)", "(2.8)"; not "(2023)" or "(s. 13)". */
const bracketedSection = /\((\d{1,2}(?:\.\d{1,2})+)\)/g;

/**
 * The section numbers a text names, in order of first mention, each once. The heuristic: a number
 * after "afsnit", "afsnittet", "underafsnit", "pkt.", "punkt" or "kapitel" (also a list or range
 * of them: "afsnit 3.4 og 3.6", "afsnit 2.1-2.3" gives both ends), or a number of two or more
 * levels alone in brackets, "(4.4.6)". A bare number in a sentence ("teksten i 2.8") is not taken:
 * it is too often an amount, a time or a date.
 */
export function extractSections(...texts: string[]): string[] {
  const found: { at: number; text: number; id: string }[] = [];
  texts.forEach((text, textIndex) => {
    for (const match of text.matchAll(namedSections)) {
      for (const id of match[1].split(/\s*(?:,|og|samt|eller|-|–)\s*/iu)) if (id) found.push({ at: match.index, text: textIndex, id });
    }
    for (const match of text.matchAll(bracketedSection)) found.push({ at: match.index, text: textIndex, id: match[1] });
  });
  found.sort((a, b) => a.text - b.text || a.at - b.at);
  return [...new Set(found.map((f) => f.id))];
}

/** A header word folded so spelling variants meet: "Høringspart", "HØRINGSPART", "Hoeringspart", "Horingspart" → "horingspart". */
function foldHeaderWord(word: string): string {
  return asciiFold(word).replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/aa/g, 'a').replace(/[^a-z]/g, '');
}

/** Words a column name may hold besides its own vocabulary: "Forvaltningens kommentar", "Bemærkning(er)", "(kursiv)". */
const headerFillers = new Set(
  `af til og eller fra i pa samt evt eventuelle eventuel herunder med om er en et den det de hertil forvaltningens forvaltning
  administrationens kommunens centerets direktionens udvalgets byradets radets ministeriets ministeriet ministerens
  styrelsens styrelsen regionens regionsradets kommunalbestyrelsens borgerreprasentationens sekretariatets
  departementets myndighedens kursiv kort sammenfattet inkl mv ift vedr vedrorende nr the of to and or by`.split(/\s+/),
);
const partyWord = /^(?:horings)?(?:berettige(?:t|de))?(?:part(?:er|en|erne|y|ies)?|afsender\w*|indsender\w*|organisation\w*|instans\w*|interessent\w*|navn|hvem|sender|horingssvar\w*)$|^(?:horings)?berettige(?:t|de)$/;
const remarkWord = /^(?:horings)?(?:bemarkning\w*|svar\w*|indhold|resume|synspunkt\w*|kommentar\w*|forslag\w*|input|indsigelse\w*|emne|tema|sammenfatning|opsummering|uddrag|remarks?|comments?)$/;
const responseWord = /^(?:bemarkning\w*|kommentar\w*|svar\w*|vurdering\w*|indstilling\w*|handtering|reaktion|anbefaling\w*|konsekvens\w*|andring\w*|behandling|tilbagemelding|responses?|reply|replies|comments?)$/;

/** Whether a cell is a column name: short, and each word is the column's vocabulary or a filler word. */
function isColumnName(text: string, vocabulary: RegExp[]): boolean {
  const words = text.split(/[^\p{L}]+/u).map(foldHeaderWord).filter(Boolean);
  const own = words.filter((word) => !headerFillers.has(word));
  return words.length <= 8 && own.length > 0 && own.every((word) => vocabulary.some((v) => v.test(word)));
}

/** Whether a party cell holds the name of the party column, such as "Høringspart", "Høringsparter", "Part" or "Afsender", not a party. */
export function isPartyColumnName(party: string): boolean {
  return party.trim() !== '' && isColumnName(party, [partyWord]);
}

/**
 * Whether a row is a header row such as "Høringspart | Bemærkning | Forvaltningens kommentar", in
 * any case or spelling variant ("HØRINGSPART", "Hoeringspart", "Bemærkninger", "Resumé af
 * høringssvar", "Administrationens svar"): every word of every cell is a word for its column or a
 * filler word ("af", "og", "forvaltningens", "ministeriets"), so a short data row such as "Andet
 * svar." is not a header. A party cell that names the party column ("Høringspart", "Part",
 * "Afsender") makes a header of a row whose other cells are short. The party cell may be empty. For a combined remark-and-response cell pass `response` as null.
 */
export function isHeaderRow(party: string, remark: string, response: string | null): boolean {
  // A party cell that is the name of the party column ("Høringspart", "Afsender") is never a party,
  // so a row with it and short other cells (no sentence) is a header even in words the vocabulary lacks.
  const short = (text: string) => text.trim().length <= 80 && !text.trim().includes('\n') && !/[.!?]$/.test(text.trim());
  if (isPartyColumnName(party) && short(remark) && short(response ?? '')) return true;
  const partyOk = party.trim() === '' || isColumnName(party, [partyWord]);
  if (response === null) return partyOk && isColumnName(remark, [remarkWord, responseWord]);
  return partyOk && isColumnName(remark, [remarkWord]) && (response.trim() === '' ? party.trim() !== '' : isColumnName(response, [responseWord]));
}

/**
 * Whether a full-width text reads like a label (a party's name as a heading) rather than a note: one
 * line of at most 80 characters that does not end a sentence.
 */
export function looksLikeLabel(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 80 && !trimmed.includes('\n') && !/[.!?…;,]$/.test(trimmed);
}
