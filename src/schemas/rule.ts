import { z } from 'zod';
import { citations, isoDate, lawRefs, slug, text } from './common.ts';
import { complaintRoutesSchema } from './complaint-routes.ts';
import { standardAreas } from './standard.ts';

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

const count = (what: string) => z.number({ error: `${what}, a whole number` }).int({ error: `${what}, a whole number` }).min(1, { error: `${what}, at least 1` });

/** The numbers in the definitions that the classifier on /behandlingsformer/ uses, with where they are written. */
const intensityThresholds = () =>
  z.strictObject({
    /** Hours that divide a long day from a short one: dagbehandling is "mere end 2 timer", ambulant dagbehandling "højst 2 timer". */
    longDayHours: z.number({ error: 'a number of hours, such as 2' }).positive({ error: 'a number of hours above 0, such as 2' }),
    /** The most days a week of ambulant behandling ("højst 2 gange om ugen"). */
    outpatientMaxDaysPerWeek: count('the most days a week of ambulant behandling, such as 2'),
    /** Ambulant behandling gives a service at least every this many days ("mindst hver 14. dag"). */
    outpatientEveryDays: count('the days between services in ambulant behandling, such as 14'),
    /** The days a week of ambulant dagbehandling and dagbehandling ("3 til 5 dage om ugen"). */
    dayTreatmentDays: z.strictObject({
      /** The fewest days, such as 3. */
      min: count('the fewest days a week, such as 3'),
      /** The most days, such as 5. */
      max: count('the most days a week, such as 5'),
    }),
    /** The other way to meet dagbehandling, as the site reads the garbled sentence: this many long days and this many short days. */
    mixedDayTreatment: z.strictObject({
      /** Long days, such as 2. */
      longDays: count('the long days, such as 2'),
      /** Short days, such as 2. */
      shortDays: count('the short days, such as 2'),
    }),
    /** Where the numbers are written. */
    sources: citations(),
  });

export type IntensityThresholds = z.output<ReturnType<typeof intensityThresholds>>;

/** Servicestyrelsen's definitions of treatment intensity (seed 002, chapter 3). */
export const intensityDefinitionsSchema = () =>
  z.strictObject({
    /** Always "intensity-definitions". */
    kind: z.literal('intensity-definitions'),
    ...ruleBase,
    /** The numbers the classifier uses. */
    thresholds: intensityThresholds(),
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

/** The id, legal bases and sources a new standard of one area starts with. */
const newStandardDefaults = () =>
  z.strictObject({
    /** The standard's id in addresses when the editor gives none, such as "social-behandling-stoffer". */
    standard: slug(),
    /** Law ids (content/law/) the new standard is issued under. */
    legalBases: lawRefs().min(1, { error: 'at least one law id' }),
    /** Sources (content/sources/) the new standard cites until the editor adds its own. */
    sources: citations(),
    /** A note the command prints after it has written the standard, in Danish; leave out when there is none. */
    note: text('a note for the editor, in plain Danish').optional(),
  });

/** The elements a quality standard must contain (BEK 1477/2019 § 4) and those the guidance adds. */
export const standardElementsSchema = () =>
  z.strictObject({
    /** Always "standard-elements". */
    kind: z.literal('standard-elements'),
    ...ruleBase,
    /** A standard must be revised at least this many years after it was adopted, such as 2. */
    revisionYears: z.number({ error: 'a number of years, such as 2' }).int({ error: 'a whole number of years, such as 2' }).min(1, { error: 'at least 1 year' }),
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
          /** What a council editor writes in the element's section, in Danish; `npm run new:standard` puts it in a comment. Link to law pages as [serviceloven § 101](/lovgrundlag/sel-101/). */
          guidance: text('what the editor writes in the section, in plain Danish').optional(),
        }),
      )
      .min(1),
    /** What `npm run new:standard` starts a standard with, for each area (stoffer, alkohol, begge). */
    newStandard: z.strictObject(
      Object.fromEntries(standardAreas.map((area) => [area, newStandardDefaults()])) as Record<(typeof standardAreas)[number], ReturnType<typeof newStandardDefaults>>,
      { error: `the defaults for each area: ${standardAreas.map((a) => `"${a}"`).join(', ')}` },
    ),
  });

