/**
 * The calendar arithmetic every deadline rests on: adding days, weeks and years across month and
 * year ends and leap years, one rule for 29 February, the weekday, Easter and the public holidays
 * of content/rules/helligdage.yaml.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addPeriod, easterSunday, holidaysOf, isIsoDate, isoWeekday, lastWorkingDayBefore, nonWorkingDay, type HolidayDefinitions } from '../../src/domain/dates.ts';

const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
const holidays = parse(readFileSync('content/rules/helligdage.yaml', 'utf8')) as HolidayDefinitions;

describe('addPeriod', () => {
  it.each([
    ['2024-02-10', { weeks: 4 }, '2024-03-09'], // leap year: 29 days in February
    ['2023-02-10', { weeks: 4 }, '2023-03-10'],
    ['2025-12-15', { weeks: 4 }, '2026-01-12'], // over the year end
    ['2024-12-31', { weeks: 4 }, '2025-01-28'],
    ['2024-01-31', { weeks: 4 }, '2024-02-28'],
    ['2024-02-29', { weeks: 4 }, '2024-03-28'],
    ['2025-03-20', { weeks: 1 }, '2025-03-27'],
    ['2024-02-29', { years: 2 }, '2026-02-28'], // no 29 February: the earlier day
    ['2024-02-29', { years: 4 }, '2028-02-29'],
    ['2023-12-31', { years: 2 }, '2025-12-31'],
    ['2025-03-01', { years: 2 }, '2027-03-01'],
  ])('%s + %o = %s', (date, period, expected) => {
    expect(addPeriod(date, period)).toBe(expected);
  });

  it('adds exactly 7 days a week for any date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 1, max: 60 }), (d, weeks) => {
        const date = d.toISOString().slice(0, 10);
        const result = addPeriod(date, { weeks });
        return isIsoDate(result) && daysBetween(date, result) === 7 * weeks;
      }),
    );
  });

  it('keeps the day of the month when adding years, except a 29 February that does not exist', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 1, max: 5 }), (d, years) => {
        const date = d.toISOString().slice(0, 10);
        const result = addPeriod(date, { years });
        const [y, m, day] = date.split('-').map(Number);
        const [ry, rm, rday] = result.split('-').map(Number);
        return ry === y + years && rm === m && (rday === day || (m === 2 && day === 29 && rday === 28));
      }),
    );
  });

  it('refuses a date that does not exist', () => {
    expect(() => addPeriod('2025-02-29', { weeks: 4 })).toThrow(/YYYY-MM-DD/);
    expect(() => addPeriod('15.12.2025', { weeks: 4 })).toThrow(/YYYY-MM-DD/);
  });
});

describe('addPeriod in days', () => {
  it.each([
    ['2026-03-21', 14, '2026-04-04'],
    ['2026-12-25', 14, '2027-01-08'],
    ['2024-02-20', 14, '2024-03-05'],
    ['2026-04-06', -1, '2026-04-05'],
  ])('%s + %d days = %s', (date, days, expected) => {
    expect(addPeriod(date, { days })).toBe(expected);
  });
});

describe('isoWeekday', () => {
  it.each([
    ['2026-12-01', 2],
    ['2026-12-05', 6],
    ['2026-12-06', 7],
    ['2024-02-29', 4],
  ])('%s is day %d of the week', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });
});

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%d: %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const easter = easterSunday(year);
        return isoWeekday(easter) === 7 && easter >= `${year}-03-22` && easter <= `${year}-04-25`;
      }),
    );
  });
});

describe('the public holidays of content/rules/helligdage.yaml', () => {
  it('are the ten days of 2026, without store bededag, grundlovsdag or juleaftensdag', () => {
    expect([...holidaysOf(2026, holidays).entries()].sort()).toEqual([
      ['2026-01-01', 'Nytårsdag'],
      ['2026-04-02', 'Skærtorsdag'],
      ['2026-04-03', 'Langfredag'],
      ['2026-04-05', 'Påskedag'],
      ['2026-04-06', '2. påskedag'],
      ['2026-05-14', 'Kristi himmelfartsdag'],
      ['2026-05-24', 'Pinsedag'],
      ['2026-05-25', '2. pinsedag'],
      ['2026-12-25', '1. juledag'],
      ['2026-12-26', '2. juledag'],
    ]);
  });

  it('tells a working day from a weekend or a holiday', () => {
    expect(nonWorkingDay('2026-12-01', holidays)).toBeUndefined();
    expect(nonWorkingDay('2026-12-05', holidays)).toBe('lørdag');
    expect(nonWorkingDay('2026-12-06', holidays)).toBe('søndag');
    expect(nonWorkingDay('2026-04-06', holidays)).toBe('2. påskedag');
    expect(nonWorkingDay('2026-06-05', holidays)).toBeUndefined();
  });

  it('counts back over Easter to the last working day', () => {
    // 2. påskedag 2026; before it: Easter Sunday, Saturday, langfredag, skærtorsdag; then Wednesday.
    expect(lastWorkingDayBefore('2026-04-06', holidays)).toBe('2026-04-01');
    expect(lastWorkingDayBefore('2026-12-28', holidays)).toBe('2026-12-24');
  });
});
