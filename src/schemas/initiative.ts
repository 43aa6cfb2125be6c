import { z } from 'zod';
import { citations, text, year } from './common.ts';

/** The development phases of the national programme (UIP), in order. */
export const initiativePhases = ['screening', 'modning', 'afproevning', 'udbredelse'] as const;

/** An amount of money, as a plain number (no thousands separators, decimals with a point). */
const amount = () => z.number({ error: 'et beløb skrevet som et tal med punktum før decimalerne, fx 12.5 (uden "kr." og uden punktummer mellem tusinder)' });

/**
 * A national development initiative of the UIP programme (seed 004). One YAML file per initiative:
 * content/initiatives/<id>.yaml.
 */
export const initiativeSchema = () =>
  z.strictObject({
    /** The annex number in the programme document, such as 1 for "Bilag 1". */
    number: z.number({ error: 'bilagets nummer, fx 1' }).int().min(1),
    /** The title, verbatim. */
    title: text('initiativets titel'),
    /** Who can receive the grant, such as ["Kommuner", "Socialstyrelsen"]. */
    recipients: z.array(text('en modtager af tilskuddet')).min(1, { error: 'mindst én modtager af tilskuddet' }),
    /** The purpose, in the source's words (shortened only by leaving out whole sentences). */
    purpose: text('formålet'),
    /** Who the initiative is for. */
    targetGroup: z.strictObject({
      /** The target group as the source describes it. */
      description: text('målgruppen, som kilden beskriver den'),
      /** The youngest age in the target group, if the source gives one. */
      ageFrom: z.number({ error: 'en alder skrevet som et tal' }).int().min(0).optional(),
      /** The oldest age in the target group, if the source gives one. */
      ageTo: z.number({ error: 'en alder skrevet som et tal' }).int().min(0).optional(),
    }),
    /** The budget as the source gives it. */
    budget: z.strictObject({
      /** The unit, such as "mio. kr.". */
      unit: text('enheden, fx "mio. kr."'),
      /** The price level, such as "2020-pl", if stated. */
      priceLevel: text('prisniveauet').optional(),
      /** The amount for each year. */
      years: z.array(z.strictObject({ /** The budget year. */ year: year(), /** The amount that year. */ amount: amount() })).min(1, { error: 'mindst ét budgetår' }),
      /** The total as the source states it; the site checks it against the sum of the years. */
      total: amount().optional(),
    }),
    /** The development phase. */
    phase: z.enum(initiativePhases, { error: `en af faserne ${initiativePhases.map((p) => `"${p}"`).join(', ')}` }),
    /** How long the initiative runs, as the source says, such as "2020-2023". */
    duration: text('varigheden').optional(),
    /** The planned steps in time. */
    timeline: z.array(z.strictObject({ /** When, as the source says, such as "2020". */ when: text('tidspunktet, som kilden skriver det'), /** What happens then. */ what: text('en beskrivelse af, hvad der sker') })).default([]),
    /** The success criteria, verbatim. */
    successCriteria: z.array(text('et succeskriterium')).default([]),
    /** How the initiative is evaluated. */
    evaluation: text('en beskrivelse af, hvordan initiativet evalueres').optional(),
    /** Where it is described. */
    sources: citations(),
  });

export type Initiative = z.infer<ReturnType<typeof initiativeSchema>>;
