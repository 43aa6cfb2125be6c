import { describe, expect, it } from 'vitest';
import { moreExamplesForChapter } from '../../src/domain/site/catalogue.ts';

const example = (id: string, chapter: string, title = id) => ({ id, data: { chapter, title } });

describe('moreExamplesForChapter', () => {
  const examples = [example('b', 'kapitel-4', 'Børn'), example('a', 'kapitel-4', 'Akut'), example('x', 'kapitel-5'), example('c', 'kapitel-4', 'Æbler'), example('d', 'kapitel-4', 'Dag')];

  it('lists the chapter\'s examples the text does not show, in Danish title order', () => {
    expect(moreExamplesForChapter(examples, 'kapitel-4', ['b']).shown.map((e) => e.id)).toEqual(['a', 'd', 'c']);
  });

  it('stays within the limit however many examples there are, and says how many there are', () => {
    const many = Array.from({ length: 200 }, (_, i) => example(`e${i}`, 'kapitel-4', `Eksempel ${i}`));
    const result = moreExamplesForChapter(many, 'kapitel-4', [], 6);
    expect(result.shown).toHaveLength(6);
    expect(result.total).toBe(200);
  });
});
