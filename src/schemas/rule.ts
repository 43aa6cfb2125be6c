import { z } from 'zod';
import { citations, isoDate, lawRefs, slug, text } from './common.ts';
import { complaintRoutesSchema } from './complaint-routes.ts';
import { standardAreas } from './standard.ts';

/** The intensity levels of Servicestyrelsen's definitions, from least to most intensive. */
export const intensityLevels = ['ad-hoc', 'ambulant', 'ambulant-dagbehandling', 'dagbehandling', 'doegnbehandling'] as const;

/** Fields every rule file has: decision data a citizen relies on must say where it comes from and when it was checked. */
const ruleBase = {
  /** The rule set's title, shown as a heading. */
  title: text('titlen på reglerne'),
  /** What the rules are for, in plain Danish. */
  summary: text('et resumé på letforståeligt dansk'),
  /** The date someone last checked the rules against their sources, YYYY-MM-DD. When a check finds no newer text to check against, leave the date and say so in "checkNote". */
  verifiedOn: isoDate(),
  /** What the last check could not read or confirm, in plain Danish; shown beside the check date. */
  checkNote: text('en beskrivelse af, hvad kontrollen ikke kunne læse eller bekræfte').optional(),
  /** Law ids (content/law/) the rules rest on. */
  laws: lawRefs().default([]),
  /** Where the rules come from. */
  sources: citations(),
};

const count = (what: string) => z.number({ error: `${what} (et helt tal)` }).int({ error: `${what} (et helt tal)` }).min(1, { error: `${what} (mindst 1)` });

