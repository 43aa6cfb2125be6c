import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyIntensity, IntensityInputError, intensityLevels, outsideRules, type Schedule } from '../../src/domain/intensity/classify.ts';
import { intensityThresholds } from '../support/rules.ts';

// Hours on a day with service: the 2-hour boundary and its neighbours are drawn often.
const shortHours = fc.oneof(fc.constantFrom(0.25, 1, 1.5, 1.99, 2), fc.double({ min: 0, max: 2, minExcluded: true, noNaN: true }));
const underTwo = fc.oneof(fc.constantFrom(0.25, 1, 1.99), fc.double({ min: 0, max: 2, minExcluded: true, maxExcluded: true, noNaN: true }));
const longHours = fc.oneof(fc.constantFrom(2.01, 2 + 2 ** -40, 3, 8, 24), fc.double({ min: 2, max: 24, minExcluded: true, noNaN: true }));
const hours = fc.oneof(shortHours, longHours);
const week = fc.array(hours, { maxLength: 7 });
const schedule: fc.Arbitrary<Schedule> = fc.record({ weeks: fc.array(week, { minLength: 1, maxLength: 4 }), overnight: fc.boolean() });

const summary = (s: Schedule) => {
  const r = classifyIntensity(s, intensityThresholds);
  return { level: r.level, nearest: r.nearest, rule: r.rule };
};
const isTwoPlusTwo = (w: number[]) => (w.length === 4 || w.length === 5) && w.filter((h) => h > 2).length >= 2 && w.filter((h) => h < 2).length >= 2;

/** A week of 3 to 5 days with long and short days that does not meet the 2+2 rule: dagbehandling only in part. */
const mixedWeek = fc
  .tuple(fc.integer({ min: 3, max: 5 }), fc.integer({ min: 1, max: 4 }))
  .filter(([days, long]) => long < days && long < 3)
  .chain(([days, long]) => fc.tuple(fc.array(longHours, { minLength: long, maxLength: long }), fc.array(shortHours, { minLength: days - long, maxLength: days - long })))
  .map(([l, s]) => [...l, ...s])
  .filter((w) => !isTwoPlusTwo(w))
  .chain((w) => fc.shuffledSubarray(w, { minLength: w.length, maxLength: w.length }));
/** A week that meets no definition on its own without overnight stay. */
const partialWeek = fc.oneof(mixedWeek, fc.array(hours, { minLength: 6, maxLength: 7 }));

