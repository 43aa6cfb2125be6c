/**
 * The complaint-path wizard (klagevejviser) as a graph: questions whose answers lead to the next
 * question or to an outcome, read from content/rules/complaint-routes.yaml (schema in
 * src/schemas/complaint-routes.ts). Pure functions with type imports only, so the pages and the
 * browser island can import this module without pulling in zod or a YAML parser.
 *
 * Every word the wizard knows is in the data: the topics a question can ask about and their values,
 * the bodies, the contacts. This module walks the graph, picks the answer that matches what is
 * known of a case, and merges an outcome with its route.
 */
import type { ComplaintContact, ComplaintContentItem, ComplaintHistory, ComplaintOption, ComplaintOutcome, ComplaintQuestion, ComplaintRoute, ComplaintRules } from '../../schemas/complaint-routes.ts';
import { addPeriod, isIsoDate, lastWorkingDayBefore, nonWorkingDay, type HolidayDefinitions, type Period } from '../dates.ts';

/** What is known of a citizen's case: a value for each topic answered, such as { rusmiddel: "stoffer", alder: "under-18" }. */
export type CaseFacts = Record<string, string>;

/** The resolver's input: what is known of the case, plus the date the decision was received. */
export interface ComplaintInput {
  /** A value for each topic answered, such as { rusmiddel: "stoffer", emne: "afgoerelse" }. */
  facts: CaseFacts;
  /** The date the decision was received (or, for health complaints, the date the citizen learned of what they complain about), YYYY-MM-DD. */
  receivedOn?: string;
}

/** A question or an outcome, found by its id. */
export type FlowNode = { kind: 'question'; id: string; question: ComplaintQuestion } | { kind: 'outcome'; id: string; outcome: ComplaintOutcome };

/** One answered question on a path: the question, the chosen option and what it tells of the case. */
export interface PathStep {
  /** The question's id. */
  question: string;
  /** The chosen option's id (the URL segment). */
  option: string;
  /** What the answer tells of the case, topic by topic. */
  means: CaseFacts;
}

/** A complete way through the wizard: the answers in order and the outcome they end on. */
export interface FlowPath {
  steps: PathStep[];
  /** The outcome's id. */
  outcome: string;
}

/** A date the page computes from a date the citizen gives: a complaint deadline or a date the law promises. */
export interface DateCalculation {
  /** "deadline" for the last day to complain; "promised" for a date the law promises, such as the start of treatment. */
  kind: 'deadline' | 'promised';
  period: Period;
  /** The label of the date field. */
  dateLabel: string;
  /** The start of the sentence that shows the result, such as "Din frist er". */
  resultLabel: string;
  /** The same date as the citizen writes it in a complaint, such as "Jeg fik afgørelsen den". */
  letterDate: string;
}

/** Everything an outcome page shows: the outcome merged with its route. */
export interface ComplaintResult {
  /** The outcome's id (its page is /klage/<id>/). */
  outcome: string;
  /** The route's id. */
  route: string;
  title: string;
  summary: string;
  /** The subject line of the complaint letter. */
  subject: string;
  /** The sentence before the steps, when the route has its own. */
  intro?: string;
  /** How to send the complaint. */
  send: string;
  /** Where the complaint goes, in order; the first is the body the letter is addressed to. */
  steps: { body: string; name: string; url?: string; text: string }[];
  /**
   * `date` when a receivedOn date was given and the route has a period; `none` when there is no
   * deadline; neither when the deadline is not known.
   */
  deadline: { date?: string; none?: true; text: string };
  /** The date the page can compute from a date the citizen gives, if any. */
  calculation?: DateCalculation;
  /** true when a complaint body must hear the complaint (Ankestyrelsen, Styrelsen for Patientklager). */
  formalAppeal: boolean;
  /** false when part of the route could not be confirmed; `unconfirmed` then says what. */
  confirmed: boolean;
  unconfirmed: string[];
  /** Law ids (content/law/) the outcome rests on, the route's first. */
  sources: string[];
  /** Source documents (content/sources/) with locators. */
  citations: { source: string; locator?: string }[];
  /** What a complaint should contain, each with its heading in the letter. */
  contents: ComplaintContentItem[];
  /** Who the citizen can talk to now. */
  contacts: ComplaintContact[];
  /** What the citizen can do besides or instead of a formal complaint. */
  alternatives: string[];
  notes: string[];
  /** Outdated wording in the source documents, with what changed. */
  history: ComplaintHistory[];
  /** The earliest verified-on date of the outcome and its route. */
  verifiedOn: string;
  /** The answers that led here (set by resolveComplaint). */
  path?: PathStep[];
}

