/**
 * Interprets the rows a reader found: header rows are skipped, a full-width row is a note or a
 * party's name as a heading, an empty party cell means the party of the row above, a remark cell
 * with the response in italics is split into remark and response, and every row that cannot be
 * read becomes a problem with its reason. Nothing is dropped without an outcome saying so.
 */
import { cleanPartyName, cleanText, detectChange, extractSections, isHeaderRow, isPartyColumnName, joinParagraphs, looksLikeLabel, partyKey, splitParties, startsWithChangeLabel } from './text.ts';
import type { CellParagraph, RawRow, RowOutcome } from './types.ts';

interface Pair {
  remark: CellParagraph[];
  response: CellParagraph[];
}

/**
 * Runs of roman paragraphs (a remark) each followed by a run of italic paragraphs (its response).
 * A roman paragraph that starts with the change label ("Ændring på baggrund af bemærkning:", often
 * bold and not italic) right after an italic one, or right before one, belongs to the response.
 */
export function splitItalicResponses(paragraphs: readonly CellParagraph[]): Pair[] {
  const pairs: Pair[] = [];
  let current: Pair = { remark: [], response: [] };
  const labelled = paragraphs.map((paragraph, i) =>
    !paragraph.italic && startsWithChangeLabel(paragraph.text) && (paragraphs[i - 1]?.italic || (i > 0 && paragraphs[i + 1]?.italic)) ? { ...paragraph, italic: true } : paragraph,
  );
  for (const paragraph of labelled) {
    if (!paragraph.italic && current.response.length > 0) {
      pairs.push(current);
      current = { remark: [], response: [] };
    }
    (paragraph.italic ? current.response : current.remark).push(paragraph);
  }
  if (current.remark.length > 0 || current.response.length > 0) pairs.push(current);
  return pairs;
}

function isBlankCells(row: Extract<RawRow, { kind: 'cells' }>): boolean {
  return row.party.text.trim() === '' && row.remark.text.trim() === '' && (row.response?.text.trim() ?? '') === '';
}

/** Whether the next row with content has an empty party cell of its own (so a label above it names its party). */
function nextRowLacksParty(rows: readonly RawRow[], index: number): boolean {
  for (const row of rows.slice(index + 1)) {
    if (row.kind !== 'cells') return false;
    if (isBlankCells(row) || isHeaderRow(row.party.text, row.remark.text, row.response ? row.response.text : null)) continue;
    return row.party.text.trim() === '' && !row.party.fromAbove;
  }
  return false;
}

/**
 * What became of each row, in order. Split cells give one outcome per remark, each with `part`. A
 * party cell naming several parties gives them all (splitParties); an empty response cell gives a
 * row without a response (a remark the memo does not comment on, or a party that "Har ikke afgivet
 * høringssvar"), reported as such.
 */
