/**
 * The build log's completeness report, one line per standard version that matters now: the version
 * in force and any newer draft or version in consultation. Historical versions are not reported:
 * nobody will revise them.
 */
import { checkCompleteness } from '../domain/standards/completeness.ts';
import { sectionsWithText } from '../domain/standards/sections.ts';
import type { ContentIndex } from './cross-references.ts';
import { groupStandards } from '../domain/standards/groups.ts';
import { currentVersion } from '../domain/standards/versions.ts';
import { isNewerVersion, oldestFirst } from '../domain/standards/version-pairs.ts';

type StandardEntry = ContentIndex['standards'][number];

/** The versions of each standard to report on: the one in force on `today` and every newer one. */
export function versionsToReport(standards: readonly StandardEntry[], today: string): StandardEntry[] {
  return groupStandards(standards).flatMap((g) => {
    const current = currentVersion(g.versions.map((v) => ({ ...v.data, entry: v })), today)?.entry;
    if (!current) return [];
    return oldestFirst(g.versions).filter((v) => v === current || isNewerVersion(v, current));
  });
}

export function completenessReport(index: ContentIndex, today: string): string[] {
  const rule = index.rules.find((r) => r.data.kind === 'standard-elements');
  if (!rule || rule.data.kind !== 'standard-elements') return [];
  const elements = rule.data.elements;
  return versionsToReport(index.standards, today).map((s) => {
    if (s.data.partialRecord) return `${s.id}: kun de afsnit, som kilderne nævner, er kendt, så det er ikke tjekket, om alle lovens emner er med.`;
    const result = checkCompleteness(sectionsWithText(s.body, s.data.sections, s.file), elements);
    const missing = result.missing.map((e) => `${e.number}. ${e.title}`);
    const guidance = result.missingGuidance.map((e) => e.title);
    const unwritten = result.unwritten.length > 0 ? ` (afsnit uden tekst endnu: ${result.unwritten.join(', ')})` : '';
    if (missing.length === 0) return `${s.id}: alle ${elements.filter((e) => e.basis === 'bekendtgoerelse').length} emner, som loven kræver, er med${guidance.length ? `; mangler emner fra vejledningen: ${guidance.join(', ')}` : ''}.`;
    return `${s.id}: mangler emner, som loven kræver: ${missing.join('; ')}${unwritten}.`;
  });
}
