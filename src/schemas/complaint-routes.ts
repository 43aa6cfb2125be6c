/**
 * The complaint-path wizard (klagevejviser) as data: questions whose answers lead to the next
 * question or to an outcome, and the complaint routes the outcomes use. One YAML file in
 * content/rules/ with `kind: complaint-routes`. The resolver and the graph helpers that read it
 * are in src/lib/complaints.ts and src/lib/complaint-flow.ts; checks that need the whole file
 * (every "next" exists, no loops, every question reachable) are in complaintRulesProblems there.
 */
import { z } from 'zod';
import { complaintBodies, questionTopics } from '../lib/complaint-flow.ts';
import { citation, citations, isoDate, lawRefs, slug, text } from './common.ts';

export { answerValues, complaintBodies, questionTopics, type ComplaintBody, type QuestionTopic } from '../lib/complaint-flow.ts';

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** Earlier wording in a source document (an outdated body, deadline or paragraph), shown as history beside today's rule. */
const history = () =>
  z
    .array(
      z.strictObject({
        /** The old wording, quoted verbatim from the source document. */
        wording: text('the old wording, quoted verbatim'),
        /** What changed since, in plain Danish, such as "Det Sociale Nævn blev erstattet af Ankestyrelsen 1. juli 2013". */
        change: text('what changed since, in plain Danish'),
        /** The document the old wording comes from, with where in it, such as "kapitel 3, afsnit 3.4". */
        citation: citation(),
      }),
      { error: 'a list of earlier wordings, each with "wording", "change" and "citation"' },
    )
    .default([]);

/** A list of plain Danish sentences. */
const sentences = (what: string) => z.array(text(what), { error: `a list of ${what}s, one a line starting with "- "` });

/** The ages an answer to an age question covers, such as { below: 18 } for "under 18" and { from: 18 } for "18 or over". */
const ageRange = () =>
  z.strictObject(
    {
      /** The lowest age the answer covers, such as 18; leave out for "any age below". */
      from: z.number({ error: 'an age as a whole number, such as 18' }).int({ error: 'an age as a whole number, such as 18' }).min(0, { error: 'an age of 0 or more' }).optional(),
      /** The first age the answer no longer covers, such as 18 for "under 18"; leave out for "and older". */
      below: z.number({ error: 'an age as a whole number, such as 18' }).int({ error: 'an age as a whole number, such as 18' }).min(1, { error: 'an age of 1 or more' }).optional(),
    },
    { error: 'the ages the answer covers, written as { from: 18 } or { below: 18 }' },
  );

/** One answer the citizen can pick. */
const option = () =>
  z.strictObject({
    /** The answer's short id, part of the page address and read by the resolver, such as "stoffer". */
    id: slug(),
    /** The answer as the citizen reads it, in plain Danish, such as "Stoffer". */
    label: text('the answer as the citizen reads it, in plain Danish'),
    /** A line that helps the citizen choose, such as examples, in plain Danish. */
    hint: text('a line that helps the citizen choose').optional(),
    /** For a question with "asks: alder" only: the ages this answer covers. */
    ages: ageRange().optional(),
    /** The id of the question or outcome this answer leads to. */
    next: slug(),
  });

/** One question of the wizard; the site shows one page per question. */
const question = () =>
  z.strictObject({
    /** The question's id, part of its page address, such as "emne-stoffer". Unique among questions and outcomes. */
    id: slug(),
    /** What the question asks about: "rusmiddel", "emne", "alder" or "afgørelse". */
    asks: z.enum(questionTopics, { error: `what the question asks about: one of ${quoted(questionTopics)}` }),
    /** The question, in plain Danish, addressed to the citizen as "du". */
    question: text('the question, in plain Danish, addressed to the citizen as "du"'),
    /** A line under the question that helps the citizen answer, in plain Danish. */
    hint: text('a line that helps the citizen answer').optional(),
    /** The answers, in the order shown. */
    options: z.array(option(), { error: 'a list of answers, each with "id", "label" and "next"' }).min(2, { error: 'at least two answers' }),
    /** The id of the answer a link or a check counts when it gives no answer to this question (the site's pages always ask). */
    unanswered: slug().optional(),
  });

/** One step of a complaint route, in the order the citizen takes them. */
const step = () =>
  z.strictObject({
    /** Who the complaint goes to in this step. */
    body: z.enum(complaintBodies, { error: `who the complaint goes to: one of ${quoted(complaintBodies)}` }),
    /** What happens in this step, in plain Danish, addressed to the citizen as "du". */
    text: text('what happens in this step, in plain Danish'),
  });

/** The deadline of a route. Give "weeks" or "years" when a date can be computed, "none: true" when there is no deadline, or neither when it is not known. */
const deadline = () =>
  z.strictObject(
    {
      /** The deadline in weeks from the date the citizen gives, such as 4. */
      weeks: z.number({ error: 'a number of weeks, such as 4' }).int({ error: 'a whole number of weeks, such as 4' }).min(1, { error: 'at least 1 week' }).optional(),
      /** The deadline in years from the date the citizen gives, such as 2. */
      years: z.number({ error: 'a number of years, such as 2' }).int({ error: 'a whole number of years, such as 2' }).min(1, { error: 'at least 1 year' }).optional(),
      /** true when there is no deadline. */
      none: z.literal(true, { error: 'true when there is no deadline; leave the field out otherwise' }).optional(),
      /** With "weeks" or "years": the label of the date field the deadline counts from, such as "Den dag, du fik afgørelsen". */
      dateLabel: text('the label of the date the deadline counts from').optional(),
      /** The deadline explained in plain Danish, including what happens when a complaint is late. */
      text: text('the deadline explained in plain Danish'),
    },
    { error: 'a deadline with a "text", and "weeks", "years" or "none: true"' },
  );

