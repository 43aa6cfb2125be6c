import { z } from 'zod';
import { citations, slug, text } from './common.ts';

/**
 * A funded programme with eligibility rules (seed 000): who can take part, who cannot, how people
 * are referred and what it must achieve. One YAML file: content/programmes/<id>.yaml.
 */
export const programmeSchema = () =>
  z.strictObject({
    /** The programme's name as the site shows it. */
    title: text('the programme\'s title'),
    /** The municipality behind it, by id, when the source names it. */
    municipality: slug().optional(),
    /** What the programme offers, in plain Danish, from the source. */
    summary: text('a short description of what is offered'),
    /** Age limits of the target group. */
    ages: z.strictObject({
      /** The youngest age. */
      from: z.number({ error: 'an age as a number' }).int().min(0),
      /** The oldest age. */
      to: z.number({ error: 'an age as a number' }).int().min(0),
      /** The exception the source allows, verbatim, such as "kan undtagelsesvis fraviges med ét til to år". */
      exception: text('the age exception, verbatim').optional(),
    }),
    /** The criteria a participant must meet, in the source's order and words. */
    criteria: z.array(text('a criterion')).min(1, { error: 'at least one criterion' }),
    /** Circumstances that exclude a person, in the source's words. */
    exclusions: z.array(text('an exclusion')).default([]),
    /** How people are referred. */
    referral: text('how people are referred').optional(),
    /** Waiting-time promises, such as a pre-talk within 14 and at most 30 days. */
    waitingTime: text('the waiting-time rule').optional(),
    /** The objectives in the source's order; payment objectives are marked. */
    objectives: z
      .array(
        z.strictObject({
          /** The objective, verbatim. */
          text: text('the objective'),
          /** true when the objective is a payment objective (betalingsmål). */
          payment: z.boolean({ error: 'true or false' }).default(false),
        }),
      )
      .min(1, { error: 'at least one objective' }),
    /** Where it is described. */
    sources: citations(),
  });

export type Programme = z.infer<ReturnType<typeof programmeSchema>>;
