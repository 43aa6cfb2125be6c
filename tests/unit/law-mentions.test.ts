import { describe, expect, it } from 'vitest';
import { findLawMentions, type LawReference } from '../../src/domain/law/mentions.ts';

const laws: LawReference[] = [
  { id: 'sel-101', law: 'Serviceloven', paragraph: '§ 101' },
  { id: 'sel-101-stk-4', law: 'Serviceloven', paragraph: '§ 101', subsection: 'stk. 4' },
  { id: 'sul-141', law: 'Sundhedsloven', paragraph: '§ 141' },
  { id: 'sul-142', law: 'Sundhedsloven', paragraph: '§ 142' },
  { id: 'rsl-67', law: 'Retssikkerhedsloven', paragraph: '§ 67' },
  { id: 'barnets-lov-33', law: 'Barnets lov', paragraph: '§ 33' },
];
const linked = (text: string) => findLawMentions(text, laws).map((m) => [text.slice(m.start, m.end), m.lawId]);

describe('findLawMentions', () => {
  it('finds the forms the documents use', () => {
    expect(linked('reguleres af servicelovens §101, dels af sundhedslovens §142.')).toEqual([
      ['servicelovens §101', 'sel-101'],
      ['sundhedslovens §142', 'sul-142'],
    ]);
    expect(linked('jf. SEL § 101 og § 67 i retssikkerhedsloven')).toEqual([
      ['SEL § 101', 'sel-101'],
      ['§ 67 i retssikkerhedsloven', 'rsl-67'],
    ]);
    expect(linked('efter barnets lov § 33')).toEqual([['barnets lov § 33', 'barnets-lov-33']]);
  });
  it('prefers the subsection entry and falls back to the paragraph', () => {
    expect(linked('serviceloven § 101, stk. 4')).toEqual([['serviceloven § 101, stk. 4', 'sel-101-stk-4']]);
    expect(linked('sundhedslovens § 141, stk. 3')).toEqual([['sundhedslovens § 141, stk. 3', 'sul-141']]);
  });
  it('does not link a paragraph that has no entry, nor a lettered paragraph to the bare one', () => {
    expect(linked('servicelovens § 166, stk. 1 og sundhedslovens § 141 b')).toEqual([]);
    expect(linked('§ 101 alene, uden lov')).toEqual([]);
  });
  it('keeps the letter of "§ 141 b" but not the first letter of a following word', () => {
    expect(linked('sundhedslovens § 141 behandles')).toEqual([['sundhedslovens § 141', 'sul-141']]);
  });
});
