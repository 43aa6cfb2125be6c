import { describe, expect, it } from 'vitest';
import { chapterExamples } from '../../src/domain/site/catalogue.ts';

const example = (id: string, chapter: string) => ({ id, data: { chapter } });

describe('chapterExamples', () => {
  const examples = [example('b', 'kapitel-4'), example('a', 'kapitel-4'), example('x', 'kapitel-5'), example('c', 'kapitel-4')];

  it("keeps the chapter's examples in the order given and counts those its text does not show", () => {
    const result = chapterExamples(examples, 'kapitel-4', ['b', 'x']);
    expect(result.filed.map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(result.notInText).toBe(2);
  });

  it('counts none beyond the text when the text shows every example of the chapter', () => {
    expect(chapterExamples(examples, 'kapitel-4', ['a', 'b', 'c']).notInText).toBe(0);
    expect(chapterExamples(examples, 'kapitel-1', []).filed).toEqual([]);
  });
});
