/**
 * Whether a standard version covers the statutory elements, checked against the real rule file
 * (content/rules/kvalitetsstandard-elementer.yaml) and the fixture pair in tests/fixtures/standard-diff/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCompleteness, type CoveringSection } from '../../src/domain/standards/completeness.ts';
import { hasWrittenText, sectionsWithText } from '../../src/domain/standards/sections.ts';
import { splitFrontmatter } from '../../src/content-check/content-files.ts';
import { parseYaml } from '../../src/content-check/yaml-reader.ts';
import { standardElementsSchema } from '../../src/schemas/rule.ts';
import { standardSchema } from '../../src/schemas/standard.ts';

const ruleFile = 'content/rules/kvalitetsstandard-elementer.yaml';
const { elements } = standardElementsSchema().parse(parseYaml(readFileSync(ruleFile, 'utf8'), ruleFile).data);
const required = elements.filter((e) => e.basis === 'bekendtgoerelse');
const guidance = elements.filter((e) => e.basis === 'vejledning');

function sectionsOf(path: string) {
  const { frontmatter } = splitFrontmatter(readFileSync(path, 'utf8'));
  return standardSchema().parse(parseYaml(frontmatter ?? '', path).data).sections;
}

/** One section per element id, numbered from 1. */
const coveringEach = (ids: readonly string[]): CoveringSection[] => ids.map((id, k) => ({ id: String(k + 1), elements: [id] }));

describe('the rule file', () => {
  it('has the 15 elements of § 4, numbered 1 to 15, and three from the guidance', () => {
    expect(required.map((e) => e.number)).toEqual(Array.from({ length: 15 }, (_, k) => k + 1));
    expect(guidance).toHaveLength(3);
  });
});

describe('checkCompleteness', () => {
  it('is complete when every § 4 element is covered, naming the guidance elements still missing', () => {
    const result = checkCompleteness(coveringEach(required.map((e) => e.id)), elements);
    expect(result.complete).toBe(true);
    expect(result.missing).toEqual([]);
    expect(result.missingGuidance.map((e) => e.id)).toEqual(guidance.map((e) => e.id));
    expect(result.elements.filter((c) => c.element.basis === 'bekendtgoerelse').every((c) => c.sections.length === 1)).toBe(true);
  });

  it('is complete with nothing missing when the guidance elements are covered too', () => {
    const result = checkCompleteness(coveringEach(elements.map((e) => e.id)), elements);
    expect(result).toMatchObject({ complete: true, missing: [], missingGuidance: [], unknown: [] });
  });

  it('lists the § 4 elements no section covers, in the order of § 4', () => {
    const sections = sectionsOf('tests/fixtures/standard-diff/2024.mdx');
    const result = checkCompleteness(sections, elements);
    expect(result.complete).toBe(false);
    expect(result.missing.map((e) => [e.number, e.id])).toEqual([
      [8, 'behandlingsplan'],
      [9, 'handleplaner'],
      [10, 'brugerinddragelse'],
      [11, 'egenbetaling'],
    ]);
  });

  it('notices an element lost with a removed section', () => {
    const before = checkCompleteness(sectionsOf('tests/fixtures/standard-diff/2022.mdx'), elements);
    const after = checkCompleteness(sectionsOf('tests/fixtures/standard-diff/2024.mdx'), elements);
    const coveredBy = (r: typeof before, id: string) => r.elements.find((c) => c.element.id === id)?.sections;
    expect(coveredBy(before, 'egenbetaling')).toEqual(['6']);
    expect(coveredBy(after, 'egenbetaling')).toEqual([]);
    expect(after.missing.map((e) => e.id)).toContain('egenbetaling');
    expect(before.missing.map((e) => e.id)).not.toContain('egenbetaling');
  });

  it('stays complete when only guidance elements are missing', () => {
    const sections = [...coveringEach(required.map((e) => e.id)), { id: 'planer', elements: ['fremtidige-planer'] }];
    const result = checkCompleteness(sections, elements);
    expect(result.complete).toBe(true);
    expect(result.missingGuidance.map((e) => e.id)).toEqual(['skaerpet-tilsyn-boern', 'kvalitetskrav-doegn']);
  });

  it('lists every covering section in order, once per section', () => {
    const sections: CoveringSection[] = [
      { id: '3', elements: ['frit-valg', 'frit-valg'] },
      { id: '3.4', elements: ['frit-valg', 'visitation'] },
      { id: '7', elements: [] },
    ];
    const result = checkCompleteness(sections, elements);
    expect(result.elements.find((c) => c.element.id === 'frit-valg')?.sections).toEqual(['3', '3.4']);
    expect(result.elements.find((c) => c.element.id === 'visitation')?.sections).toEqual(['3.4']);
    expect(result.elements.map((c) => c.element.id)).toEqual(elements.map((e) => e.id));
  });

  it('reports element ids the rule file does not have, without letting them cover anything', () => {
    const sections = [...coveringEach(required.slice(1).map((e) => e.id)), { id: '99', elements: ['ukendt-element', 'opgaver-typo'] }];
    const result = checkCompleteness(sections, elements);
    expect(result.unknown).toEqual([
      { section: '99', element: 'ukendt-element' },
      { section: '99', element: 'opgaver-typo' },
    ]);
    expect(result.missing.map((e) => e.id)).toEqual(['opgaver']);
    expect(result.complete).toBe(false);
  });

  it('reads the Copenhagen record, which names only some sections, as incomplete', () => {
    const sections = sectionsOf('content/standards/koebenhavn/social-behandling-stoffer/2023-24.mdx');
    const result = checkCompleteness(sections, elements);
    expect(result.elements.find((c) => c.element.id === 'frit-valg')?.sections).toEqual(['3.4']);
    expect(result.elements.find((c) => c.element.id === 'fremtidige-planer')?.sections).toEqual(['2.8']);
    expect(result.missing).toHaveLength(13);
    expect(result.complete).toBe(false);
  });

  it('refuses a rule list with an element id twice', () => {
    const twice = [...elements, { ...elements[0] }];
    expect(() => checkCompleteness([], twice)).toThrow('the statutory elements list has the id "opgaver" twice: expected each element once');
  });
});