export function normalizeRows(rows: readonly RawRow[]): RowOutcome[] {
  const outcomes: RowOutcome[] = [];
  let party: { name: string; also: string[]; from: 'row' | 'heading' } | undefined;
  // Parties the table names in a cell of their own: "KL og Danske Regioner" is split when both are.
  const known = new Set<string>();
  for (const row of rows) if (row.kind === 'cells' && !row.party.fromAbove && !row.party.text.includes('\n')) known.add(partyKey(row.party.text));

  const fullWidth = (row: RawRow, index: number, text: string) => {
    const common = { location: row.location, warnings: row.warnings };
    const cleaned = cleanText(text);
    if (cleaned === '') {
      outcomes.push({ ...common, status: 'blank' });
    } else if (looksLikeLabel(cleaned) && nextRowLacksParty(rows, index)) {
      const [first, ...also] = splitParties(cleaned, known);
      party = { name: first ?? cleanPartyName(cleaned), also, from: 'heading' };
      outcomes.push({ ...common, status: 'party-heading', party: party.name });
    } else {
      outcomes.push({ ...common, status: 'note', text: cleaned });
    }
  };

  rows.forEach((row, index) => {
    const common = { location: row.location, warnings: row.warnings };
    if (row.kind === 'unreadable') {
      outcomes.push({ ...common, status: 'problem', reason: row.reason, raw: row.raw });
      return;
    }
    if (row.kind === 'full-width') {
      fullWidth(row, index, row.text);
      return;
    }
    const partyName = cleanPartyName(row.party.text);
    const remarkText = cleanText(row.remark.text);
    const responseText = row.response ? cleanText(row.response.text) : '';
    if (isBlankCells(row) || (row.party.fromAbove && remarkText === '' && responseText === '')) {
      outcomes.push({ ...common, status: 'blank' });
      return;
    }
    const short = (text: string) => text.length <= 80 && !text.includes('\n');
    const markedHeader = row.headerHint === true && short(row.party.text) && short(row.remark.text) && short(row.response?.text ?? '');
    if (markedHeader || isHeaderRow(row.party.text, row.remark.text, row.response ? row.response.text : null)) {
      outcomes.push({ ...common, status: 'header' });
      return;
    }
    if (partyName !== '' && remarkText === '' && responseText === '') {
      // Only the first cell has text: the same as a row of one cell over the whole width.
      fullWidth(row, index, row.party.text);
      return;
    }

    if (isPartyColumnName(partyName)) {
      // A header row must never become a row of a party called "Høringspart".
      outcomes.push({
        ...common,
        status: 'problem',
        reason: `cellen til høringsparten siger "${partyName}", som er navnet på kolonnen, ikke en høringspart. Er rækken en overskriftsrække, så skriv kolonnernes navne i de andre celler; ellers skriv høringspartens navn`,
        raw: row.raw,
      });
      return;
    }

    let partyFrom: 'above' | 'merged' | 'heading' | undefined;
    if (partyName !== '') {
      const [first, ...also] = splitParties(row.party.text, known);
      party = { name: first ?? partyName, also, from: 'row' };
      partyFrom = row.party.fromAbove ? 'merged' : undefined;
    } else if (party) {
      partyFrom = party.from === 'heading' ? 'heading' : 'above';
      if (outcomes.at(-1)?.status === 'note') {
        common.warnings = [...common.warnings, `cellen til høringsparten er tom, så høringsparten er ${party.name} fra før noten ovenover: tjek, at noten ikke er rækkens høringspart`];
      }
    } else {
      outcomes.push({ ...common, status: 'problem', reason: 'cellen til høringsparten er tom, og ingen række ovenover nævner en høringspart', raw: row.raw });
      return;
    }
    const partyNameForRow = party.name;
    const alsoFrom = party.also.length > 0 ? { alsoFrom: party.also } : {};

    const hasItalic = row.remark.paragraphs.some((p) => p.italic);
    const hasRoman = row.remark.paragraphs.some((p) => !p.italic);
    const combined = row.response === null;
    if (combined && !hasItalic && row.remark.paragraphs.length === 1) {
      // One paragraph in roman over the remark and response columns, such as "Har ikke afgivet
      // høringssvar.": a remark the memo does not comment on (two or more could hide a response).
      outcomes.push({
        ...common,
        warnings: [...common.warnings, 'bemærkningen og svaret står i én celle med ét afsnit og ingen kursiv: den er læst som en bemærkning uden kommentar fra forvaltningen'],
        status: 'imported',
        row: { party: partyNameForRow, ...alsoFrom, remark: remarkText, changed: false, sections: extractSections(remarkText) },
        ...(partyFrom ? { partyFrom } : {}),
      });
      return;
    }
    if (combined && !(hasItalic && hasRoman)) {
      const why = hasItalic ? 'hele cellen er i kursiv, så bemærkningen kan ikke skelnes fra svaret' : 'intet afsnit er i kursiv, så svaret kan ikke findes';
      outcomes.push({ ...common, status: 'problem', reason: `bemærkningen og svaret står i én celle, men ${why}`, raw: row.raw });
      return;
    }
    // Remark and response in one cell, the response in italics: split into remark/response pairs.
    const split = combined || (responseText === '' && hasItalic && hasRoman);
    const pairs = split
      ? splitItalicResponses(row.remark.paragraphs).map((pair) => ({
          remark: cleanText(joinParagraphs(pair.remark)),
          response: cleanText(joinParagraphs(pair.response)),
          raw: joinParagraphs([...pair.remark, ...pair.response]),
        }))
      : [{ remark: remarkText, response: responseText, raw: row.raw }];
    pairs.forEach((pair, i) => {
      const part = pairs.length > 1 ? { index: i + 1, count: pairs.length } : undefined;
      const at = { ...common, ...(part ? { part } : {}) };
      const problem = (reason: string): void => {
        outcomes.push({ ...at, status: 'problem', reason, raw: split ? `høringspart: ${partyNameForRow}\n\nbemærkning og svar: ${pair.raw}` : row.raw });
      };
      if (pair.remark === '') return problem(split ? 'der står et svar i kursiv uden en bemærkning før det' : 'cellen til bemærkningen er tom');
      if (pair.response === '' && split) return problem('der står en bemærkning uden et svar i kursiv efter den');
      if (pair.response === '') {
        // A remark the memo does not comment on: a real row, without a response.
        outcomes.push({
          ...at,
          status: 'imported',
          row: { party: partyNameForRow, ...alsoFrom, remark: pair.remark, changed: false, sections: extractSections(pair.remark) },
          ...(partyFrom ? { partyFrom } : {}),
        });
        return;
      }
      const { changed, change } = detectChange(pair.response);
      if (changed && !change) return problem('svaret siger "Ændring på baggrund af bemærkning", men der står ikke bagefter, hvad der blev ændret');
      outcomes.push({
        ...at,
        status: 'imported',
        row: { party: partyNameForRow, ...alsoFrom, remark: pair.remark, response: pair.response, changed, ...(changed ? { change } : {}), sections: extractSections(pair.remark, pair.response) },
        ...(partyFrom ? { partyFrom } : {}),
        ...(split ? { italicResponse: true } : {}),
      });
    });
  });
  return outcomes;
}