describe('classifyIntensity properties', () => {
  it('is total over valid input: one of the levels, with reasons, sources and a consistent rule', () => {
    fc.assert(
      fc.property(schedule, (s) => {
        const r = classifyIntensity(s, intensityThresholds);
        expect(r.reasons.length).toBeGreaterThan(0);
        for (const reason of r.reasons) expect(reason).toMatch(/^\p{Lu}.*[.]$/u);
        expect(r.sources).toEqual(['kl-inspirationskatalog']);
        if (r.level === 'uden-for-definitionerne') {
          expect(intensityLevels).toContain(r.nearest);
          expect(outsideRules).toContain(r.rule);
        } else {
          expect(intensityLevels).toContain(r.level);
          expect(r.rule).toBe(r.level);
          expect(r.nearest).toBeUndefined();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a level only when its definition is met in full', () => {
    fc.assert(
      fc.property(schedule, ({ weeks, overnight }) => {
        const { level } = classifyIntensity({ weeks, overnight }, intensityThresholds);
        const contacts = weeks.flat().length;
        if (level === 'doegnbehandling') expect(overnight && weeks.every((w) => w.length === 7)).toBe(true);
        else if (level !== 'uden-for-definitionerne') expect(overnight).toBe(false);
        if (level === 'ambulant-dagbehandling') expect(weeks.every((w) => w.length >= 3 && w.length <= 5 && w.every((h) => h <= 2))).toBe(true);
        if (level === 'dagbehandling') expect(weeks.every((w) => w.length >= 3 && w.length <= 5 && (w.filter((h) => h > 2).length >= 3 || isTwoPlusTwo(w)))).toBe(true);
        if (level === 'ambulant') {
          expect(weeks.every((w) => w.length <= 2)).toBe(true);
          // at least one service in any two weeks in a row, across the end of the period too
          expect(weeks.every((w, i) => w.length + weeks[(i + 1) % weeks.length].length > 0)).toBe(true);
        }
        if (level === 'ad-hoc') expect(contacts > 0 && contacts * 2 < weeks.length).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('does not depend on the order of the days within a week', () => {
    const shuffled = schedule.chain((s) =>
      fc.tuple(fc.constant(s), fc.tuple(...s.weeks.map((w) => fc.shuffledSubarray(w, { minLength: w.length, maxLength: w.length })))),
    );
    fc.assert(fc.property(shuffled, ([s, weeks]) => {
        expect(summary({ ...s, weeks })).toEqual(summary(s));
      }), { numRuns: 1000 });
  });

  it('does not depend on which week of the period comes first', () => {
    fc.assert(
      fc.property(schedule, fc.nat(), (s, k) => {
        const shift = k % s.weeks.length;
        const rotated = [...s.weeks.slice(shift), ...s.weeks.slice(0, shift)];
        expect(summary({ ...s, weeks: rotated })).toEqual(summary(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same result when the period is written out twice', () => {
    const short = fc.record({ weeks: fc.array(week, { minLength: 1, maxLength: 2 }), overnight: fc.boolean() });
    fc.assert(fc.property(short, (s) => {
        expect(summary({ ...s, weeks: [...s.weeks, ...s.weeks] })).toEqual(summary(s));
      }), { numRuns: 1000 });
  });

  it('is never confident when a week meets a definition only in part', () => {
    fc.assert(
      fc.property(partialWeek, fc.array(week, { maxLength: 3 }), fc.nat(), fc.boolean(), (partial, others, at, overnight) => {
        const weeks = [...others];
        weeks.splice(at % (others.length + 1), 0, partial);
        if (overnight && weeks.every((w) => w.length === 7)) return; // døgnbehandling: hours and days are met in full
        const r = classifyIntensity({ weeks, overnight }, intensityThresholds);
        expect(r.level).toBe('uden-for-definitionerne');
        expect(r.nearest).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('never calls 3 to 5 days of mixed hours without 2+2 dagbehandling or ambulant dagbehandling, even every week', () => {
    fc.assert(
      fc.property(mixedWeek, fc.integer({ min: 1, max: 4 }), (w, repeat) => {
        const r = classifyIntensity({ weeks: Array.from({ length: repeat }, () => w), overnight: false }, intensityThresholds);
        expect(r).toMatchObject({ level: 'uden-for-definitionerne', rule: 'blandede-timer' });
        expect(['dagbehandling', 'ambulant-dagbehandling']).toContain(r.nearest);
      }),
    );
  });

  it('is never confident when weeks that each meet a definition differ in level', () => {
    const ambulantWeek = fc.array(hours, { minLength: 1, maxLength: 2 });
    const shortDayWeek = fc.array(shortHours, { minLength: 3, maxLength: 5 });
    const longDayWeek = fc.array(longHours, { minLength: 3, maxLength: 5 });
    const pair = fc.oneof(fc.tuple(ambulantWeek, shortDayWeek), fc.tuple(ambulantWeek, longDayWeek), fc.tuple(shortDayWeek, longDayWeek));
    fc.assert(
      fc.property(pair, fc.boolean(), ([a, b], swap) => {
        const r = classifyIntensity({ weeks: swap ? [b, a] : [a, b], overnight: false }, intensityThresholds);
        expect(r).toMatchObject({ level: 'uden-for-definitionerne', rule: 'uens-uger' });
      }),
    );
  });

  it('places periods whose weeks all have 3 to 5 days of the same kind confidently', () => {
    const periods = fc.constantFrom('ambulant-dagbehandling', 'dagbehandling').chain((level) => {
      const each = level === 'dagbehandling' ? longHours : shortHours;
      const weekOf = fc.integer({ min: 3, max: 5 }).chain((days) => fc.array(each, { minLength: days, maxLength: days }));
      return fc.tuple(fc.constant(level), fc.array(weekOf, { minLength: 1, maxLength: 4 }));
    });
    fc.assert(
      fc.property(periods, ([level, weeks]) => {
        expect(classifyIntensity({ weeks, overnight: false }, intensityThresholds)).toMatchObject({ level, rule: level });
      }),
    );
  });

  it('throws a plain-words error for every kind of invalid input', () => {
    const badHours = fc.oneof(
      fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 24.000001, 25),
      fc.double({ max: 0, noNaN: true }),
      fc.double({ min: 24, minExcluded: true }),
    );
    const corrupt = fc.oneof(
      schedule.map((s) => ({ ...s, weeks: [] })),
      fc.record({ weeks: fc.array(week, { minLength: 5, maxLength: 8 }), overnight: fc.boolean() }),
      fc.tuple(schedule, fc.array(hours, { minLength: 8, maxLength: 12 }), fc.nat()).map(([s, long, at]) => {
        const weeks = [...s.weeks];
        weeks[at % weeks.length] = long;
        return { ...s, weeks };
      }),
      fc.tuple(schedule, badHours, fc.nat(), fc.nat()).map(([s, bad, at, day]) => {
        const weeks = s.weeks.map((w) => [...w]);
        const w = weeks[at % weeks.length];
        if (w.length === 7) w[day % 7] = bad;
        else w.splice(day % (w.length + 1), 0, bad);
        return { ...s, weeks };
      }),
    );
    fc.assert(
      fc.property(corrupt, (s) => {
        let error: unknown;
        try {
          classifyIntensity(s, intensityThresholds);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(IntensityInputError);
        expect((error as IntensityInputError).message.length).toBeGreaterThan(10);
        expect((error as IntensityInputError).messageDa).toMatch(/^\p{Lu}.*[.]$/u);
      }),
      { numRuns: 2000 },
    );
  });
});
