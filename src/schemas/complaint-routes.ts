/**
 * The complaint-path wizard (klagevejviser) as data: questions whose answers lead to the next
 * question or to an outcome, the complaint routes the outcomes use, and the words the wizard knows
 * (topics and their values, bodies, contacts). One YAML file in content/rules/ with
 * `kind: complaint-routes`. An editor can add a question, an answer or a body in the file alone;
 * the checks that need the whole file (every "next" exists, no loops, every answer known) are in
 * src/domain/complaints/flow.ts (complaintRulesProblems).
 */
import { z } from 'zod';
import { citation, citations, isoDate, lawRefs, slug, text } from './common.ts';

/** Earlier wording in a source document (an outdated body, deadline or paragraph), shown as history below today's rule. */
const history = () =>
  z
    .array(
      z.strictObject({
        /** The old wording, quoted verbatim from the source document. */
        wording: text('den gamle formulering, citeret ordret'),
        /** What changed since, in plain Danish, such as "Det Sociale Nævn blev erstattet af Ankestyrelsen 1. juli 2013". */
        change: text('en beskrivelse på letforståeligt dansk af, hvad der er ændret siden'),
        /** The document the old wording comes from, with where in it, such as "kapitel 3, afsnit 3.4". */
        citation: citation(),
      }),
      { error: 'en liste af tidligere formuleringer, hver med »wording«, »change« og »citation«' },
    )
    .default([]);

/** A list of plain Danish sentences. */
const sentences = (what: string) => z.array(text(what), { error: `en liste, hvor hver linje begynder med "- " og er ${what}` });

/** Something the wizard asks about, such as "rusmiddel", with the answers it can have. */
const topic = () =>
  z.strictObject({
    /** The topic's id, used in a question's "asks" and in an answer's "means", such as "rusmiddel". */
    id: slug(),
    /** What the topic is, in plain Danish, for editors and for "Dine svar", such as "Behandling". */
    label: text('en forklaring på letforståeligt dansk af, hvad emnet er'),
    /** The values an answer can give the topic, such as [stoffer, alkohol]. Every question that asks the topic must offer every value. */
    values: z.array(slug(), { error: 'en liste af værdier, fx [stoffer, alkohol]' }).min(2, { error: 'mindst to værdier' }),
    /** The value the wizard assumes when a case does not say, such as "18-eller-over"; leave out when it must be asked. */
    assumed: slug().optional(),
  });

/** One answer the citizen can pick. */
const option = () =>
  z.strictObject({
    /** The answer's short id, part of the page address, such as "stoffer". */
    id: slug(),
    /** The answer as the citizen reads it, in plain Danish, such as "Stoffer". */
    label: text('svaret, som borgeren læser det, på letforståeligt dansk'),
    /** A line that helps the citizen choose, such as examples, in plain Danish. */
    hint: text('en linje, der hjælper borgeren med at vælge').optional(),
    /** What the answer tells about the citizen's case, as topic: value pairs, such as { rusmiddel: stoffer, alder: under-18 }. Leave out when the answer's id is the value of the topic the question asks. */
    means: z.record(slug(), slug(), { error: 'par af emne: værdi, fx { rusmiddel: stoffer, alder: under-18 }' }).optional(),
    /** The id of the question or outcome this answer leads to. */
    next: slug(),
  });

/** One question of the wizard; the site shows one page per question. */
const question = () =>
  z.strictObject({
    /** The question's id, part of its page address, such as "emne-stoffer". Unique among questions and outcomes. */
    id: slug(),
    /** The topic (in "topics") the question asks about, such as "rusmiddel". */
    asks: slug(),
    /** The question, in plain Danish, addressed to the citizen as "du". */
    question: text('spørgsmålet på letforståeligt dansk, hvor borgeren kaldes "du"'),
    /** A line under the question that helps the citizen answer, in plain Danish. */
    hint: text('en linje, der hjælper borgeren med at svare').optional(),
    /** The answers, in the order shown. */
    options: z.array(option(), { error: 'en liste af svar, hver med »id«, »label« og »next«' }).min(2, { error: 'mindst to svar' }),
  });