describe('sections without text', () => {
  it('cover nothing, and are named', () => {
    const result = checkCompleteness(
      [
        { id: '1', elements: ['opgaver'], written: false },
        { id: '2', elements: ['maalgruppe'] },
      ],
      [
        { id: 'opgaver', number: 1, title: 'Kommunens opgaver', basis: 'bekendtgoerelse' },
        { id: 'maalgruppe', number: 2, title: 'Målgruppe', basis: 'bekendtgoerelse' },
      ],
    );
    expect(result.missing.map((e) => e.id)).toEqual(['opgaver']);
    expect(result.unwritten).toEqual(['1']);
    expect(result.complete).toBe(false);
  });

  it('are told from written ones by their text: comments and the heading do not count', () => {
    expect(hasWrittenText('## 1 Opgaver {#afsnit-1}\n\n{/* Beskriv kort, hvad kommunen gør. */}\n')).toBe(false);
    expect(hasWrittenText('## 1 Opgaver {#afsnit-1}\n\n<!-- note -->\n\n')).toBe(false);
    expect(hasWrittenText('## 1 Opgaver {#afsnit-1}\n\n{/* Beskriv. */}\n\nKommunen visiterer.')).toBe(true);
  });

  it('make a fresh skeleton from npm run new:standard incomplete until it is written', () => {
    const body = '## 1 Opgaver {#afsnit-1}\n\n{/* Beskriv. */}\n\n## 2 Målgruppe {#afsnit-2}\n\nVoksne over 18 år.\n';
    const sections = sectionsWithText(body, [
      { id: '1', elements: ['opgaver'] },
      { id: '2', elements: ['maalgruppe'] },
    ]);
    expect(sections.map((s) => s.written)).toEqual([false, true]);
  });
});
