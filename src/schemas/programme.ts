import { z } from 'zod';
import { citations, slug, text } from './common.ts';

/**
 * A funded programme with eligibility rules (seed 000): who can take part, who cannot, how people
 * are referred and what it must achieve. One YAML file: content/programmes/<id>.yaml.
 */
export const programmeSchema = () =>
  z.strictObject({
    /** The programme's name as the site shows it. */
    title: text('programmets titel'),
    /** The municipality behind it, by id, when the source names it. */
    municipality: slug().optional(),
    /** What the programme offers, in plain Danish, from the source. */
    summary: text('en kort beskrivelse af, hvad der tilbydes'),
    /** Age limits of the target group. */
    ages: z.strictObject({
      /** The youngest age. */
      from: z.number({ error: 'en alder skrevet som et tal' }).int().min(0),
      /** The oldest age. */
      to: z.number({ error: 'en alder skrevet som et tal' }).int().min(0),
      /** The exception the source allows, verbatim, such as "kan undtagelsesvis fraviges med ét til to år". */
      exception: text('undtagelsen fra aldersgrænsen, ordret').optional(),
    }),
    /** The criteria a participant must meet, in the source's order and words. */
    criteria: z.array(text('et kriterium')).min(1, { error: 'mindst ét kriterium' }),
    /** Circumstances that exclude a person, in the source's words. */
    exclusions: z.array(text('en grund til, at en borger ikke kan deltage')).default([]),
    /** How people are referred. */
    referral: text('en beskrivelse af, hvordan borgere bliver henvist').optional(),
    /** Waiting-time promises, such as a pre-talk within 14 and at most 30 days. */
    waitingTime: text('reglen om ventetid').optional(),
    /** The objectives in the source's order; payment objectives are marked. */
    objectives: z
      .array(
        z.strictObject({
          /** The objective, verbatim. */
          text: text('målet'),
          /** true when the objective is a payment objective (betalingsmål). */
          payment: z.boolean({ error: 'true eller false' }).default(false),
        }),
      )
      .min(1, { error: 'mindst ét mål' }),
    /** Where it is described. */
    sources: citations(),
  });

export type Programme = z.infer<ReturnType<typeof programmeSchema>>;
