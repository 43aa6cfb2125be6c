import { z } from 'zod';
import { citations, isoDate, slug, text, year } from './common.ts';

/**
 * A local treatment offer and the plan behind it (seed 003). One YAML file: content/offers/<id>.yaml.
 */
export const offerSchema = () =>
  z.strictObject({
    /** The offer's title, verbatim from the plan. */
    title: text('tilbuddets titel'),
    /** The municipality, by id. */
    municipality: slug(),
    /** A short plain Danish summary shown in lists. */
    summary: text('et kort resumé'),
    /** The date of the plan, YYYY-MM-DD, or leave out and give year. */
    date: isoDate().optional(),
    /** The year of the plan. */
    year: year(),
    /** Who the offer is for, in the source's words. */
    targetGroup: text('målgruppen'),
    /** How many citizens the offer takes. */
    capacity: z.strictObject({
      /** About how many at the start. */
      initial: z.number({ error: 'et antal borgere' }).int().min(0).optional(),
      /** The most at any time. */
      max: z.number({ error: 'et antal borgere' }).int().min(1),
    }),
    /** Success criteria and long-term goals, each with its target and how it is measured. */
    successCriteria: z
      .array(
        z.strictObject({
          /** The criterion's label, such as "Succeskriterium 1". */
          label: text('betegnelsen, fx "Succeskriterium 1"'),
          /** The criterion, verbatim. */
          text: text('kriteriet'),
          /** The target as a percentage, when the criterion has one. */
          targetPercent: z.number({ error: 'en procentsats skrevet som et tal' }).min(0).max(100).optional(),
          /** How and when it is measured, verbatim. */
          measuredBy: text('en beskrivelse af, hvordan kriteriet måles'),
          /** "kort" for success criteria, "lang" for long-term goals. */
          horizon: z.enum(['kort', 'lang'], { error: 'enten "kort" eller "lang"' }),
        }),
      )
      .default([]),
    /** The budget table. Amounts in kroner; savings as negative numbers. */
    budget: z
      .strictObject({
        /** The years, in column order. */
        years: z.array(year()).min(1),
        /** One line per cost or saving; amounts in the same order as years. */
        lines: z.array(z.strictObject({ /** The line's label, verbatim. */ label: text('linjens tekst'), /** The amount per year, in kroner. */ amounts: z.array(z.number({ error: 'et beløb i kroner skrevet som et tal' })) })).min(1),
        /** The totals as the source states them, per year; the site checks them against the lines. */
        statedTotals: z.array(z.number({ error: 'et beløb i kroner skrevet som et tal' })),
      })
      .superRefine((budget, ctx) => {
        const columns = budget.years.length;
        budget.lines.forEach((line, index) => {
          if (line.amounts.length !== columns) {
            ctx.addIssue({ code: 'custom', path: ['lines', index, 'amounts'], message: `ét beløb for hvert af de ${columns} år, i samme rækkefølge som i »years«` });
          }
        });
        if (budget.statedTotals.length !== columns) {
          ctx.addIssue({ code: 'custom', path: ['statedTotals'], message: `én samlet sum for hvert af de ${columns} år` });
        }
      })
      .optional(),
    /** What the project delivers, verbatim. */
    deliverables: z.array(text('en leverance')).default([]),
    /** The milestone plan. */
    milestones: z.array(z.strictObject({ /** When, as the source says. */ when: text('tidspunktet, som kilden skriver det'), /** What is reached. */ what: text('en beskrivelse af, hvad der skal være nået') })).default([]),
    /** Where it is described. */
    sources: citations(),
  });

export type Offer = z.infer<ReturnType<typeof offerSchema>>;
