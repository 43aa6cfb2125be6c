/**
 * The import report: one line for every row of the table (imported, skipped, note, problem) and a
 * summary, so an editor can see that nothing was lost and where to look when something was. In
 * Danish: editors read it.
 */
import { formatLocation, NOT_IMPORTED_MARKER, type BuiltConsultation } from './consultation.ts';
import type { ReadResult, RowOutcome } from './types.ts';

/** "1 række", "2 rækker". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const quote = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);

export interface ReportInput {
  file: string;
  read: ReadResult;
  outcomes: readonly RowOutcome[];
  built: BuiltConsultation;
  allowPartial: boolean;
  standard: string;
}

/** The word that marks a row that could not be read; the command-line tool points to it. */
export const problemLabel = 'FEJL';

export function importReport({ file, read, outcomes, built, allowPartial, standard }: ReportInput): string[] {
  const lines = [`${file} (${read.description}):`];
  const rowsById = new Map((built.data.rows as { id: string; sections: string[] }[]).map((r) => [r.id, r]));
  outcomes.forEach((outcome, index) => {
    const where = formatLocation(outcome.location, outcome.part, read.multipleTables);
    const warnings = [...outcome.warnings];
    let what: string;
    switch (outcome.status) {
      case 'imported': {
        const named = [outcome.row.party, ...(outcome.row.alsoFrom ?? [])];
        const details = [named.length === 1 ? `høringspart ${named[0]}` : `høringsparter ${named.slice(0, -1).join(', ')} og ${named.at(-1)}`];
        if (outcome.partyFrom === 'above') details.push(named.length === 1 ? 'høringsparten fra rækken ovenover' : 'høringsparterne fra rækken ovenover');
        if (outcome.partyFrom === 'merged') details.push(named.length === 1 ? 'høringsparten fra en flettet celle' : 'høringsparterne fra en flettet celle');
        if (outcome.partyFrom === 'heading') details.push(named.length === 1 ? 'høringsparten fra overskriftsrækken ovenover' : 'høringsparterne fra overskriftsrækken ovenover');
        if (outcome.italicResponse) details.push('svaret i kursiv');
        if (outcome.row.response === undefined) details.push('uden kommentar fra forvaltningen (siden viser "Ingen kommentar")');
        if (outcome.row.changed) details.push('ændrede standarden');
        const sections = rowsById.get(built.rowIds.get(index) ?? '')?.sections ?? [];
        if (sections.length > 0) details.push(`afsnit ${sections.join(', ')}`);
        what = `importeret som ${built.rowIds.get(index)} (${details.join('; ')})`;
        for (const section of built.droppedSections.get(index) ?? []) warnings.push(`afsnit ${section}, som teksten nævner, er ikke et afsnit i ${standard}: det er udeladt`);
        break;
      }
      case 'header':
        what = 'overskriftsrække, sprunget over';
        break;
      case 'blank':
        what = 'tom, sprunget over';
        break;
      case 'note':
        what = `note (tekst, der ikke hører til en høringspart): ${quote(outcome.text)}`;
        break;
      case 'party-heading':
        what = `overskrift med høringsparten ${quote(outcome.party)} for rækkerne under den`;
        break;
      case 'problem':
        what = `${problemLabel}: ${outcome.reason}${allowPartial ? ` (gemt i notes, mærket ${NOT_IMPORTED_MARKER})` : ''}`;
        break;
    }
    lines.push(`  ${where}: ${what}`);
    for (const warning of warnings) lines.push(`  ${where}: advarsel: ${warning}`);
  });
  for (const remark of read.remarks) lines.push(`  bemærk: ${remark}`);
  const of = (status: RowOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const parties = (built.data.parties as unknown[]).length;
  const withoutResponse = outcomes.filter((o) => o.status === 'imported' && o.row.response === undefined).length;
  const summary = [
    `${count(of('imported'), 'række', 'rækker')} importeret fra ${count(parties, 'høringspart', 'høringsparter')}${withoutResponse > 0 ? ` (${withoutResponse} uden kommentar)` : ''}`,
    count(of('note'), 'note', 'noter'),
    `${count(of('header'), 'overskriftsrække', 'overskriftsrækker')} sprunget over`,
  ];
  const problems = of('problem');
  lines.push(`${summary.join(', ')}; ${problems === 0 ? 'alle rækker kunne læses' : `${count(problems, 'række', 'rækker')} kunne ikke læses`}.`);
  return lines;
}
