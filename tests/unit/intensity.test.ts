import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  classifyIntensity,
  describeSchedule,
  describeWeek,
  IntensityInputError,
  intensityLevelNames,
  intensityLevels,
  outsideRules,
  type IntensityLevel,
  type OutsideRule,
} from '../../src/domain/intensity/classify.ts';
import { intensityThresholds } from '../support/rules.ts';
import { intensityLevels as schemaLevels } from '../../src/schemas/rule.ts';

const days = (count: number, hours: number) => Array.from({ length: count }, () => hours);

type Expected = IntensityLevel | [OutsideRule, IntensityLevel];
/** [what, weeks, overnight, expected level, or the outside rule and the nearest level]. */
const cases: [string, number[][], boolean, Expected][] = [
  // ambulant and ad hoc: how often, not how long
  ['1 day a week', [[1]], false, 'ambulant'],
  ['2 days a week', [[1, 1]], false, 'ambulant'],
  ['2 long days a week: hours do not matter for ambulant', [[24, 24]], false, 'ambulant'],
  ['exactly every 14 days', [[1], []], false, 'ambulant'],
  ['every 14 days in a 4-week period', [[1], [], [1], []], false, 'ambulant'],
  ['1 and 2 days in alternate weeks', [[1], [2, 2]], false, 'ambulant'],
  ['every 3 weeks', [[1], [], []], false, 'ad-hoc'],
  ['once in 4 weeks', [[1], [], [], []], false, 'ad-hoc'],
  ['2 contacts in 4 weeks, then 2 weeks without', [[1], [1], [], []], false, ['lange-pauser', 'ambulant']],
  ['2 contacts in one week, then 3 weeks without', [[2, 2], [], [], []], false, ['lange-pauser', 'ambulant']],
  ['a 4-week gap across the end of the period', [[1], [], [], [1]], false, ['lange-pauser', 'ambulant']],
  ['no service at all', [[]], false, ['ingen-ydelser', 'ad-hoc']],
  ['four empty weeks', [[], [], [], []], false, ['ingen-ydelser', 'ad-hoc']],
  // 3 to 5 days: the 2-hour boundary
  ['3 days of 1 hour', [[1, 1, 1]], false, 'ambulant-dagbehandling'],
  ['3 days of exactly 2 hours', [[2, 2, 2]], false, 'ambulant-dagbehandling'],
  ['5 days of 2 hours', [days(5, 2)], false, 'ambulant-dagbehandling'],
  ['3 days just over 2 hours', [[2.01, 2.01, 2.01]], false, 'dagbehandling'],
  ['3 days of 6 hours', [[6, 6, 6]], false, 'dagbehandling'],
  ['5 days of 3 hours', [days(5, 3)], false, 'dagbehandling'],
  ['3 short days and 5 short days in alternate weeks', [[1, 1, 1], days(5, 1.5)], false, 'ambulant-dagbehandling'],
  // the 2+2 rule as the site reads it
  ['2+2 with 4 days', [[3, 3, 1, 1]], false, 'dagbehandling'],
  ['2+2 with 5 days: 2 long, 3 short', [[3, 3, 1, 1, 1]], false, 'dagbehandling'],
  ['2+2 with 5 days: 3 long, 2 short', [[3, 3, 3, 1, 1]], false, 'dagbehandling'],
  ['2+2 with 5 days and one day of exactly 2 hours', [[3, 3, 1, 1, 2]], false, 'dagbehandling'],
  ['2 long days and 2 days of exactly 2 hours: not "under 2 hours"', [[3, 3, 2, 2]], false, ['blandede-timer', 'dagbehandling']],
  ['2 long and 1 short day: 2+2 needs 4 or 5 days', [[3, 3, 1]], false, ['blandede-timer', 'dagbehandling']],
  ['3 days of which only one is long', [[3, 1, 1]], false, ['blandede-timer', 'ambulant-dagbehandling']],
  ['4 days of which only one is long', [[3, 1, 1, 1]], false, ['blandede-timer', 'ambulant-dagbehandling']],
  ['3 long and 1 short day: 3 long days meet the definition', [[3, 3, 3, 1]], false, 'dagbehandling'],
  ['4 long and 1 short day', [[3, 3, 3, 3, 1]], false, 'dagbehandling'],
  ['2 long and 1 short day', [[3, 3, 1]], false, ['blandede-timer', 'dagbehandling']],
  ['a 2-week period: full days one week, 2+2 the next', [[3, 3, 3], [3, 3, 1, 1]], false, 'dagbehandling'],
  ['one long day in 3, in both weeks', [[3, 1, 1], [1, 3, 1]], false, ['blandede-timer', 'ambulant-dagbehandling']],
  // 6 and 7 days, overnight stay
  ['6 long days', [days(6, 3)], false, ['seks-dage', 'dagbehandling']],
  ['6 short days', [days(6, 1)], false, ['seks-dage', 'ambulant-dagbehandling']],
  ['7 days of 24 hours with overnight stay', [days(7, 24)], true, 'doegnbehandling'],
  ['7 short days with overnight stay: hours do not matter', [days(7, 1)], true, 'doegnbehandling'],
  ['4 weeks of 7 days with overnight stay', [days(7, 24), days(7, 24), days(7, 24), days(7, 24)], true, 'doegnbehandling'],
  ['7 long days without overnight stay', [days(7, 8)], false, ['hver-dag-uden-overnatning', 'dagbehandling']],
  ['7 short days without overnight stay', [days(7, 1)], false, ['hver-dag-uden-overnatning', 'ambulant-dagbehandling']],
  ['6 days with overnight stay', [days(6, 24)], true, ['overnatning-uden-hver-dag', 'doegnbehandling']],
  ['5 days with overnight stay', [days(5, 24)], true, ['overnatning-uden-hver-dag', 'doegnbehandling']],
  ['every day one week, 6 days the next, with overnight stay', [days(7, 24), days(6, 24)], true, ['overnatning-uden-hver-dag', 'doegnbehandling']],
  ['1 day a week with overnight stay', [[2]], true, ['overnatning-uden-hver-dag', 'ambulant']],
  ['3 short days a week with overnight stay', [[1, 1, 1]], true, ['overnatning-uden-hver-dag', 'ambulant-dagbehandling']],
  // weeks that differ
  ['2 weeks: ambulant, then dagbehandling', [[1], [3, 3, 3]], false, ['uens-uger', 'dagbehandling']],
  ['2 weeks: ambulant dagbehandling, then dagbehandling', [[1, 1, 1], [3, 3, 3]], false, ['uens-uger', 'dagbehandling']],
  ['4 weeks: 3 weeks of dagbehandling, 1 ambulant', [[3, 3, 3], [3, 3, 3], [3, 3, 3], [1]], false, ['uens-uger', 'dagbehandling']],
  ['4 weeks: 3 ambulant weeks, 1 of dagbehandling', [[1], [1], [1], [3, 3, 3]], false, ['uens-uger', 'ambulant']],
  ['4 weeks: 2 of each', [[1], [3, 3, 3], [1], [3, 3, 3]], false, ['uens-uger', 'dagbehandling']],
  ['an empty week in a 2-week period of dagbehandling', [[3, 3, 3], []], false, ['uens-uger', 'dagbehandling']],
  ['an empty week in a 4-week period of dagbehandling', [[4, 4, 4, 4], [4, 4, 4, 4], [], [4, 4, 4, 4]], false, ['uens-uger', 'dagbehandling']],
  ['one week of dagbehandling in 4, the rest empty', [[3, 3, 3], [], [], []], false, ['uens-uger', 'ambulant']],
  ['7 days one week, 3 the next, without overnight stay', [days(7, 3), [3, 3, 3]], false, ['uens-uger', 'dagbehandling']],
];