/** A problem in the data, for the content check: where (a path into the file) and the rest of the sentence. */
export interface ComplaintRulesProblem {
  path: (string | number)[];
  message: string;
}

/** The question or outcome with this id, or undefined. */
export function nodeById(rules: ComplaintRules, id: string): FlowNode | undefined {
  const question = rules.questions.find((q) => q.id === id);
  if (question) return { kind: 'question', id, question };
  const outcome = rules.outcomes.find((o) => o.id === id);
  if (outcome) return { kind: 'outcome', id, outcome };
  return undefined;
}

/** The first question of the wizard (the page /klage/sporgsmaal/). Throws when "start" does not name a question. */
export function startNode(rules: ComplaintRules): ComplaintQuestion {
  const node = nodeById(rules, rules.start);
  if (node?.kind !== 'question') throw new Error(`The complaint rules' "start" expected the id of a question; found "${rules.start}"`);
  return node.question;
}

/** The route an outcome uses. Throws when it does not exist. */
export function routeOf(rules: ComplaintRules, outcome: ComplaintOutcome): ComplaintRoute {
  const route = rules.routes.find((r) => r.id === outcome.route);
  if (!route) throw new Error(`Outcome "${outcome.id}": field "route" expected the id of a route in the file; found "${outcome.route}"`);
  return route;
}

/** What an answer tells of the case: its "means", or else its id as the value of the topic the question asks. */
export function meansOf(question: ComplaintQuestion, option: ComplaintOption): CaseFacts {
  return option.means ?? { [question.asks]: option.id };
}

/** The step an answer makes on a path. */
export function answerOf(question: ComplaintQuestion, option: ComplaintOption): PathStep {
  return { question: question.id, option: option.id, means: meansOf(question, option) };
}

/**
 * Every way through the wizard, from the first question to an outcome, in the order of the
 * questions and answers in the data. Throws when an answer leads nowhere or back to an earlier question.
 */
export function walkAllPaths(rules: ComplaintRules): FlowPath[] {
  const paths: FlowPath[] = [];
  const walk = (question: ComplaintQuestion, steps: PathStep[], seen: Set<string>) => {
    for (const option of question.options) {
      const next = nodeById(rules, option.next);
      const path = [...steps, answerOf(question, option)];
      if (!next) throw new Error(`Question "${question.id}", answer "${option.id}": "next" expected the id of a question or an outcome; found "${option.next}"`);
      if (next.kind === 'outcome') paths.push({ steps: path, outcome: next.id });
      else if (seen.has(next.id)) throw new Error(`Question "${question.id}", answer "${option.id}" leads back to "${next.id}": the wizard would go in a loop`);
      else walk(next.question, path, new Set([...seen, next.id]));
    }
  };
  const start = startNode(rules);
  walk(start, [], new Set([start.id]));
  return paths;
}

/**
 * Follows option ids (such as the segments of a page address) from the first question. Returns the
 * answered steps and the node reached, or undefined when an id is not an answer of the question it
 * meets, or when there are ids left after an outcome.
 */
export function followPath(rules: ComplaintRules, optionIds: readonly string[]): { steps: PathStep[]; node: FlowNode } | undefined {
  const start = startNode(rules);
  let node: FlowNode = { kind: 'question', id: start.id, question: start };
  const steps: PathStep[] = [];
  for (const id of optionIds) {
    if (node.kind !== 'question') return undefined;
    const option: ComplaintOption | undefined = node.question.options.find((o) => o.id === id);
    const next: FlowNode | undefined = option && nodeById(rules, option.next);
    if (!option || !next) return undefined;
    steps.push(answerOf(node.question, option));
    node = next;
  }
  return { steps, node };
}

/** What a path (or its steps) tells of the case: each answer's facts, later answers over earlier ones. */
export function factsFromPath(path: FlowPath | readonly PathStep[]): CaseFacts {
  const steps = 'steps' in path ? path.steps : path;
  return Object.assign({}, ...steps.map((s) => s.means)) as CaseFacts;
}

