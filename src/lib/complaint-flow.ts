/**
 * The complaint-path wizard (klagevejviser) as a graph: questions whose answers lead to the next
 * question or to an outcome, read from content/rules/complaint-routes.yaml (schema in
 * src/schemas/complaint-routes.ts). Pure functions without dependencies (only type imports), so the
 * pages and the browser island can import this module without pulling in zod or a YAML parser.
 *
 * Every legal statement lives in the data; this module only walks the graph, picks the answer that
 * matches the resolver's input, merges an outcome with its route and does the date arithmetic.
 */
import type { ComplaintHistory, ComplaintOption, ComplaintOutcome, ComplaintQuestion, ComplaintRoute, ComplaintRules } from '../schemas/complaint-routes.ts';

/** The bodies a complaint can go to, as ids used in the steps of a route. */
export const complaintBodies = ['kommunen', 'ankestyrelsen', 'styrelsen-for-patientklager', 'behandlingsstedet', 'ombudsmanden'] as const;
export type ComplaintBody = (typeof complaintBodies)[number];

/** What a question can ask about (its "asks" field in the data). */
export const questionTopics = ['rusmiddel', 'emne', 'alder', 'afgørelse'] as const;
export type QuestionTopic = (typeof questionTopics)[number];

/** The answers (option ids) the wizard knows for each topic. A question about "alder" uses age ranges instead. */
export const answerValues = {
  rusmiddel: ['stoffer', 'alkohol'],
  emne: ['afgoerelse', 'behandlingstype', 'sundhedsfaglig', 'personale', 'aktindsigt'],
  'afgørelse': ['afslag', 'andet-tilbud', 'dag-i-stedet-for-doegn', 'senere-end-14-dage', 'frit-valg-afslag', 'anden'],
} as const;

/** The field of the resolver's input that each topic answers. */
export const topicInputs = { rusmiddel: 'treatment', emne: 'about', alder: 'age', 'afgørelse': 'decision' } as const;

export type ComplaintTreatment = (typeof answerValues.rusmiddel)[number];
export type ComplaintAbout = (typeof answerValues.emne)[number];
export type ComplaintDecision = (typeof answerValues)['afgørelse'][number];

/** The resolver's input: the citizen's answers, plus the date the decision was received. */
export interface ComplaintInput {
  /** Treatment for drugs or for alcohol. */
  treatment: ComplaintTreatment;
  /** What the complaint is about. */
  about: ComplaintAbout;
  /** The age of the person in treatment, in years. */
  age?: number;
  /** The date the decision was received (or, for health complaints, the date the citizen learned of what they complain about), YYYY-MM-DD. */
  receivedOn?: string;
  /** Which kind of decision on social treatment, when `about` is "afgoerelse". "anden": another decision, or not sure. */
  decision?: ComplaintDecision;
}

/** A question or an outcome, found by its id. */
export type FlowNode = { kind: 'question'; id: string; question: ComplaintQuestion } | { kind: 'outcome'; id: string; outcome: ComplaintOutcome };

/** One answered question on a path: the question, the chosen option and what it tells the resolver. */
export interface PathStep {
  /** The question's id. */
  question: string;
  /** The chosen option's id (the URL segment). */
  option: string;
  /** The resolver input field the answer sets. */
  input: (typeof topicInputs)[QuestionTopic];
  /** The value it sets; for an age answer, a representative age (the lowest age it covers). */
  value: string | number;
}

/** A complete way through the wizard: the answers in order and the outcome they end on. */
export interface FlowPath {
  steps: PathStep[];
  /** The outcome's id. */
  outcome: string;
}

/** A period to add to a date: a number of weeks or of years. */
export interface Period {
  weeks?: number;
  years?: number;
}

