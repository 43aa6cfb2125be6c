import { z } from 'zod';
import { citations, text, year } from './common.ts';

/** The development phases of the national programme (UIP), in order. */
export const initiativePhases = ['screening', 'modning', 'afproevning', 'udbredelse'] as const;

/** An amount of money, as a plain number (no thousands separators, decimals with a point). */
const amount = () => z.number({ error: 'an amount written as a plain number, such as 12.5 (no "kr.", no thousands separators)' });

/**
 * A national development initiative of the UIP programme (seed 004). One YAML file per initiative:
 * content/initiatives/<id>.yaml.
 */
export const initiativeSchema = () =>
  z.strictObject({
    /** The annex number in the programme document, such as 1 for "Bilag 1". */
    number: z.number({ error: 'the annex number, such as 1' }).int().min(1),
    /** The title, verbatim. */
    title: text('the initiative\'s title'),
    /** Who can receive the grant, such as ["Kommuner", "Socialstyrelsen"]. */
    recipients: z.array(text('a recipient')).min(1, { error: 'at least one recipient' }),
    /** The purpose, in the source's words (shortened only by leaving out whole sentences). */
    purpose: text('the purpose'),
    /** Who the initiative is for. */
    targetGroup: z.strictObject({
      /** The target group as the source describes it. */
      description: text('the target group as described in the source'),
      /** The youngest age in the target group, if the source gives one. */
      ageFrom: z.number({ error: 'an age as a number' }).int().min(0).optional(),
      /** The oldest age in the target group, if the source gives one. */
      ageTo: z.number({ error: 'an age as a number' }).int().min(0).optional(),
    }),
    /** The budget as the source gives it. */
    budget: z.strictObject({
      /** The unit, such as "mio. kr.". */
      unit: text('the unit, such as "mio. kr."'),
      /** The price level, such as "2020-pl", if stated. */
      priceLevel: text('the price level').optional(),
      /** The amount for each year. */
      years: z.array(z.strictObject({ /** The budget year. */ year: year(), /** The amount that year. */ amount: amount() })).min(1, { error: 'at least one budget year' }),
      /** The total as the source states it; the site checks it against the sum of the years. */
      total: amount().optional(),
    }),
    /** The development phase. */
    phase: z.enum(initiativePhases, { error: `one of the phases ${initiativePhases.map((p) => `"${p}"`).join(', ')}` }),
    /** How long the initiative runs, as the source says, such as "2020-2023". */
    duration: text('the duration').optional(),
    /** The planned steps in time. */
    timeline: z.array(z.strictObject({ /** When, as the source says, such as "2020". */ when: text('when'), /** What happens then. */ what: text('what happens') })).default([]),
    /** The success criteria, verbatim. */
    successCriteria: z.array(text('a success criterion')).default([]),
    /** How the initiative is evaluated. */
    evaluation: text('how it is evaluated').optional(),
    /** Where it is described. */
    sources: citations(),
  });

export type Initiative = z.infer<ReturnType<typeof initiativeSchema>>;
