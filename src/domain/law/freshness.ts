/**
 * Which facts are due for a new check: every dated fact in the content (law entries, and the
 * complaint guide's routes, outcomes and contacts, and each rule file), with the date it was last
 * checked and what it was checked against, and the ones checked longer ago than the interval the
 * content sets (content/rules/kontrol.yaml).
 */
/** One dated fact: where it is, when it was last checked, and against what. */
export interface DatedFact {
  /** The file, such as "content/law/rsl-67.yaml". */
  file: string;
  /** What in the file, such as "routes → kommune-og-ankestyrelsen"; empty for the whole file. */
  what: string;
  verifiedOn: string;
  /** Source ids the fact was checked against. */
  checkedAgainst: string[];
  /** What the last check could not read, when it says so. */
  checkNote?: string;
}

interface ContentEntry {
  collection: string;
  file: string;
  data: unknown;
}

type Dated = { verifiedOn?: unknown; checkedAgainst?: { source: string }[]; sources?: { source: string }[]; checkNote?: string; id?: string };

const factOf = (file: string, what: string, d: Dated): DatedFact | undefined =>
  typeof d.verifiedOn === 'string'
    ? { file, what, verifiedOn: d.verifiedOn, checkedAgainst: (d.checkedAgainst ?? d.sources ?? []).map((c) => c.source), ...(d.checkNote ? { checkNote: d.checkNote } : {}) }
    : undefined;

/** Every dated fact of the content. */
export function datedFacts(entries: readonly ContentEntry[]): DatedFact[] {
  const facts: (DatedFact | undefined)[] = [];
  for (const e of entries) {
    const d = e.data as Dated & { kind?: string; routes?: Dated[]; outcomes?: Dated[]; contacts?: Dated[]; holidayDeadline?: Dated };
    if (e.collection === 'law') facts.push(factOf(e.file, '', d));
    if (e.collection !== 'rules') continue;
    facts.push(factOf(e.file, '', d));
    for (const [list, items] of [['routes', d.routes], ['outcomes', d.outcomes], ['contacts', d.contacts]] as const) {
      for (const item of items ?? []) facts.push(factOf(e.file, `${list} → ${item.id}`, item));
    }
    if (d.holidayDeadline) facts.push(factOf(e.file, 'holidayDeadline', d.holidayDeadline));
  }
  return facts.filter((f): f is DatedFact => f !== undefined);
}

/** The facts last checked before `months` months ago, oldest first. */
export function factsDue(facts: readonly DatedFact[], today: string, months: number): DatedFact[] {
  const [y, m] = today.split('-').map(Number);
  const monthsBack = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(monthsBack.getUTCFullYear(), monthsBack.getUTCMonth() + 1, 0)).getUTCDate();
  const limit = `${monthsBack.toISOString().slice(0, 8)}${String(Math.min(Number(today.slice(8, 10)), lastDay)).padStart(2, '0')}`;
  return facts.filter((f) => f.verifiedOn < limit).sort((a, b) => a.verifiedOn.localeCompare(b.verifiedOn) || a.file.localeCompare(b.file));
}

/** The report an editor reads, in Danish: one line per fact due, or that none is. */
export function factsDueReport(due: readonly DatedFact[], months: number): string[] {
  if (due.length === 0) return [`Alle fakta er kontrolleret inden for de seneste ${months} måneder.`];
  return [
    `${due.length} ${due.length === 1 ? 'faktum er' : 'fakta er'} sidst kontrolleret for mere end ${months} måneder siden og skal kontrolleres igen:`,
    ...due.map((f) => `  - ${f.file}${f.what ? ` (${f.what})` : ''}: kontrolleret ${f.verifiedOn}${f.checkedAgainst.length ? ` mod ${f.checkedAgainst.join(', ')}` : ''}${f.checkNote ? `. Note: ${f.checkNote}` : ''}`),
  ];
}