/** A complaint route: where the complaint goes, in which order and by when. Several outcomes may share one. */
const route = () =>
  z.strictObject({
    /** The route's id, used by outcomes, such as "kommune-og-ankestyrelsen". */
    id: slug(),
    /** true when the route leads to a complaint body that must hear the complaint (Ankestyrelsen, Styrelsen for Patientklager); false when the citizen can only complain to the municipality or the treatment place and then Folketingets Ombudsmand, or when no such body could be confirmed. */
    formalAppeal: z.boolean({ error: 'true when there is a formal complaint body, false when not' }),
    /** Where the complaint goes, step by step. */
    steps: z.array(step(), { error: 'a list of steps, each with "body" and "text"' }).min(1, { error: 'at least one step' }),
    /** By when the citizen must complain. */
    deadline: deadline(),
    /** What a complaint should contain, one item a line, in plain Danish. */
    contents: sentences('thing a complaint should contain').min(1, { error: 'at least one thing a complaint should contain' }),
    /** What the citizen can do besides or instead of a formal complaint, in plain Danish. Required when "formalAppeal" is false. */
    alternatives: sentences('thing the citizen can do instead').default([]),
    /** Other things the citizen should know, in plain Danish, such as what cannot be appealed. */
    notes: sentences('note').default([]),
    /** What could not be confirmed about the route, shown to readers as a warning. Leave out when all is confirmed. */
    unconfirmed: text('what could not be confirmed').optional(),
    /** Law ids (content/law/) the route rests on. */
    laws: lawRefs().min(1, { error: 'at least one law id from content/law/' }),
    /** Where the route comes from. */
    sources: citations(),
    /** Earlier wording of the route in the source documents (outdated bodies or deadlines). */
    history: history(),
    /** The date someone last checked the route against its sources, YYYY-MM-DD. */
    verifiedOn: isoDate(),
  });

/** An outcome: the page the citizen ends on, with the route to take. */
const outcome = () =>
  z.strictObject({
    /** The outcome's id, part of its page address, such as "social-afslag". Unique among questions and outcomes. */
    id: slug(),
    /** The id of the route (in "routes" of this file) the citizen should take. */
    route: slug(),
    /** The outcome's heading, in plain Danish, such as "Klag til kommunen over afslaget på behandling". */
    title: text('the outcome\'s heading, in plain Danish'),
    /** One to three sentences saying what applies to the citizen, in plain Danish. */
    summary: text('a plain Danish summary of what applies'),
    /** Things the citizen should know in this case, besides the route's notes, in plain Danish. */
    notes: sentences('note').default([]),
    /** What could not be confirmed about this outcome, shown to readers as a warning. Leave out when all is confirmed. */
    unconfirmed: text('what could not be confirmed').optional(),
    /** Law ids (content/law/) this outcome rests on, besides the route's. */
    laws: lawRefs().default([]),
    /** Where the outcome comes from. */
    sources: citations(),
    /** Earlier wording in the source documents for this case, besides the route's history. */
    history: history(),
    /** The date someone last checked the outcome against its sources, YYYY-MM-DD. */
    verifiedOn: isoDate(),
  });

/** The complaint-path wizard: who to complain to, in what order and by when. */
export const complaintRoutesSchema = () =>
  z.strictObject({
    /** Always "complaint-routes". */
    kind: z.literal('complaint-routes'),
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
    /** The id of the first question. */
    start: slug(),
    /** The name of each body as the citizen reads it, such as "Styrelsen for Patientklager". */
    bodies: z
      .array(
        z.strictObject({
          /** The body's id, as used in the steps of a route. */
          id: z.enum(complaintBodies, { error: `one of ${quoted(complaintBodies)}` }),
          /** The body's name as the citizen reads it, such as "Folketingets Ombudsmand". */
          name: text('the body\'s name as the citizen reads it'),
        }),
        { error: 'a list of bodies, each with "id" and "name"' },
      )
      .min(1, { error: 'at least one body' }),
    /** The questions, each with its answers. */
    questions: z.array(question(), { error: 'a list of questions' }).min(1, { error: 'at least one question' }),
    /** The complaint routes the outcomes use. */
    routes: z.array(route(), { error: 'a list of complaint routes' }).min(1, { error: 'at least one complaint route' }),
    /** The pages the wizard ends on. */
    outcomes: z.array(outcome(), { error: 'a list of outcomes' }).min(1, { error: 'at least one outcome' }),
  });

export type ComplaintRules = z.output<ReturnType<typeof complaintRoutesSchema>>;
export type ComplaintQuestion = ComplaintRules['questions'][number];
export type ComplaintOption = ComplaintQuestion['options'][number];
export type ComplaintRoute = ComplaintRules['routes'][number];
export type ComplaintOutcome = ComplaintRules['outcomes'][number];
export type ComplaintHistory = ComplaintOutcome['history'][number];