const agrees = (means: CaseFacts, facts: CaseFacts) => Object.entries(means).every(([topic, value]) => facts[topic] === value);

/** The option of a question that matches the facts. Throws, naming what is missing, when none or more than one does. */
export function chooseOption(question: ComplaintQuestion, facts: CaseFacts): ComplaintOption {
  const matching = question.options.filter((o) => agrees(meansOf(question, o), facts));
  if (matching.length === 1) return matching[0];
  const needed = [...new Set(question.options.flatMap((o) => Object.keys(meansOf(question, o))))];
  throw new Error(
    `resolveComplaint: question "${question.id}" ${matching.length > 1 ? 'has more than one answer for' : 'has no answer for'} ${JSON.stringify(facts)}; ` +
      `it needs ${quotedList(needed)}, one of ${quotedList(question.options.map((o) => JSON.stringify(meansOf(question, o))))}`,
  );
}

/** The facts with each topic's assumed value where the case does not say (such as "18 or over"). */
export function withAssumptions(rules: ComplaintRules, facts: CaseFacts): CaseFacts {
  const assumed = Object.fromEntries(rules.topics.filter((t) => t.assumed !== undefined).map((t) => [t.id, t.assumed!]));
  return { ...assumed, ...facts };
}

/** Walks from the first question, answering each from the facts, to an outcome. */
export function findPath(rules: ComplaintRules, known: CaseFacts): FlowPath {
  const facts = withAssumptions(rules, known);
  let question = startNode(rules);
  const steps: PathStep[] = [];
  for (let guard = 0; guard <= rules.questions.length; guard++) {
    const option = chooseOption(question, facts);
    steps.push(answerOf(question, option));
    const next = nodeById(rules, option.next);
    if (!next) throw new Error(`Question "${question.id}", answer "${option.id}": "next" expected the id of a question or an outcome; found "${option.next}"`);
    if (next.kind === 'outcome') return { steps, outcome: next.id };
    question = next.question;
  }
  throw new Error('resolveComplaint: the questions go in a loop');
}

const unique = <T>(items: T[], key: (item: T) => string = String) => items.filter((item, i) => items.findIndex((other) => key(other) === key(item)) === i);

/** The date calculation a route offers: its deadline's period, or else the date the law promises. */
export function calculationOf(route: ComplaintRoute): DateCalculation | undefined {
  const { weeks, years, dateLabel, letterDate } = route.deadline;
  if ((weeks !== undefined || years !== undefined) && dateLabel && letterDate) {
    return { kind: 'deadline', period: weeks !== undefined ? { weeks } : { years }, dateLabel, resultLabel: 'Din frist er', letterDate };
  }
  if (route.promised) {
    const { days, dateLabel: label, resultLabel, letterDate: letter } = route.promised;
    return { kind: 'promised', period: { days }, dateLabel: label, resultLabel, letterDate: letter };
  }
  return undefined;
}

/**
 * An outcome merged with its route: what its page shows. With `receivedOn` (YYYY-MM-DD), the
 * deadline's date is computed when the route has a period. Throws on an unknown outcome id or date.
 */
export function describeOutcome(rules: ComplaintRules, outcomeId: string, receivedOn?: string): ComplaintResult {
  const outcome = rules.outcomes.find((o) => o.id === outcomeId);
  if (!outcome) throw new Error(`expected the id of an outcome: one of ${quotedList(rules.outcomes.map((o) => o.id))}; found "${outcomeId}"`);
  if (receivedOn !== undefined && !isIsoDate(receivedOn)) {
    throw new Error(`resolveComplaint: "receivedOn" expected a date written as YYYY-MM-DD, for example 2024-03-31; found ${JSON.stringify(receivedOn)}`);
  }
  const route = routeOf(rules, outcome);
  const bodies = new Map(rules.bodies.map((b) => [b.id, b]));
  const contacts = new Map(rules.contacts.map((c) => [c.id, c]));
  const calculation = calculationOf(route);
  const deadline: ComplaintResult['deadline'] = { text: route.deadline.text };
  if (route.deadline.none) deadline.none = true;
  if (calculation?.kind === 'deadline' && receivedOn !== undefined) deadline.date = addPeriod(receivedOn, calculation.period);
  const unconfirmed = [route.unconfirmed, outcome.unconfirmed].filter((u): u is string => u !== undefined);
  return {
    outcome: outcome.id,
    route: route.id,
    title: outcome.title,
    summary: outcome.summary,
    subject: outcome.subject,
    intro: route.intro,
    send: route.send,
    steps: route.steps.map((s) => ({ body: s.body, name: bodies.get(s.body)?.name ?? s.body, url: bodies.get(s.body)?.url, text: s.text })),
    deadline,
    calculation,
    formalAppeal: route.formalAppeal,
    confirmed: unconfirmed.length === 0,
    unconfirmed,
    sources: unique([...route.laws, ...outcome.laws, ...(route.promised?.laws ?? [])]),
    citations: unique([...route.sources, ...outcome.sources], (c) => `${c.source}\n${c.locator ?? ''}`),
    contents: [...route.contents],
    contacts: route.contacts.map((id) => contacts.get(id)).filter((c): c is ComplaintContact => c !== undefined),
    alternatives: [...route.alternatives],
    notes: [...outcome.notes, ...route.notes],
    history: [...route.history, ...outcome.history],
    verifiedOn: [route.verifiedOn, outcome.verifiedOn].sort()[0],
  };
}

