import { z } from 'zod';
import { citations, isoDate, lawRefs, slug, text } from './common.ts';
import { complaintRoutesSchema } from './complaint-routes.ts';

/** The intensity levels of Servicestyrelsen's definitions, from least to most intensive. */
export const intensityLevels = ['ad-hoc', 'ambulant', 'ambulant-dagbehandling', 'dagbehandling', 'doegnbehandling'] as const;

/** Fields every rule file has: decision data a citizen relies on must say where it comes from and when it was checked. */
const ruleBase = {
  /** The rule set's title, shown as a heading. */
  title: text('the title of the rule set'),
  /** What the rules are for, in plain Danish. */
  summary: text('a plain Danish summary'),
  /** The date someone last checked the rules against their sources, YYYY-MM-DD. */
  verifiedOn: isoDate(),
  /** Law ids (content/law/) the rules rest on. */
  laws: lawRefs().default([]),
  /** Where the rules come from. */
  sources: citations(),
};

/** Servicestyrelsen's definitions of treatment intensity (seed 002, chapter 3). */
export const intensityDefinitionsSchema = () =>
  z.strictObject({
    /** Always "intensity-definitions". */
    kind: z.literal('intensity-definitions'),
    ...ruleBase,
    /** One definition per level, from least to most intensive. */
    levels: z
      .array(
        z.strictObject({
          /** The level's id. */
          id: z.enum(intensityLevels, { error: `one of ${intensityLevels.map((l) => `"${l}"`).join(', ')}` }),
          /** The level's name as the source writes it, such as "Ambulant dagbehandling". */
          name: text('the level\'s name'),
          /** The definition, verbatim from the source. */
          definition: text('the definition, verbatim'),
          /** How the site reads the definition where the source is unclear, in plain Danish. */
          interpretation: text('the interpretation').optional(),
          /** What follows from the level for the citizen (visitation, free choice), each statement with the law ids it rests on. */
          consequences: z
            .array(
              z.strictObject({
                /** The statement, in plain Danish. */
                text: text('a plain Danish statement of what follows'),
                /** Law ids (content/law/) the statement rests on. */
                laws: lawRefs(),
              }),
            )
            .default([]),
        }),
      )
      .min(1),
  });

/** The elements a quality standard must contain (BEK 1477/2019 § 4) and those the guidance adds. */
export const standardElementsSchema = () =>
  z.strictObject({
    /** Always "standard-elements". */
    kind: z.literal('standard-elements'),
    ...ruleBase,
    /** The elements in the order of the order and the guidance. */
    elements: z
      .array(
        z.strictObject({
          /** A short id used by standards' sections, such as "frit-valg". */
          id: slug(),
          /** The number in § 4 of the order; leave out for elements only the guidance describes. */
          number: z.number({ error: 'the number in § 4, such as 7' }).int().min(1).optional(),
          /** The element, in plain Danish. */
          title: text('the element, in plain Danish'),
          /** "bekendtgoerelse" when § 4 requires it, "vejledning" when the guidance describes it. */
          basis: z.enum(['bekendtgoerelse', 'vejledning'], { error: 'either "bekendtgoerelse" or "vejledning"' }),
        }),
      )
      .min(1),
  });

/** Every kind of rule file, told apart by its "kind" field. */
export const ruleSchema = () =>
  z.discriminatedUnion('kind', [intensityDefinitionsSchema(), standardElementsSchema(), complaintRoutesSchema()], {
    error: 'a "kind" field saying which rules the file holds: "intensity-definitions", "standard-elements" or "complaint-routes"',
  });

export type Rule = z.infer<ReturnType<typeof ruleSchema>>;