/** The public holidays (helligdage) a deadline can fall on, as days of the year and days counted from Easter Sunday. */
export const publicHolidaysSchema = () =>
  z.strictObject({
    /** Always "public-holidays". */
    kind: z.literal('public-holidays'),
    ...ruleBase,
    /** Holidays on the same day every year, such as 1. juledag on 25 December. */
    fixed: z.array(
      z.strictObject({
        /** The holiday's name, such as "1. juledag". */
        name: text('the holiday\'s name'),
        /** The month, 1 to 12. */
        month: z.number({ error: 'a month from 1 to 12' }).int({ error: 'a month from 1 to 12' }).min(1, { error: 'a month from 1 to 12' }).max(12, { error: 'a month from 1 to 12' }),
        /** The day of the month, 1 to 31. */
        day: z.number({ error: 'a day from 1 to 31' }).int({ error: 'a day from 1 to 31' }).min(1, { error: 'a day from 1 to 31' }).max(31, { error: 'a day from 1 to 31' }),
      }),
      { error: 'a list of holidays, each with "name", "month" and "day"' },
    ),
    /** Holidays counted in days from Easter Sunday, such as langfredag at -2. */
    fromEaster: z.array(
      z.strictObject({
        /** The holiday's name, such as "Langfredag". */
        name: text('the holiday\'s name'),
        /** Days after Easter Sunday (before it when negative), such as -2 for langfredag. */
        days: z.number({ error: 'a whole number of days, such as -2' }).int({ error: 'a whole number of days, such as -2' }),
      }),
      { error: 'a list of holidays, each with "name" and "days"' },
    ),
  });

/** A citizen's rights, topic by topic, each rule a law entry: the page /dine-rettigheder/. */
export const rightsSchema = () =>
  z.strictObject({
    /** Always "rights". */
    kind: z.literal('rights'),
    ...ruleBase,
    /** The topics, in the order shown. */
    topics: z
      .array(
        z.strictObject({
          /** The topic's id, the anchor of its section, such as "behandlingsgaranti". */
          id: slug(),
          /** The heading, as the question a citizen asks, such as "Hvor længe må jeg vente på behandling?". */
          heading: text('the heading, as a question a citizen asks'),
          /** One or two sentences before the rules, in plain Danish. */
          intro: text('a plain Danish introduction').optional(),
          /** The rules, each a law entry whose summary is shown. */
          rules: z
            .array(
              z.strictObject({
                /** The law id (content/law/) whose summary states the rule. */
                law: slug(),
                /** Who or what the rule is for, when the topic has several, such as "Alkohol". */
                for: text('who or what the rule is for').optional(),
              }),
              { error: 'a list of rules, each with "law"' },
            )
            .min(1, { error: 'at least one rule' }),
          /** Links to the site's own pages that help further, such as the complaint guide. */
          links: z
            .array(
              z.strictObject({
                /** The link text, in plain Danish. */
                text: text('the link text'),
                /** The address of a page on this site, starting with "/", such as "/klage/". */
                href: z.string({ error: 'an address on this site starting with "/", such as "/klage/"' }).regex(/^\/[a-z0-9\-/#]*$/, { error: 'an address on this site starting with "/", such as "/klage/"' }),
              }),
            )
            .default([]),
        }),
      )
      .min(1, { error: 'at least one topic' }),
  });

/** How often the site's facts must be checked again, and how often a council must revise its standard. */
export const reviewIntervalsSchema = () =>
  z.strictObject({
    /** Always "review-intervals". */
    kind: z.literal('review-intervals'),
    ...ruleBase,
    /** A fact (a law entry, a complaint route) is due for a new check this many months after it was last checked, such as 12. */
    factsMonths: z.number({ error: 'a number of months, such as 12' }).int({ error: 'a whole number of months, such as 12' }).min(1, { error: 'at least 1 month' }),
  });

/** Paragraphs the source documents cite that have no law entry of their own, and why: shown on /lovgrundlag/. */
export const unlinkedParagraphsSchema = () =>
  z.strictObject({
    /** Always "unlinked-paragraphs". */
    kind: z.literal('unlinked-paragraphs'),
    ...ruleBase,
    /** The paragraphs, each with the reason it has no page. */
    paragraphs: z
      .array(
        z.strictObject({
          /** The paragraph as the documents cite it, such as "Serviceloven § 40". */
          paragraph: text('the paragraph as the documents cite it, such as "Serviceloven § 40"'),
          /** Where the documents cite it, such as "Inspirationskataloget, kapitel 3". */
          citedIn: text('where the documents cite it'),
          /** Why it has no page of its own, in plain Danish. */
          reason: text('why the paragraph has no page of its own, in plain Danish'),
        }),
        { error: 'a list of paragraphs, each with "paragraph", "citedIn" and "reason"' },
      )
      .min(1, { error: 'at least one paragraph' }),
  });

/** Every kind of rule file, told apart by its "kind" field. */
export const ruleSchema = () =>
  z.discriminatedUnion('kind', [intensityDefinitionsSchema(), standardElementsSchema(), complaintRoutesSchema(), publicHolidaysSchema(), rightsSchema(), reviewIntervalsSchema(), unlinkedParagraphsSchema()], {
    error: 'a "kind" field saying which rules the file holds: "intensity-definitions", "standard-elements", "complaint-routes", "public-holidays", "rights", "review-intervals" or "unlinked-paragraphs"',
  });

export type Rule = z.infer<ReturnType<typeof ruleSchema>>;
