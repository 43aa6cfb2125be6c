import { describe, expect, it } from 'vitest';
import { groupByInitial, initialOf } from '../../src/domain/site/alphabet.ts';
import { catalogueHeading } from '../../src/domain/site/catalogue.ts';
import { compareLawReferences, lawLabel } from '../../src/domain/law/labels.ts';
import { describeSourceDate } from '../../src/domain/site/sources.ts';
import { themeLabel } from '../../src/domain/site/themes.ts';

describe('alphabet', () => {
  it('sorts Æ, Ø, Å after Z and reads Aa as Å', () => {
    expect(initialOf('Aarhus')).toBe('Å');
    expect(initialOf('§ 141-handleplan')).toBe('#');
    const groups = groupByInitial(['Øre', 'Ankestyrelsen', 'Zone', 'Æble', 'Åben', '§ 141'], (t) => t);
    expect(groups.map((g) => g.letter)).toEqual(['#', 'A', 'Z', 'Æ', 'Ø', 'Å']);
    expect(groups.map((g) => g.anchor)).toEqual(['tal', 'a', 'z', 'ae', 'oe', 'aa']);
  });
});

describe('law references', () => {
  const ref = (paragraph: string, subsection?: string, law = 'Serviceloven') => ({ law, paragraph, subsection });
  it('are named as in the law', () => {
    expect(lawLabel(ref('§ 101', 'stk. 4'))).toBe('Serviceloven § 101, stk. 4');
    expect(lawLabel(ref('§ 101'))).toBe('Serviceloven § 101');
  });
  it('sort numerically', () => {
    const sorted = [ref('§ 107', 'stk. 2, nr. 2'), ref('§ 101', 'stk. 10'), ref('§ 101', 'stk. 4'), ref('§ 101')].sort(compareLawReferences);
    expect(sorted.map(lawLabel)).toEqual(['Serviceloven § 101', 'Serviceloven § 101, stk. 4', 'Serviceloven § 101, stk. 10', 'Serviceloven § 107, stk. 2, nr. 2']);
  });
});

describe('small labels', () => {
  it('names catalogue entries as the catalogue does', () => {
    expect(catalogueHeading({ kind: 'kapitel', number: 3, title: 'Kommunernes forpligtigelser' })).toBe('3. Kommunernes forpligtigelser');
    expect(catalogueHeading({ kind: 'bilag', number: 1, title: 'Eksempel på en klagevejledning' })).toBe('Bilag 1: Eksempel på en klagevejledning');
  });
  it('dates sources by date, year or approximate year', () => {
    expect(describeSourceDate({ date: '2019-12-17' })).toBe('17. december 2019');
    expect(describeSourceDate({ year: 2009, yearApproximate: true })).toBe('ca. 2009');
    expect(describeSourceDate({ year: 2023 })).toBe('2023');
    expect(describeSourceDate({})).toBeUndefined();
  });
  it('labels themes, also unknown ones', () => {
    expect(themeLabel('gravide-og-familier')).toBe('Gravide og familier');
    expect(themeLabel('nyt-tema')).toBe('Nyt tema');
  });
});