/** Everything an outcome page shows: the outcome merged with its route. */
export interface ComplaintResult {
  /** The outcome's id (its page is /klage/<id>/). */
  outcome: string;
  /** The route's id. */
  route: string;
  title: string;
  summary: string;
  /** Where the complaint goes, in order. */
  steps: { body: ComplaintBody; name: string; text: string }[];
  /**
   * `date` when a receivedOn date was given and the route has a period; `none` when there is no
   * deadline; neither when the deadline is not known. `period` and `dateLabel` let the browser
   * compute the date (with addPeriod) from a date the citizen types in.
   */
  deadline: { date?: string; none?: true; text: string; period?: Period; dateLabel?: string };
  /** true when a complaint body must hear the complaint (Ankestyrelsen, Styrelsen for Patientklager). */
  formalAppeal: boolean;
  /** false when part of the route could not be confirmed; `unconfirmed` then says what. */
  confirmed: boolean;
  unconfirmed: string[];
  /** Law ids (content/law/) the outcome rests on, the route's first. */
  sources: string[];
  /** Source documents (content/sources/) with locators. */
  citations: { source: string; locator?: string }[];
  /** What a complaint should contain. */
  contents: string[];
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

/** The first question of the wizard (the page /klage/). Throws when "start" does not name a question. */
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

function ageCovered(option: ComplaintOption, age: number): boolean {
  const { from, below } = option.ages ?? {};
  return (from === undefined || age >= from) && (below === undefined || age < below);
}

/** What an answer tells the resolver: its input field and value (for an age answer, the lowest age it covers). */
export function answerOf(question: ComplaintQuestion, option: ComplaintOption): PathStep {
  const input = topicInputs[question.asks];
  const value = question.asks === 'alder' ? (option.ages?.from ?? Math.max(0, (option.ages?.below ?? 1) - 1)) : option.id;
  return { question: question.id, option: option.id, input, value };
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

/** The resolver's input for a path (or its steps): each answer sets its field. Throws when the path does not say the treatment and what the complaint is about. */
export function answersFromPath(path: FlowPath | readonly PathStep[]): ComplaintInput {
  const steps = 'steps' in path ? path.steps : path;
  const answers: Record<string, string | number> = {};
  for (const step of steps) answers[step.input] = step.value;
  if (answers.treatment === undefined || answers.about === undefined) {
    throw new Error(`A path expected answers for both "treatment" and "about"; found ${JSON.stringify(answers)}`);
  }
  return answers as unknown as ComplaintInput;
}

/** The option of a question that matches the input; the question's "unanswered" option when the input lacks the answer. Throws when none matches. */
export function chooseOption(question: ComplaintQuestion, input: Partial<ComplaintInput>): ComplaintOption {
  const field = topicInputs[question.asks];
  const value = input[field];
  if (value === undefined) {
    const fallback = question.options.find((o) => o.id === question.unanswered);
    if (fallback) return fallback;
    throw new Error(`resolveComplaint: question "${question.id}" needs "${field}"; expected one of ${quotedList(question.options.map((o) => o.id))}`);
  }
  const option =
    question.asks === 'alder'
      ? typeof value === 'number' && Number.isFinite(value) && value >= 0
        ? question.options.find((o) => ageCovered(o, value))
        : undefined
      : question.options.find((o) => o.id === value);
  if (!option) {
    const expected = question.asks === 'alder' ? 'an age in years, 0 or more' : `one of ${quotedList(question.options.map((o) => o.id))}`;
    throw new Error(`resolveComplaint: "${field}" expected ${expected}; found ${JSON.stringify(value)}`);
  }
  return option;
}

/** Walks from the first question, answering each from the input, to an outcome. */
export function findPath(rules: ComplaintRules, input: Partial<ComplaintInput>): FlowPath {
  let question = startNode(rules);
  const steps: PathStep[] = [];
  for (let guard = 0; guard <= rules.questions.length; guard++) {
    const option = chooseOption(question, input);
    steps.push(answerOf(question, option));
    const next = nodeById(rules, option.next);
    if (!next) throw new Error(`Question "${question.id}", answer "${option.id}": "next" expected the id of a question or an outcome; found "${option.next}"`);
    if (next.kind === 'outcome') return { steps, outcome: next.id };
    question = next.question;
  }
  throw new Error('resolveComplaint: the questions go in a loop');
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** true for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = isoPattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const formatUtc = (date: Date) => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/**
 * The date a period after a date, both YYYY-MM-DD, in calendar days (no time zones involved).
 * Weeks add 7 days each: 4 weeks after 2024-02-10 is 2024-03-09. Years keep the day of the month;
 * a 29 February with no counterpart becomes 28 February (the earlier day, so a citizen is never
 * told a date after the deadline). Throws on a date that is not a real date.
 */
export function addPeriod(date: string, period: Period): string {
  if (!isIsoDate(date)) throw new Error(`expected a date written as YYYY-MM-DD, for example 2024-03-31; found ${JSON.stringify(date)}`);
  const [y, m, d] = date.split('-').map(Number);
  const years = period.years ?? 0;
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  const shifted = new Date(Date.UTC(y + years, m - 1, Math.min(d, lastDay)));
  shifted.setUTCDate(shifted.getUTCDate() + 7 * (period.weeks ?? 0));
  return formatUtc(shifted);
}

const unique = <T>(items: T[], key: (item: T) => string = String) => items.filter((item, i) => items.findIndex((other) => key(other) === key(item)) === i);

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
  const names = new Map(rules.bodies.map((b) => [b.id, b.name]));
  const { weeks, years, none, dateLabel, text } = route.deadline;
  const period: Period | undefined = weeks !== undefined ? { weeks } : years !== undefined ? { years } : undefined;
  const deadline: ComplaintResult['deadline'] = { text };
  if (none) deadline.none = true;
  if (period) {
    deadline.period = period;
    if (dateLabel) deadline.dateLabel = dateLabel;
    if (receivedOn !== undefined) deadline.date = addPeriod(receivedOn, period);
  }
  const unconfirmed = [route.unconfirmed, outcome.unconfirmed].filter((u): u is string => u !== undefined);
  return {
    outcome: outcome.id,
    route: route.id,
    title: outcome.title,
    summary: outcome.summary,
    steps: route.steps.map((s) => ({ body: s.body, name: names.get(s.body) ?? s.body, text: s.text })),
    deadline,
    formalAppeal: route.formalAppeal,
    confirmed: unconfirmed.length === 0,
    unconfirmed,
    sources: unique([...route.laws, ...outcome.laws]),
    citations: unique([...route.sources, ...outcome.sources], (c) => `${c.source}\n${c.locator ?? ''}`),
    contents: [...route.contents],
    alternatives: [...route.alternatives],
    notes: [...outcome.notes, ...route.notes],
    history: [...route.history, ...outcome.history],
    verifiedOn: [route.verifiedOn, outcome.verifiedOn].sort()[0],
  };
}

/**
 * Where and by when to complain, for the citizen's answers: walks the questions of the data from
 * the first one, taking the answer that matches each, and describes the outcome reached. Throws an
 * Error naming the answer that is missing or not known.
 */
export function resolveComplaint(rules: ComplaintRules, input: ComplaintInput): ComplaintResult {
  const path = findPath(rules, input);
  return { ...describeOutcome(rules, path.outcome, input.receivedOn), path: path.steps };
}

function quotedList(values: Iterable<string>, limit = 12): string {
  const all = [...values].map((v) => `"${v}"`);
  if (all.length === 0) return '(none exist yet)';
  return all.length > limit ? `${all.slice(0, limit).join(', ')} … (${all.length} in all)` : all.join(', ');
}

function describeAges(options: readonly ComplaintOption[]): string {
  return options
    .map((o) => (o.ages ? `${o.id} ${o.ages.from ?? 0}-${o.ages.below === undefined ? '' : o.ages.below - 1}` : `${o.id} (no ages)`))
    .join(', ');
}

/**
 * Checks that need the whole file, phrased for the content check: ids are unique, every "next",
 * "start", "route" and "unanswered" exists, answers match what each question asks, age answers cover
 * every age once, every question and outcome can be reached, no answer leads back (no loops), and
 * a route without a formal appeal or with something unconfirmed says what the citizen can do instead.
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
      if (other) problem([list, i, 'id'], `expected an id not used by another question or outcome; "${item.id}" is already the id of ${other}`);
      else nodeIds.set(item.id, `${list === 'questions' ? 'a question' : 'an outcome'}`);
    });
  }
  const questionIds = new Set(rules.questions.map((q) => q.id));
  const allNodeIds = [...nodeIds.keys()];
  if (!questionIds.has(rules.start)) problem(['start'], `expected the id of a question in this file: one of ${quotedList(questionIds)}; found "${rules.start}"`);

  const routeIds = new Set<string>();
  rules.routes.forEach((r, i) => {
    if (routeIds.has(r.id)) problem(['routes', i, 'id'], `expected an id not used by another route; "${r.id}" is already used`);
    routeIds.add(r.id);
  });
  const bodyIds = new Set<string>();
  rules.bodies.forEach((b, i) => {
    if (bodyIds.has(b.id)) problem(['bodies', i, 'id'], `expected each body once; "${b.id}" is already listed`);
    bodyIds.add(b.id);
  });

  rules.questions.forEach((q, i) => {
    const at = (...rest: (string | number)[]) => ['questions', i, ...rest];
    const seenIds = new Set<string>();
    const seenLabels = new Set<string>();
    q.options.forEach((o, j) => {
      if (seenIds.has(o.id)) problem(at('options', j, 'id'), `expected an id not used by another answer of the same question; "${o.id}" is already used`);
      seenIds.add(o.id);
      const label = o.label.toLocaleLowerCase('da-DK');
      if (seenLabels.has(label)) problem(at('options', j, 'label'), `expected a label not used by another answer of the same question; "${o.label}" is already used`);
      seenLabels.add(label);
      if (!nodeIds.has(o.next)) problem(at('options', j, 'next'), `expected the id of a question or an outcome in this file: one of ${quotedList(allNodeIds)}; found "${o.next}"`);
      if (q.asks === 'alder') {
        if (!o.ages) problem(at('options', j, 'ages'), 'is missing: expected the ages the answer covers, written as { from: 18 } or { below: 18 }');
        else if (o.ages.from !== undefined && o.ages.below !== undefined && o.ages.below <= o.ages.from) {
          problem(at('options', j, 'ages'), `expected "below" to be more than "from"; found from ${o.ages.from}, below ${o.ages.below}`);
        }
      } else {
        if (o.ages) problem(at('options', j, 'ages'), `is only for a question that asks "alder": expected no "ages" in a question that asks "${q.asks}"`);
        const known: readonly string[] = answerValues[q.asks];
        if (!known.includes(o.id)) problem(at('options', j, 'id'), `expected an answer the wizard knows for "${q.asks}": one of ${quotedList(known)}; found "${o.id}"`);
      }
    });
    if (q.asks === 'alder') {
      const ranged = q.options.filter((o) => o.ages);
      if (ranged.length === q.options.length) {
        const sorted = [...ranged].sort((a, b) => (a.ages?.from ?? 0) - (b.ages?.from ?? 0));
        let expectedFrom = 0;
        let ok = true;
        for (const [k, o] of sorted.entries()) {
          if ((o.ages?.from ?? 0) !== expectedFrom) ok = false;
          const below = o.ages?.below;
          if (below === undefined) {
            if (k !== sorted.length - 1) ok = false;
          } else {
            if (k === sorted.length - 1) ok = false;
            expectedFrom = below;
          }
        }
        if (!ok) problem(at('options'), `expected answers that together cover every age once, from 0 and up, such as { below: 18 } and { from: 18 }; found ${describeAges(q.options)}`);
      }
    } else {
      const missing = answerValues[q.asks].filter((value) => !seenIds.has(value));
      if (missing.length > 0) problem(at('options'), `expected an answer for every value of "${q.asks}", so every citizen can go on; missing ${quotedList(missing)}`);
    }
    if (q.unanswered !== undefined && !seenIds.has(q.unanswered)) {
      problem(at('unanswered'), `expected the id of one of the question's answers: one of ${quotedList(seenIds)}; found "${q.unanswered}"`);
    }
  });

  const usedRoutes = new Set<string>();
  rules.outcomes.forEach((o, i) => {
    usedRoutes.add(o.route);
    if (!routeIds.has(o.route)) problem(['outcomes', i, 'route'], `expected the id of a route in this file: one of ${quotedList(routeIds)}; found "${o.route}"`);
    const route = rules.routes.find((r) => r.id === o.route);
    if (route && o.unconfirmed !== undefined && route.alternatives.length === 0) {
      problem(['outcomes', i, 'unconfirmed'], `needs a route that says what the citizen can do instead: expected "alternatives" in route "${route.id}"`);
    }
  });

  rules.routes.forEach((r, i) => {
    const at = (...rest: (string | number)[]) => ['routes', i, ...rest];
    if (!usedRoutes.has(r.id)) problem(at('id'), `expected a route that an outcome uses; no outcome uses "${r.id}"`);
    const { weeks, years, none, dateLabel } = r.deadline;
    const kinds = [weeks !== undefined && 'weeks', years !== undefined && 'years', none && 'none'].filter(Boolean);
    if (kinds.length > 1) problem(at('deadline'), `expected at most one of "weeks", "years" and "none"; found ${kinds.map((k) => `"${k}"`).join(' and ')}`);
    if ((weeks !== undefined || years !== undefined) && dateLabel === undefined) {
      problem(at('deadline', 'dateLabel'), 'is missing: expected the label of the date the deadline counts from, such as "Den dag, du fik afgørelsen"');
    }
    if (weeks === undefined && years === undefined && dateLabel !== undefined) {
      problem(at('deadline', 'dateLabel'), 'is only for a deadline with "weeks" or "years": expected no "dateLabel"');
    }
    if (r.alternatives.length === 0 && (!r.formalAppeal || r.unconfirmed !== undefined)) {
      problem(at('alternatives'), `is missing: expected what the citizen can do instead, because the route ${r.formalAppeal ? 'is not confirmed' : 'has no formal appeal'}`);
    }
    r.steps.forEach((s, j) => {
      if (!bodyIds.has(s.body)) problem(at('steps', j, 'body'), `expected a body listed in "bodies" (with its name): one of ${quotedList(bodyIds)}; found "${s.body}"`);
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
        problem(['questions', qi, 'options', j, 'next'], `expected an answer that leads on to a later question or an outcome; "${o.next}" comes before it, so the wizard would go in a loop`);
      } else if (!reached.has(o.next)) visit(o.next);
    });
    onStack.delete(id);
  };
  if (questionIds.has(rules.start)) visit(rules.start);
  if (questionIds.has(rules.start)) {
    for (const [list, items] of nodes) {
      items.forEach((item, i) => {
        if (!reached.has(item.id)) problem([list, i, 'id'], `expected ${list === 'questions' ? 'a question' : 'an outcome'} that the first question leads to; no answer leads to "${item.id}"`);
      });
    }
  }
  return problems;
}