describe('classifyIntensity: worked cases', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases)('%s', (_, weeks, overnight, expected) => {
    const result = classifyIntensity({ weeks, overnight }, intensityThresholds);
    if (typeof expected === 'string') {
      expect(result).toMatchObject({ level: expected, rule: expected });
      expect(result.nearest).toBeUndefined();
    } else {
      expect(result).toMatchObject({ level: 'uden-for-definitionerne', rule: expected[0], nearest: expected[1] });
      // The last reason says which level is nearest.
      expect(result.reasons.at(-1)).toContain(intensityLevelNames[expected[1]]);
    }
    expect(result.reasons.length).toBeGreaterThan(0);
    expect(result.sources).toEqual(['kl-inspirationskatalog']);
  });
});

describe('classifyIntensity: reasons', () => {
  const reasons = (weeks: number[][], overnight = false) => classifyIntensity({ weeks, overnight }, intensityThresholds).reasons.join(' ');

  it('shows the interpretation whenever the 2+2 rule decides', () => {
    expect(reasons([[3, 3, 1, 1]])).toContain('vi læser den sådan');
    expect(reasons([[3, 3, 3], [3, 3, 1, 1]])).toContain('I uge 2 er der 2 dage over 2 timer og mindst 2 dage under 2 timer');
    expect(reasons([[3, 3, 3, 1]])).toContain('I hver uge er mindst 3 dage over 2 timer; de øvrige dage er kortere.');
    expect(reasons([[3, 3, 3]])).not.toContain('vi læser den sådan');
  });
  it('explains that a day of exactly 2 hours is not under 2 hours', () => {
    expect(reasons([[3, 3, 2, 2]])).toContain('præcis 2 timer er hverken over eller under 2 timer');
    expect(reasons([[3, 1, 1]])).not.toContain('præcis 2 timer');
  });
  it('says that ad hoc is not social treatment for drug use', () => {
    expect(reasons([[1], [], []])).toContain('ikke social behandling for brug af stoffer');
  });
  it('names each week when the weeks differ', () => {
    expect(reasons([[1], [3, 3, 3]])).toContain('uge 1 svarer til ambulant behandling og uge 2 svarer til dagbehandling');
    expect(reasons([[3, 3, 3], []])).toContain('uge 2 er uden ydelser');
  });
  it('describes each week of mixed hours, once when the weeks read the same', () => {
    expect(classifyIntensity({ weeks: [[3, 1, 1], [1, 3, 1]], overnight: false }, intensityThresholds).reasons).toContain(
      'I hver uge er der 3 dage med ydelser: 1 over 2 timer og 2 på højst 2 timer.',
    );
    expect(reasons([[3, 1, 1], [3, 3, 1, 2]])).toContain('I uge 2 er der 4 dage med ydelser: 2 over 2 timer og 2 på højst 2 timer.');
  });
  it('never uses stigmatizing words', () => {
    for (const [, weeks, overnight] of cases) expect(reasons(weeks, overnight)).not.toMatch(/misbrug/i);
  });
});