/** One step of a complaint route, in the order the citizen takes them. */
const step = () =>
  z.strictObject({
    /** Who the complaint goes to in this step: the id of a body in "bodies". */
    body: slug(),
    /** What happens in this step, in plain Danish, addressed to the citizen as "du". */
    text: text('en beskrivelse på letforståeligt dansk af, hvad der sker i dette trin'),
  });

const weeks = () => z.number({ error: 'et antal uger, fx 4' }).int({ error: 'et helt antal uger, fx 4' }).min(1, { error: 'mindst 1 uge' });
const years = () => z.number({ error: 'et antal år, fx 2' }).int({ error: 'et helt antal år, fx 2' }).min(1, { error: 'mindst 1 år' });

/** The deadline of a route. Give "weeks" or "years" when a date can be computed, "none: true" when there is no deadline, or neither when it is not known. */
const deadline = () =>
  z.strictObject(
    {
      /** The deadline in weeks from the date the citizen gives, such as 4. */
      weeks: weeks().optional(),
      /** The deadline in years from the date the citizen gives, such as 2. */
      years: years().optional(),
      /** true when there is no deadline. */
      none: z.literal(true, { error: 'true, når der ikke er nogen frist (ellers skal du slette feltet)' }).optional(),
      /** With "weeks" or "years": the label of the date field the deadline counts from, such as "Den dag, du fik afgørelsen". */
      dateLabel: text('teksten ved den dato, fristen tælles fra').optional(),
      /** With "weeks" or "years": the same date as the citizen writes it in a complaint, such as "Jeg fik afgørelsen den". */
      letterDate: text('datoen i klagebrevet, fx "Jeg fik afgørelsen den"').optional(),
      /** The deadline explained in plain Danish, including what happens when a complaint is late. */
      text: text('fristen forklaret på letforståeligt dansk'),
    },
    { error: 'en frist med »text« og med »weeks«, »years« eller none: true' },
  );

/** A date the law promises, counted from a day the citizen gives, such as the start of treatment 14 days after asking. */
const promisedDate = () =>
  z.strictObject({
    /** The number of days after the citizen's date, such as 14. */
    days: z.number({ error: 'et antal dage, fx 14' }).int({ error: 'et helt antal dage, fx 14' }).min(1, { error: 'mindst 1 dag' }),
    /** The label of the date field, such as "Den dag, du bad kommunen om hjælp". */
    dateLabel: text('teksten ved den dato, løftet tælles fra'),
    /** The start of the sentence that shows the result, such as "Behandlingen skulle senest være begyndt". */
    resultLabel: text('starten af den sætning, der viser den lovede dato'),
    /** The same date as the citizen writes it in a complaint, such as "Jeg bad kommunen om hjælp den". */
    letterDate: text('datoen i klagebrevet, fx "Jeg bad kommunen om hjælp den"'),
    /** Law ids (content/law/) the promise rests on. */
    laws: lawRefs().min(1, { error: 'mindst ét id på en lovhenvisning i content/law/' }),
  });

/** One part of a complaint: what it must say, and its heading in the letter the citizen writes. */
const contentItem = () =>
  z.strictObject(
    {
      /** What the complaint must say, addressed to the citizen, such as "Hvem du er, fx dit navn og din adresse". */
      what: text('en beskrivelse på letforståeligt dansk af, hvad klagen skal sige'),
      /** The heading of this part in the citizen's letter, in the first person, such as "Hvem jeg er". */
      heading: text('overskriften i brevet, fx "Hvem jeg er"'),
    },
    { error: 'en del af klagen med »what« og »heading«' },
  );