/**
 * Where and by when to complain, for what is known of a case: walks the questions of the data from
 * the first one, taking the answer that matches each, and describes the outcome reached. Throws an
 * Error naming the answer that is missing or not known.
 */
export function resolveComplaint(rules: ComplaintRules, input: ComplaintInput): ComplaintResult {
  const path = findPath(rules, input.facts);
  return { ...describeOutcome(rules, path.outcome, input.receivedOn), path: path.steps };
}

/** "en af "a", "b"", or that there is none yet, for the content check's messages. */
const oneOf = (values: Iterable<string>) => {
  const list = [...values];
  return list.length === 0 ? 'der er ingen endnu' : `en af ${quotedList(list)}`;
};

function quotedList(values: Iterable<string>, limit = 12): string {
  const all = [...values].map((v) => (v.startsWith('{') ? v : `"${v}"`));
  if (all.length === 0) return '(der er ingen endnu)';
  return all.length > limit ? `${all.slice(0, limit).join(', ')} … (${all.length} i alt)` : all.join(', ');
}

/** Problems with ids used twice in a list: each later use names the first. `what` is "ingen anden …" or "intet andet …". */
function duplicateIds(list: string, items: readonly { id: string }[], what: string, problem: (path: (string | number)[], message: string) => void): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) problem([list, i, 'id'], `skal være et id, som ${what} har; "${item.id}" er allerede brugt`);
    seen.add(item.id);
  });
  return seen;
}

/**
 * Checks that need the whole file, phrased for the content check: ids are unique, every "next",
 * "start", "route", "body" and "contact" exists, every answer means known values of
 * known topics, an assumed value is one of its topic's, every question offers every value of the topic it asks, every question and outcome
 * can be reached, no answer leads back (no loops), and a route without a formal appeal or with
 * something unconfirmed says what the citizen can do instead.
 */