describe('invalid input', () => {
  const invalid: [string, unknown, RegExp, RegExp][] = [
    ['no weeks', { weeks: [], overnight: false }, /no weeks/, /mindst én uge/],
    ['five weeks', { weeks: [[1], [1], [1], [1], [1]], overnight: false }, /5 weeks.*at most four/, /højst være 4 uger/],
    ['8 days in a week', { weeks: [[1], days(8, 1)], overnight: false }, /Week 2 has 8 days/, /Uge 2 har 8 dage/],
    ['0 hours', { weeks: [[1, 0]], overnight: false }, /Week 1, day 2: the hours must be above 0/, /over 0/],
    ['negative hours', { weeks: [[-1]], overnight: false }, /above 0/, /over 0/],
    ['25 hours', { weeks: [[25]], overnight: false }, /at most 24 hours/, /højst 24 timer/],
    ['NaN', { weeks: [[NaN]], overnight: false }, /finite number/, /skal være et tal/],
    ['Infinity', { weeks: [[Infinity]], overnight: false }, /finite number/, /skal være et tal/],
    ['a string for hours', { weeks: [['3']], overnight: false }, /finite number, not string/, /skal være et tal/],
    ['a week that is not a list', { weeks: [3], overnight: false }, /Week 1 is not a list/, /Uge 1 mangler dagene/],
    ['no weeks field', { overnight: false }, /list of weeks/, /mangler ugerne/],
    ['overnight missing', { weeks: [[1]] }, /overnight must be true or false/, /overnatning/],
  ];
  it.each(invalid)('%s', (_, input, english, danish) => {
    let error: unknown;
    try {
      classifyIntensity(input as never, intensityThresholds);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(IntensityInputError);
    expect((error as IntensityInputError).message).toMatch(english);
    expect((error as IntensityInputError).messageDa).toMatch(danish);
  });
  it('accepts exactly 24 hours and 7 days', () => {
    expect(() => classifyIntensity({ weeks: [days(7, 24)], overnight: true }, intensityThresholds)).not.toThrow();
  });
});

describe('describeSchedule', () => {
  it('describes a repeating week', () => {
    expect(describeSchedule({ weeks: [[2, 2, 2]], overnight: false })).toBe('3 dage om ugen, 2 timer hver gang');
    expect(describeSchedule({ weeks: [[1.5]], overnight: false })).toBe('1 dag om ugen, 1,5 timer');
    expect(describeSchedule({ weeks: [[1]], overnight: false })).toBe('1 dag om ugen, 1 time');
    expect(describeSchedule({ weeks: [[3, 3, 1, 1]], overnight: false })).toBe('4 dage om ugen (3, 3, 1 og 1 timer)');
    expect(describeSchedule({ weeks: [days(7, 24), days(7, 24)], overnight: true })).toBe('7 dage om ugen, 24 timer hver gang, med overnatning');
  });
  it('describes different weeks one by one', () => {
    expect(describeSchedule({ weeks: [[2], []], overnight: false })).toBe('Uge 1: 1 dag, 2 timer; uge 2: ingen dage (gentages hver 2. uge)');
  });
  it('describes a single week', () => {
    expect(describeWeek([])).toBe('ingen dage');
    expect(describeWeek([2.5, 2.5])).toBe('2 dage, 2,5 timer hver gang');
  });
  it('rejects invalid input like the classifier', () => {
    expect(() => describeSchedule({ weeks: [[30]], overnight: false })).toThrow(IntensityInputError);
  });
});

describe('agreement with content/rules/behandlingsintensitet.yaml', () => {
  const rules = parse(readFileSync('content/rules/behandlingsintensitet.yaml', 'utf8')) as {
    sources: { source: string }[];
    levels: { id: string; name: string }[];
  };
  const cited = rules.sources.map((s) => s.source);
  const levelIds = rules.levels.map((l) => l.id);
  const results = cases.map(([, weeks, overnight]) => classifyIntensity({ weeks, overnight }, intensityThresholds));

  it('returns only sources the rule file cites, and they exist', () => {
    for (const id of new Set(results.flatMap((r) => r.sources))) {
      expect(cited).toContain(id);
      expect(() => readFileSync(`content/sources/${id}.yaml`)).not.toThrow();
    }
  });
  it('returns only levels the rule file defines, and every one of them', () => {
    const returned = new Set(results.flatMap((r) => [r.level === 'uden-for-definitionerne' ? r.nearest! : r.level]));
    for (const level of returned) expect(levelIds).toContain(level);
    expect([...returned].sort()).toEqual([...levelIds].sort());
    expect([...intensityLevels]).toEqual(levelIds);
    expect([...intensityLevels]).toEqual([...schemaLevels]);
  });
  it('uses the rule file\'s level names', () => {
    const squash = (name: string) => name.toLocaleLowerCase('da-DK').replace(/\s+/g, '');
    for (const level of rules.levels) expect(squash(intensityLevelNames[level.id as IntensityLevel])).toBe(squash(level.name));
  });
  it('uses every outside rule in the worked cases, and only those', () => {
    const used = new Set(results.filter((r) => r.level === 'uden-for-definitionerne').map((r) => r.rule));
    expect([...used].sort()).toEqual([...outsideRules].sort());
  });
});

describe('the thresholds are data', () => {
  it('come from the rule file, and a changed number changes the answer', () => {
    expect(intensityThresholds).toMatchObject({ longDayHours: 2, outpatientMaxDaysPerWeek: 2, outpatientEveryDays: 14, dayTreatmentDays: { min: 3, max: 5 } });
    const week = { weeks: [[2.5, 2.5, 2.5]], overnight: false };
    expect(classifyIntensity(week, intensityThresholds).level).toBe('dagbehandling');
    const longer = { ...intensityThresholds, longDayHours: 3 };
    expect(classifyIntensity(week, longer).level).toBe('ambulant-dagbehandling');
    expect(classifyIntensity(week, longer).reasons.join(' ')).toContain('højst 3 timer');
  });
});
