/** One line per standard version for the build log: which statutory elements it misses. */
import { checkCompleteness } from './completeness.ts';
import type { ContentIndex } from './cross-references.ts';

export function completenessReport(index: ContentIndex): string[] {
  const rule = index.rules.find((r) => r.data.kind === 'standard-elements');
  if (!rule || rule.data.kind !== 'standard-elements') return [];
  const elements = rule.data.elements;
  return index.standards.map((s) => {
    if (s.data.partialRecord) return `${s.id}: only the sections the sources name are known; completeness not checked.`;
    const result = checkCompleteness(s.data.sections, elements);
    const missing = result.missing.map((e) => `${e.number}. ${e.title}`);
    const guidance = result.missingGuidance.map((e) => e.title);
    if (missing.length === 0) return `${s.id}: all ${elements.filter((e) => e.basis === 'bekendtgoerelse').length} statutory elements covered${guidance.length ? `; guidance elements missing: ${guidance.join(', ')}` : ''}.`;
    return `${s.id}: missing statutory elements: ${missing.join('; ')}.`;
  });
}