/** The numbers in the definitions that the classifier on /behandlingsformer/ uses, with where they are written. */
const intensityThresholds = () =>
  z.strictObject({
    /** Hours that divide a long day from a short one: dagbehandling is "mere end 2 timer", ambulant dagbehandling "højst 2 timer". */
    longDayHours: z.number({ error: 'et antal timer, fx 2' }).positive({ error: 'et antal timer over 0, fx 2' }),
    /** The most days a week of ambulant behandling ("højst 2 gange om ugen"). */
    outpatientMaxDaysPerWeek: count('det højeste antal dage om ugen med ambulant behandling, fx 2'),
    /** Ambulant behandling gives a service at least every this many days ("mindst hver 14. dag"). */
    outpatientEveryDays: count('antallet af dage mellem ydelserne i ambulant behandling, fx 14'),
    /** The days a week of ambulant dagbehandling and dagbehandling ("3 til 5 dage om ugen"). */
    dayTreatmentDays: z.strictObject({
      /** The fewest days, such as 3. */
      min: count('det laveste antal dage om ugen, fx 3'),
      /** The most days, such as 5. */
      max: count('det højeste antal dage om ugen, fx 5'),
    }),
    /** The other way to meet dagbehandling, as the site reads the garbled sentence: this many long days and this many short days. */
    mixedDayTreatment: z.strictObject({
      /** Long days, such as 2. */
      longDays: count('antallet af lange dage, fx 2'),
      /** Short days, such as 2. */
      shortDays: count('antallet af korte dage, fx 2'),
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
          id: z.enum(intensityLevels, { error: `en af ${intensityLevels.map((l) => `"${l}"`).join(', ')}` }),
          /** The level's name as the source writes it, such as "Ambulant dagbehandling". */
          name: text('niveauets navn'),
          /** The definition, verbatim from the source. */
          definition: text('definitionen, ordret'),
          /** How the site reads the definition where the source is unclear, in plain Danish. */
          interpretation: text('fortolkningen').optional(),
          /** What follows from the level for the citizen (visitation, free choice), each statement with the law ids it rests on. */
          consequences: z
            .array(
              z.strictObject({
                /** The statement, in plain Danish. */
                text: text('en sætning på letforståeligt dansk om, hvad der følger af niveauet'),
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
    legalBases: lawRefs().min(1, { error: 'mindst ét id på en lovhenvisning' }),
    /** Sources (content/sources/) the new standard cites until the editor adds its own. */
    sources: citations(),
    /** A note the command prints after it has written the standard, in Danish; leave out when there is none. */
    note: text('en note til redaktøren på letforståeligt dansk').optional(),
  });

/** The elements a quality standard must contain (BEK 1477/2019 § 4) and those the guidance adds. */
export const standardElementsSchema = () =>
  z.strictObject({
    /** Always "standard-elements". */
    kind: z.literal('standard-elements'),
    ...ruleBase,
    /** A standard must be revised at least this many years after it was adopted, such as 2. */
    revisionYears: z.number({ error: 'et antal år, fx 2' }).int({ error: 'et helt antal år, fx 2' }).min(1, { error: 'mindst 1 år' }),
    /** The elements in the order of the order and the guidance. */
    elements: z
      .array(
        z.strictObject({
          /** A short id used by standards' sections, such as "frit-valg". */
          id: slug(),
          /** The number in § 4 of the order; leave out for elements only the guidance describes. */
          number: z.number({ error: 'nummeret i § 4, fx 7' }).int().min(1).optional(),
          /** The element, in plain Danish. */
          title: text('emnet på letforståeligt dansk'),
          /** "bekendtgoerelse" when § 4 requires it, "vejledning" when the guidance describes it. */
          basis: z.enum(['bekendtgoerelse', 'vejledning'], { error: 'enten "bekendtgoerelse" eller "vejledning"' }),
          /** What a council editor writes in the element's section, in Danish; `npm run new:standard` puts it in a comment. Link to law pages as [serviceloven § 101](/lovgrundlag/sel-101/). */
          guidance: text('en vejledning på letforståeligt dansk i, hvad redaktøren skriver i afsnittet').optional(),
          /** Words and phrases a section about the element uses, in its heading or text, such as "ventetid"; `npm run import:standard` maps a council's sections to elements by them. Each matches at the start of a word, so "klage" also finds "klageadgang". */
          keywords: z.array(text('et ord eller udtryk, fx "ventetid"'), { error: 'en liste af ord og udtryk, fx [ventetid, "14 dage"]' }).optional(),
        }),
      )
      .min(1),
    /** What `npm run new:standard` starts a standard with, for each area (stoffer, alkohol, begge). */
    newStandard: z.strictObject(
      Object.fromEntries(standardAreas.map((area) => [area, newStandardDefaults()])) as Record<(typeof standardAreas)[number], ReturnType<typeof newStandardDefaults>>,
      { error: `standardværdierne for hvert område: ${standardAreas.map((a) => `"${a}"`).join(', ')}` },
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
        name: text('helligdagens navn'),
        /** The month, 1 to 12. */
        month: z.number({ error: 'en måned fra 1 til 12' }).int({ error: 'en måned fra 1 til 12' }).min(1, { error: 'en måned fra 1 til 12' }).max(12, { error: 'en måned fra 1 til 12' }),
        /** The day of the month, 1 to 31. */
        day: z.number({ error: 'en dag fra 1 til 31' }).int({ error: 'en dag fra 1 til 31' }).min(1, { error: 'en dag fra 1 til 31' }).max(31, { error: 'en dag fra 1 til 31' }),
      }),
      { error: 'en liste af helligdage, hver med »name«, »month« og »day«' },
    ),
    /** Holidays counted in days from Easter Sunday, such as langfredag at -2. */
    fromEaster: z.array(
      z.strictObject({
        /** The holiday's name, such as "Langfredag". */
        name: text('helligdagens navn'),
        /** Days after Easter Sunday (before it when negative), such as -2 for langfredag. */
        days: z.number({ error: 'et helt antal dage, fx -2' }).int({ error: 'et helt antal dage, fx -2' }),
      }),
      { error: 'en liste af helligdage, hver med »name« og »days«' },
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
          heading: text('overskriften, skrevet som et spørgsmål, en borger stiller'),
          /** One or two sentences before the rules, in plain Danish. */
          intro: text('en indledning på letforståeligt dansk').optional(),
          /** The rules, each a law entry whose summary is shown. */
          rules: z
            .array(
              z.strictObject({
                /** The law id (content/law/) whose summary states the rule. */
                law: slug(),
                /** Who or what the rule is for, when the topic has several, such as "Alkohol". */
                for: text('en tekst om, hvem eller hvad reglen gælder for, fx "Alkohol"').optional(),
              }),
              { error: 'en liste af regler, hver med »law«' },
            )
            .min(1, { error: 'mindst én regel' }),
          /** Links to the site's own pages that help further, such as the complaint guide. */
          links: z
            .array(
              z.strictObject({
                /** The link text, in plain Danish. */
                text: text('linkets tekst'),
                /** The address of a page on this site, starting with "/", such as "/klage/". */
                href: z.string({ error: 'en adresse på Rusmiddelguiden, der begynder med "/", fx "/klage/"' }).regex(/^\/[a-z0-9\-/#]*$/, { error: 'en adresse på Rusmiddelguiden, der begynder med "/", fx "/klage/"' }),
              }),
            )
            .default([]),
        }),
      )
      .min(1, { error: 'mindst ét emne' }),
  });

/** How often the site's facts must be checked again, and how often a council must revise its standard. */
export const reviewIntervalsSchema = () =>
  z.strictObject({
    /** Always "review-intervals". */
    kind: z.literal('review-intervals'),
    ...ruleBase,
    /** A fact (a law entry, a complaint route) is due for a new check this many months after it was last checked, such as 12. */
    factsMonths: z.number({ error: 'et antal måneder, fx 12' }).int({ error: 'et helt antal måneder, fx 12' }).min(1, { error: 'mindst 1 måned' }),
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
          paragraph: text('paragraffen, som dokumenterne henviser til den, fx "Serviceloven § 40"'),
          /** Where the documents cite it, such as "Inspirationskataloget, kapitel 3". */
          citedIn: text('stedet i dokumenterne, der henviser til paragraffen, fx "Inspirationskataloget, kapitel 3"'),
          /** Why it has no page of its own, in plain Danish. */
          reason: text('en forklaring på letforståeligt dansk af, hvorfor paragraffen ikke har sin egen side'),
        }),
        { error: 'en liste af paragraffer, hver med »paragraph«, »citedIn« og »reason«' },
      )
      .min(1, { error: 'mindst én paragraf' }),
  });

/** Every kind of rule file, told apart by its "kind" field. */
export const ruleSchema = () =>
  z.discriminatedUnion('kind', [intensityDefinitionsSchema(), standardElementsSchema(), complaintRoutesSchema(), publicHolidaysSchema(), rightsSchema(), reviewIntervalsSchema(), unlinkedParagraphsSchema()], {
    error: 'en af de slags regler, en regelfil kan have: "intensity-definitions", "standard-elements", "complaint-routes", "public-holidays", "rights", "review-intervals" og "unlinked-paragraphs"',
  });

export type Rule = z.infer<ReturnType<typeof ruleSchema>>;
