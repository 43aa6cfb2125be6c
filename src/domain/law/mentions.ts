/**
 * Finds paragraph mentions in running text ("servicelovens § 101, stk. 4", "sundhedslovens §142",
 * "§ 153 i serviceloven", "SEL § 101") and the law reference each one points at, so the text can
 * link to /lovgrundlag/<id>/. A mention links only to a reference of the same law and paragraph:
 * the subsection's own entry when there is one, else the paragraph's entry, else nothing.
 */

export interface LawReference {
  id: string;
  /** The law's short name, as in content/law/: "Serviceloven", "Sundhedsloven". */
  law: string;
  paragraph: string;
  subsection?: string;
}

export interface LawMention {
  start: number;
  end: number;
  lawId: string;
}

/** Ways the documents name each law, in any case; genitive forms included. */
const lawNames: Record<string, string[]> = {
  Serviceloven: ['servicelovens', 'serviceloven', 'sel', 'lov om social service'],
  Sundhedsloven: ['sundhedslovens', 'sundhedsloven', 'sul'],
  Retssikkerhedsloven: ['retssikkerhedslovens', 'retssikkerhedsloven', 'rsl'],
  'Barnets lov': ['barnets lovs', 'barnets lov'],
};

const nameToLaw = new Map(Object.entries(lawNames).flatMap(([law, names]) => names.map((n) => [n, law] as const)));
const names = [...nameToLaw.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '\\s+')).join('|');
const paragraph = String.raw`§\s?(\d+)(?:\s?([a-z])(?![a-zæøå]))?(?:,?\s+stk\.\s?(\d+))?`;
const before = new RegExp(String.raw`(?<![\p{L}])(${names})\s+${paragraph}`, 'giu');
const after = new RegExp(String.raw`${paragraph}\s+i\s+(${names})(?![\p{L}])`, 'giu');

function resolve(laws: readonly LawReference[], lawName: string, number: string, letter: string | undefined, stk: string | undefined): string | undefined {
  const law = nameToLaw.get(lawName.toLowerCase().replace(/\s+/g, ' '));
  if (!law) return undefined;
  const wanted = `§ ${number}${letter ? ` ${letter.toLowerCase()}` : ''}`;
  const candidates = laws.filter((l) => l.law === law && l.paragraph === wanted);
  return (stk && candidates.find((l) => l.subsection === `stk. ${stk}`)?.id) ?? candidates.find((l) => l.subsection === undefined)?.id;
}

export function findLawMentions(text: string, laws: readonly LawReference[]): LawMention[] {
  const mentions: LawMention[] = [];
  for (const m of text.matchAll(before)) {
    const lawId = resolve(laws, m[1], m[2], m[3], m[4]);
    if (lawId) mentions.push({ start: m.index, end: m.index + m[0].length, lawId });
  }
  for (const m of text.matchAll(after)) {
    const lawId = resolve(laws, m[4], m[1], m[2], m[3]);
    if (lawId) mentions.push({ start: m.index, end: m.index + m[0].length, lawId });
  }
  return mentions.sort((a, b) => a.start - b.start).filter((m, i, all) => i === 0 || m.start >= all[i - 1].end);
}
