/**
 * Whether a standard version covers the elements a quality standard must contain: the 15 of
 * BEK 1477/2019 § 4 and the three the guidance describes (content/rules/kvalitetsstandard-elementer.yaml).
 * Coverage is what the version's sections declare in their `elements` field, not a reading of the
 * text; but a section with no text yet (a skeleton from `npm run new:standard`) covers nothing.
 */

/** An element from the rule file's `elements` list. */
export interface StatutoryElement {
  id: string;
  number?: number;
  title: string;
  /** "bekendtgoerelse": required by § 4; "vejledning": described by the guidance. */
  basis: 'bekendtgoerelse' | 'vejledning';
}

/** A section as the frontmatter declares it; a validated standard's `sections` entries fit. */
export interface CoveringSection {
  id: string;
  elements: readonly string[];
  /** False when the section has a heading but no text yet; then it covers nothing. Default true. */
  written?: boolean;
}

export interface ElementCoverage {
  element: StatutoryElement;
  /** Ids of the sections that cover the element, in the version's order; empty when none does. */
  sections: string[];
}

/** A section naming an element id the rule file does not have. */
export interface UnknownElement {
  section: string;
  element: string;
}

export interface Completeness {
  /** Every element of the rule file, in its order, with the sections covering it. */
  elements: ElementCoverage[];
  /** Elements § 4 requires that no section covers. */
  missing: StatutoryElement[];
  /** Elements the guidance describes that no section covers. */
  missingGuidance: StatutoryElement[];
  /**
   * Element ids the sections name that are not in the rule file. Reported, not counted: they
   * cover nothing, and the content check already stops the build on them.
   */
  unknown: UnknownElement[];
  /** Sections that declare elements but have no text yet, in the version's order. */
  unwritten: string[];
  /** True when every element § 4 requires is covered; guidance elements do not count. */
  complete: boolean;
}

/** Which sections cover which statutory element, and what is missing. */
export function checkCompleteness(sections: readonly CoveringSection[], elements: readonly StatutoryElement[]): Completeness {
  const coverage = new Map<string, string[]>();
  for (const element of elements) {
    if (coverage.has(element.id)) throw new Error(`the statutory elements list has the id "${element.id}" twice: expected each element once`);
    coverage.set(element.id, []);
  }
  const unknown: UnknownElement[] = [];
  const unwritten: string[] = [];
  for (const section of sections) {
    if (section.written === false) {
      if (section.elements.length > 0) unwritten.push(section.id);
      continue;
    }
    for (const id of new Set(section.elements)) {
      const covering = coverage.get(id);
      if (covering) covering.push(section.id);
      else unknown.push({ section: section.id, element: id });
    }
  }
  const result = elements.map((element) => ({ element, sections: coverage.get(element.id)! }));
  const uncovered = (basis: StatutoryElement['basis']) => result.filter((r) => r.element.basis === basis && r.sections.length === 0).map((r) => r.element);
  const missing = uncovered('bekendtgoerelse');
  return { elements: result, missing, missingGuidance: uncovered('vejledning'), unknown, unwritten, complete: missing.length === 0 };
}