/** A complaint route: where the complaint goes, in which order and by when. Several outcomes may share one. */
const route = () =>
  z.strictObject({
    /** The route's id, used by outcomes, such as "kommune-og-ankestyrelsen". */
    id: slug(),
    /** true when the route leads to a complaint body that must hear the complaint (Ankestyrelsen, Styrelsen for Patientklager); false when the citizen can only complain to the municipality or the treatment place and then Folketingets Ombudsmand, or when no such body could be confirmed. */
    formalAppeal: z.boolean({ error: 'true, når der er en formel klageinstans, og false, når der ikke er' }),
    /** The sentence before the steps, in plain Danish; leave out for the usual one, which says whether there is a formal complaint body. */
    intro: text('sætningen før trinnene, på letforståeligt dansk').optional(),
    /** How the citizen sends the complaint, in plain Danish, such as "Send klagen til kommunen som brev eller e-mail." Shown with the letter template. */
    send: text('en beskrivelse på letforståeligt dansk af, hvordan borgeren sender klagen'),
    /** Where the complaint goes, step by step. The first step's body is the one the complaint letter is addressed to. */
    steps: z.array(step(), { error: 'en liste af trin, hver med »body« og »text«' }).min(1, { error: 'mindst ét trin' }),
    /** By when the citizen must complain. */
    deadline: deadline(),
    /** A date the law promises, which the page can compute from a date the citizen gives (for a route whose deadline has no period). */
    promised: promisedDate().optional(),
    /** What a complaint should contain, in order; the letter template has one heading for each. */
    contents: z.array(contentItem(), { error: 'en liste af dele, hver med »what« og »heading«' }).min(1, { error: 'mindst én ting, en klage skal indeholde' }),
    /** Who the citizen can talk to now: ids of "contacts". */
    contacts: z.array(slug(), { error: 'en liste af id\'er på kontakter fra »contacts«' }).default([]),
    /** What the citizen can do besides or instead of a formal complaint, in plain Danish. Required when "formalAppeal" is false. */
    alternatives: sentences('noget, borgeren kan gøre i stedet').default([]),
    /** Other things the citizen should know, in plain Danish, such as what cannot be appealed. */
    notes: sentences('en note').default([]),
    /** What could not be confirmed about the route, shown to readers as a warning. Leave out when all is confirmed. */
    unconfirmed: text('en beskrivelse af, hvad der ikke har kunnet bekræftes').optional(),
    /** Law ids (content/law/) the route rests on. */
    laws: lawRefs().min(1, { error: 'mindst ét id på en lovhenvisning i content/law/' }),
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
    title: text('slutsidens overskrift på letforståeligt dansk'),
    /** One to three sentences saying what applies to the citizen, in plain Danish. */
    summary: text('et resumé på letforståeligt dansk af, hvad der gælder'),
    /** The subject line of the citizen's complaint letter, such as "Klage over afslag på social behandling for brug af stoffer". */
    subject: text('emnelinjen i klagebrevet'),
    /** Things the citizen should know in this case, besides the route's notes, in plain Danish. */
    notes: sentences('en note').default([]),
    /** What could not be confirmed about this outcome, shown to readers as a warning. Leave out when all is confirmed. */
    unconfirmed: text('en beskrivelse af, hvad der ikke har kunnet bekræftes').optional(),
    /** Law ids (content/law/) this outcome rests on, besides the route's. */
    laws: lawRefs().default([]),
    /** Where the outcome comes from. */
    sources: citations(),
    /** Earlier wording in the source documents for this case, besides the route's history. */
    history: history(),
    /** The date someone last checked the outcome against its sources, YYYY-MM-DD. */
    verifiedOn: isoDate(),
  });

/** A body a complaint can go to, such as the municipality or Ankestyrelsen. */
const body = () =>
  z.strictObject({
    /** The body's id, as used in the steps of a route, such as "ankestyrelsen". */
    id: slug(),
    /** The body's name as the citizen reads it, such as "Folketingets Ombudsmand". */
    name: text('modtagerens navn, som borgeren læser det'),
    /** The body's own page on complaints, when it has one. */
    url: z.url({ protocol: /^https$/, error: 'en fuld webadresse, der begynder med https://' }).optional(),
  });

