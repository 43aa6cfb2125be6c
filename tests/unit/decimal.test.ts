import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../src/domain/intensity/decimal.ts';

describe('parseDecimal', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['1,25', 1.25],
    [' 3 ', 3],
    ['0', 0],
    [',5', 0.5],
    ['.5', 0.5],
    ['24', 24],
  ])('reads %j as %d', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(['', 'to', '2,5,1', '1.000,5', '-1', '2 5', '2,', '1e3', '0x10'])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });
});
