import { describe, expect, it } from 'vitest';
import { rankResults } from '../../src/domain/search/ranking.ts';
import { searchWordsFor } from '../../src/domain/search/words.ts';

describe('rankResults', () => {
  const all = [
    { id: 'katalog', score: 9 },
    { id: 'lov', score: 6 },
    { id: 'eksempel', score: 5 },
  ];
  it('weights up the pages stating today\'s rules and keeps every result', () => {
    expect(rankResults(all, [{ id: 'lov', score: 6 }], 1.6).map((r) => r.id)).toEqual(['lov', 'katalog', 'eksempel']);
  });
  it('leaves the order alone when no page states today\'s rules, or the weight is 1', () => {
    expect(rankResults(all, []).map((r) => r.id)).toEqual(['katalog', 'lov', 'eksempel']);
    expect(rankResults(all, [{ id: 'lov', score: 6 }], 1).map((r) => r.id)).toEqual(['katalog', 'lov', 'eksempel']);
  });
});

describe('searchWordsFor', () => {
  const laws = new Map([
    ['sel-101', { searchWords: ['misbrug', 'Misbrug', 'hash'] }],
    ['sul-142', { searchWords: ['metadon'] }],
  ]);
  const glossary = [{ term: 'URUS', synonyms: ['udgående rusmiddelbehandling'], laws: ['sel-101'] }];
  it('takes the cited laws\' words once each, ignoring case', () => {
    expect(searchWordsFor(['sel-101', 'sul-142'], laws, glossary)).toEqual(['misbrug', 'hash', 'metadon']);
  });
  it('adds the glossary\'s words on the law\'s own page only', () => {
    expect(searchWordsFor(['sel-101'], laws, glossary, 'sel-101')).toEqual(['misbrug', 'hash', 'URUS', 'udgående rusmiddelbehandling']);
  });
});
