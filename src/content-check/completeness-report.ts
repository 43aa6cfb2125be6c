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
    if (s.data.partialRecord) return `${s.id}: only the sections the sources name are known; completeness not checked.`;
    const result = checkCompleteness(sectionsWithText(s.body, s.data.sections, s.file), elements);
    const missing = result.missing.map((e) => `${e.number}. ${e.title}`);
    const guidance = result.missingGuidance.map((e) => e.title);
    const unwritten = result.unwritten.length > 0 ? ` (sections without text yet: ${result.unwritten.join(', ')})` : '';
    if (missing.length === 0) return `${s.id}: all ${elements.filter((e) => e.basis === 'bekendtgoerelse').length} statutory elements covered${guidance.length ? `; guidance elements missing: ${guidance.join(', ')}` : ''}.`;
    return `${s.id}: missing statutory elements: ${missing.join('; ')}${unwritten}.`;
  });
}