/** Someone a citizen can talk to now, such as a counselling line. */
const contact = () =>
  z.strictObject({
    /** The contact's id, used in a route's "contacts". */
    id: slug(),
    /** The name, such as "Børns Vilkår". */
    name: text('kontaktens navn'),
    /** What they can help with, in plain Danish. */
    text: text('en beskrivelse på letforståeligt dansk af, hvad kontakten kan hjælpe med'),
    /** The contact's web page, when it has one. */
    url: z.url({ protocol: /^https$/, error: 'en fuld webadresse, der begynder med https://' }).optional(),
    /** The phone number as it is written, such as "35 55 55 59". */
    phone: z.string({ error: 'et telefonnummer, fx "35 55 55 59"' }).regex(/^\+?[0-9 ]{6,20}$/, { error: 'et telefonnummer af tal og mellemrum, fx "35 55 55 59"' }).optional(),
    /** Where the contact's details were read. */
    sources: citations(),
    /** The date someone last checked the contact details against their source, YYYY-MM-DD. */
    verifiedOn: isoDate(),
  });

/** What the site tells a citizen whose deadline falls on a Saturday, Sunday or public holiday. */
const holidayDeadline = () =>
  z.strictObject({
    /** true when the rule is confirmed from its sources. */
    confirmed: z.boolean({ error: 'true, når reglen er bekræftet, og false, når den ikke er' }),
    /** The rule, or what is not known and what to do, in plain Danish. */
    text: text('reglen eller rådet på letforståeligt dansk'),
    /** Law ids (content/law/) the rule rests on, if any. */
    laws: lawRefs().default([]),
    /** Where the rule was looked for. */
    sources: citations(),
    /** The date someone last checked, YYYY-MM-DD. */
    verifiedOn: isoDate(),
  });

/** The complaint-path wizard: who to complain to, in what order and by when. */
export const complaintRoutesSchema = () =>
  z.strictObject({
    /** Always "complaint-routes". */
    kind: z.literal('complaint-routes'),
    /** The rule set's title, shown as a heading. */
    title: text('titlen på reglerne'),
    /** What the rules are for, in plain Danish. */
    summary: text('et resumé på letforståeligt dansk'),
    /** The date someone last checked the rules against their sources, YYYY-MM-DD. */
    verifiedOn: isoDate(),
    /** Law ids (content/law/) the rules rest on. */
    laws: lawRefs().default([]),
    /** Where the rules come from. */
    sources: citations(),
    /** Words people search with for the complaint guide, such as "klagebrev" or "hvor skal jeg klage". */
    searchWords: z.array(text('et søgeord')).default([]),
    /** The id of the first question. */
    start: slug(),
    /** What the questions ask about, and the values their answers can have. */
    topics: z.array(topic(), { error: 'en liste af emner, hver med »id«, »label« og »values«' }).min(1, { error: 'mindst ét emne' }),
    /** The bodies a complaint can go to, with their names as the citizen reads them. */
    bodies: z.array(body(), { error: 'en liste af modtagere, hver med »id« og »name«' }).min(1, { error: 'mindst én modtager' }),
    /** People a citizen can talk to now, used by routes' "contacts". */
    contacts: z.array(contact(), { error: 'en liste af kontakter, hver med »id«, »name«, »text« og »sources«' }).default([]),
    /** What to do when a computed deadline falls on a Saturday, Sunday or public holiday. */
    holidayDeadline: holidayDeadline(),
    /** The questions, each with its answers. */
    questions: z.array(question(), { error: 'en liste af spørgsmål' }).min(1, { error: 'mindst ét spørgsmål' }),
    /** The complaint routes the outcomes use. */
    routes: z.array(route(), { error: 'en liste af klageveje' }).min(1, { error: 'mindst én klagevej' }),
    /** The pages the wizard ends on. */
    outcomes: z.array(outcome(), { error: 'en liste af slutsider' }).min(1, { error: 'mindst én slutside' }),
  });

export type ComplaintRules = z.output<ReturnType<typeof complaintRoutesSchema>>;
export type ComplaintQuestion = ComplaintRules['questions'][number];
export type ComplaintOption = ComplaintQuestion['options'][number];
export type ComplaintRoute = ComplaintRules['routes'][number];
export type ComplaintOutcome = ComplaintRules['outcomes'][number];
export type ComplaintHistory = ComplaintOutcome['history'][number];
export type ComplaintContact = ComplaintRules['contacts'][number];
export type ComplaintContentItem = ComplaintRoute['contents'][number];
export type HolidayDeadline = ComplaintRules['holidayDeadline'];
