/**
 * The import report: one line for every row of the table (imported, skipped, note, problem) and a
 * summary, so an editor can see that nothing was lost and where to look when something was.
 */
import { formatLocation, NOT_IMPORTED_MARKER, type BuiltConsultation } from './consultation.ts';
import type { ReadResult, RowOutcome } from './types.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);

export interface ReportInput {
  file: string;
  read: ReadResult;
  outcomes: readonly RowOutcome[];
  built: BuiltConsultation;
  allowPartial: boolean;
  standard: string;
}

export function importReport({ file, read, outcomes, built, allowPartial, standard }: ReportInput): string[] {
  const lines = [`${file} (${read.description}):`];
  const rowsById = new Map((built.data.rows as { id: string; sections: string[] }[]).map((r) => [r.id, r]));
  outcomes.forEach((outcome, index) => {
    const where = formatLocation(outcome.location, outcome.part, read.multipleTables);
    const warnings = [...outcome.warnings];
    let what: string;
    switch (outcome.status) {
      case 'imported': {
        const details = [`party ${outcome.row.party}`];
        if (outcome.partyFrom === 'above') details.push('party from the row above');
        if (outcome.partyFrom === 'merged') details.push('party from a merged cell');
        if (outcome.partyFrom === 'heading') details.push('party from the heading row above');
        if (outcome.italicResponse) details.push('response in italics');
        if (outcome.row.changed) details.push('changed');
        const sections = rowsById.get(built.rowIds.get(index) ?? '')?.sections ?? [];
        if (sections.length > 0) details.push(`sections ${sections.join(', ')}`);
        what = `imported as ${built.rowIds.get(index)} (${details.join('; ')})`;
        for (const section of built.droppedSections.get(index) ?? []) warnings.push(`section ${section} named in the text is not a section of ${standard}: left out`);
        break;
      }
      case 'header':
        what = 'header row, skipped';
        break;
      case 'blank':
        what = 'empty, skipped';
        break;
      case 'note':
        what = `note (text belonging to no party): ${quote(outcome.text)}`;
        break;
      case 'party-heading':
        what = `party heading ${quote(outcome.party)} for the rows below`;
        break;
      case 'problem':
        what = `PROBLEM: ${outcome.reason}${allowPartial ? ` (kept in notes, marked ${NOT_IMPORTED_MARKER})` : ''}`;
        break;
    }
    lines.push(`  ${where}: ${what}`);
    for (const warning of warnings) lines.push(`  ${where}: warning: ${warning}`);
  });
  for (const remark of read.remarks) lines.push(`  note: ${remark}`);
  const count = (status: RowOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const parties = (built.data.parties as unknown[]).length;
  const summary = [
    `${plural(count('imported'), 'row')} imported from ${plural(parties, 'party', 'parties')}`,
    plural(count('note'), 'note'),
    `${plural(count('header'), 'header row')} skipped`,
  ];
  const problems = count('problem');
  lines.push(`${summary.join(', ')}; ${problems === 0 ? 'every row could be read' : `${plural(problems, 'row')} could not be read`}.`);
  return lines;
}