export function complaintRulesProblems(rules: ComplaintRules): ComplaintRulesProblem[] {
  const problems: ComplaintRulesProblem[] = [];
  const problem = (path: (string | number)[], message: string) => problems.push({ path, message });
  const nodeIds = new Map<string, string>();
  const nodes: [string, { id: string }[]][] = [
    ['questions', rules.questions],
    ['outcomes', rules.outcomes],
  ];
  for (const [list, items] of nodes) {
    items.forEach((item, i) => {
      const other = nodeIds.get(item.id);
      if (other) problem([list, i, 'id'], `skal være et id, som intet andet spørgsmål og ingen anden slutside har; "${item.id}" er allerede id'et på ${other}`);
      else nodeIds.set(item.id, `${list === 'questions' ? 'et spørgsmål' : 'en slutside'}`);
    });
  }
  const questionIds = new Set(rules.questions.map((q) => q.id));
  const allNodeIds = [...nodeIds.keys()];
  if (!questionIds.has(rules.start)) problem(['start'], `skal være id'et på et spørgsmål i denne fil: ${oneOf(questionIds)}; der står "${rules.start}"`);

  const routeIds = duplicateIds('routes', rules.routes, 'ingen anden klagevej', problem);
  const bodyIds = duplicateIds('bodies', rules.bodies, 'ingen anden modtager', problem);
  const contactIds = duplicateIds('contacts', rules.contacts, 'ingen anden kontakt', problem);
  duplicateIds('topics', rules.topics, 'intet andet emne', problem);
  const topics = new Map(rules.topics.map((t) => [t.id, new Set(t.values)]));
  rules.topics.forEach((t, i) => {
    if (t.assumed !== undefined && !t.values.includes(t.assumed)) problem(['topics', i, 'assumed'], `skal være en af emnets værdier: ${oneOf(t.values)}; der står "${t.assumed}"`);
    const seen = new Set<string>();
    t.values.forEach((v, j) => {
      if (seen.has(v)) problem(['topics', i, 'values', j], `skal være en værdi, der kun står én gang; "${v}" står der allerede`);
      seen.add(v);
    });
  });

  rules.questions.forEach((q, i) => {
    const at = (...rest: (string | number)[]) => ['questions', i, ...rest];
    const values = topics.get(q.asks);
    if (!values) problem(at('asks'), `skal være id'et på et emne i »topics«: ${oneOf(topics.keys())}; der står "${q.asks}"`);
    const seenIds = new Set<string>();
    const seenLabels = new Set<string>();
    const offered = new Set<string>();
    q.options.forEach((o, j) => {
      if (seenIds.has(o.id)) problem(at('options', j, 'id'), `skal være et id, som intet andet svar på samme spørgsmål har; "${o.id}" er allerede brugt`);
      seenIds.add(o.id);
      const label = o.label.toLocaleLowerCase('da-DK');
      if (seenLabels.has(label)) problem(at('options', j, 'label'), `skal være en tekst, som intet andet svar på samme spørgsmål har; "${o.label}" er allerede brugt`);
      seenLabels.add(label);
      if (!nodeIds.has(o.next)) problem(at('options', j, 'next'), `skal være id'et på et spørgsmål eller en slutside i denne fil: ${oneOf(allNodeIds)}; der står "${o.next}"`);
      const means = meansOf(q, o);
      if (values && means[q.asks] === undefined) problem(at('options', j, 'means'), `skal have en værdi for "${q.asks}", som er det emne, spørgsmålet spørger om, fx { ${q.asks}: ${[...values][0]} }`);
      for (const [topic, value] of Object.entries(means)) {
        const known = topics.get(topic);
        const where = o.means ? at('options', j, 'means', topic) : at('options', j, 'id');
        if (!known) problem(where, `skal være et emne i »topics«: ${oneOf(topics.keys())}; der står "${topic}"`);
        else if (!known.has(value)) problem(where, `skal være en værdi, som emnet "${topic}" har i »topics«: ${oneOf(known)}; der står "${value}"`);
        if (topic === q.asks) offered.add(value);
      }
    });
    if (values) {
      const missing = [...values].filter((v) => !offered.has(v));
      if (missing.length > 0) problem(at('options'), `skal have et svar for hver værdi af "${q.asks}", så alle borgere kan komme videre; der mangler ${quotedList(missing)}`);
    }
  });

  const usedRoutes = new Set<string>();
  rules.outcomes.forEach((o, i) => {
    usedRoutes.add(o.route);
    if (!routeIds.has(o.route)) problem(['outcomes', i, 'route'], `skal være id'et på en klagevej i denne fil: ${oneOf(routeIds)}; der står "${o.route}"`);
    const route = rules.routes.find((r) => r.id === o.route);
    if (route && o.unconfirmed !== undefined && route.alternatives.length === 0 && route.contacts.length === 0) {
      problem(['outcomes', i, 'unconfirmed'], `kræver, at klagevejen siger, hvad borgeren kan gøre i stedet: skriv »alternatives« eller »contacts« i klagevejen "${route.id}"`);
    }
  });

  rules.routes.forEach((r, i) => {
    const at = (...rest: (string | number)[]) => ['routes', i, ...rest];
    if (!usedRoutes.has(r.id)) problem(at('id'), `skal være en klagevej, som en slutside bruger; ingen slutside bruger "${r.id}"`);
    const { weeks, years, none, dateLabel, letterDate } = r.deadline;
    const kinds = [weeks !== undefined && 'weeks', years !== undefined && 'years', none && 'none'].filter(Boolean);
    const period = weeks !== undefined || years !== undefined;
    if (kinds.length > 1) problem(at('deadline'), `må højst have én af »weeks«, »years« og »none«; der står ${kinds.map((k) => `»${k}«`).join(' og ')}`);
    if (period && dateLabel === undefined) problem(at('deadline', 'dateLabel'), 'mangler: skal være teksten ved den dato, fristen tælles fra, fx "Den dag, du fik afgørelsen"');
    if (period && letterDate === undefined) problem(at('deadline', 'letterDate'), 'mangler: skal være datoen, som borgeren skriver den i brevet, fx "Jeg fik afgørelsen den"');
    if (!period && dateLabel !== undefined) problem(at('deadline', 'dateLabel'), 'bruges kun til en frist med »weeks« eller »years«: slet »dateLabel«');
    if (!period && letterDate !== undefined) problem(at('deadline', 'letterDate'), 'bruges kun til en frist med »weeks« eller »years«: slet »letterDate«');
    if (period && r.promised) problem(at('promised'), 'bruges kun til en klagevej, hvor fristen ikke har »weeks« eller »years«: siden beregner kun én dato');
    if (r.alternatives.length === 0 && r.contacts.length === 0 && (!r.formalAppeal || r.unconfirmed !== undefined)) {
      problem(at('alternatives'), `mangler: skal være det, borgeren kan gøre i stedet, fordi klagevejen ${r.formalAppeal ? 'ikke er bekræftet' : 'ikke har en formel klageinstans'}`);
    }
    r.steps.forEach((s, j) => {
      if (!bodyIds.has(s.body)) problem(at('steps', j, 'body'), `skal være en modtager, der står i »bodies«: ${oneOf(bodyIds)}; der står "${s.body}"`);
    });
    r.contacts.forEach((c, j) => {
      if (!contactIds.has(c)) problem(at('contacts', j), `skal være en kontakt, der står i »contacts«: ${oneOf(contactIds)}; der står "${c}"`);
    });
  });

  // Reachability and loops, over the answers that lead to existing nodes: a depth-first walk in
  // which an answer leading to a question still being walked (on the stack) closes a loop.
  const reached = new Set<string>();
  const onStack = new Set<string>();
  const visit = (id: string) => {
    reached.add(id);
    const qi = rules.questions.findIndex((q) => q.id === id);
    if (qi < 0) return;
    onStack.add(id);
    rules.questions[qi].options.forEach((o, j) => {
      if (!nodeIds.has(o.next)) return;
      if (onStack.has(o.next)) {
        problem(['questions', qi, 'options', j, 'next'], `skal føre videre til et senere spørgsmål eller en slutside; "${o.next}" kommer før, så klagevejviseren ville gå i ring`);
      } else if (!reached.has(o.next)) visit(o.next);
    });
    onStack.delete(id);
  };
  if (questionIds.has(rules.start)) {
    visit(rules.start);
    for (const [list, items] of nodes) {
      items.forEach((item, i) => {
        if (!reached.has(item.id)) problem([list, i, 'id'], `skal være ${list === 'questions' ? 'et spørgsmål' : 'en slutside'}, som det første spørgsmål fører til; intet svar fører til "${item.id}"`);
      });
    }
  }
  return problems;
}

/** A computed date, with what a citizen must know when it is not a working day. */
export interface CalculatedDate {
  /** The computed date, YYYY-MM-DD. */
  date: string;
  /** For a deadline on a Saturday, Sunday or public holiday: which ("lørdag", "Langfredag" ...). */
  nonWorkingDay?: string;
  /** For such a deadline, when the rule for it is not confirmed: the last working day before it, to send by. */
  sendBy?: string;
}

/**
 * The date a calculation gives for the citizen's date, and, for a deadline that falls on a day that
 * is not a working day, which day that is and (while the rule is not confirmed) the last working day
 * before it. A promised date (such as the start of treatment) gets no such advice.
 */
export function calculateDate(calculation: DateCalculation, from: string, holidays: HolidayDefinitions, holidayRule: { confirmed: boolean }): CalculatedDate {
  const date = addPeriod(from, calculation.period);
  if (calculation.kind !== 'deadline') return { date };
  const nonWorking = nonWorkingDay(date, holidays);
  if (nonWorking === undefined) return { date };
  return holidayRule.confirmed ? { date, nonWorkingDay: nonWorking } : { date, nonWorkingDay: nonWorking, sendBy: lastWorkingDayBefore(date, holidays) };
}
