/**
 * The complaint wizard's question graph (content/rules/complaint-routes.yaml) and the pure helpers
 * the pages use: every answer leads somewhere, every page can be reached, nothing loops, every way
 * through ends on an outcome that cites law, and a deadline on a day that is not a working day
 * says so. The date arithmetic itself is tested in dates.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  calculateDate,
  calculationOf,
  complaintRulesProblems,
  describeOutcome,
  factsFromPath,
  followPath,
  meansOf,
  nodeById,
  startNode,
  walkAllPaths,
} from '../../src/domain/complaints/flow.ts';
import type { HolidayDefinitions } from '../../src/domain/dates.ts';
import { parseComplaintRules } from '../../src/content-check/complaint-rules.ts';
import { slug } from '../../src/schemas/common.ts';
import type { ComplaintRules } from '../../src/schemas/complaint-routes.ts';

const rules = parseComplaintRules(readFileSync('content/rules/complaint-routes.yaml', 'utf8'));
const paths = walkAllPaths(rules);
const clone = (): ComplaintRules => structuredClone(rules);

describe('the question graph', () => {
  it('has no problems the content check would report', () => {
    expect(complaintRulesProblems(rules)).toEqual([]);
  });

  it('starts at a question', () => {
    expect(startNode(rules).id).toBe(rules.start);
    expect(nodeById(rules, rules.start)?.kind).toBe('question');
  });

  it('gives every question and outcome a unique id usable in an address', () => {
    const ids = [...rules.questions, ...rules.outcomes].map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(slug().safeParse(id).success, id).toBe(true);
    for (const q of rules.questions) for (const o of q.options) expect(slug().safeParse(o.id).success, `${q.id}/${o.id}`).toBe(true);
  });

  it('lets every answer lead to a question or an outcome that exists', () => {
    for (const q of rules.questions) for (const o of q.options) expect(nodeById(rules, o.next), `${q.id} → ${o.id} → ${o.next}`).toBeDefined();
  });

  it('reaches every question and every outcome from the start', () => {
    const reached = new Set([rules.start]);
    const queue = [rules.start];
    while (queue.length > 0) {
      const id = queue.shift();
      for (const o of rules.questions.find((q) => q.id === id)?.options ?? []) {
        if (!reached.has(o.next)) reached.add(o.next), queue.push(o.next);
      }
    }
    expect([...rules.questions, ...rules.outcomes].map((n) => n.id).filter((id) => !reached.has(id))).toEqual([]);
  });

  it('has no loops', () => {
    const state = new Map<string, 'walking' | 'done'>();
    const loops: string[] = [];
    const visit = (id: string) => {
      state.set(id, 'walking');
      for (const o of rules.questions.find((q) => q.id === id)?.options ?? []) {
        if (state.get(o.next) === 'walking') loops.push(`${id} → ${o.next}`);
        else if (!state.has(o.next)) visit(o.next);
      }
      state.set(id, 'done');
    };
    visit(rules.start);
    expect(loops).toEqual([]);
  });

  it('gives every answer a label and an id not used by another answer of the same question', () => {
    for (const q of rules.questions) {
      const labels = q.options.map((o) => o.label.toLocaleLowerCase('da-DK'));
      const ids = q.options.map((o) => o.id);
      expect(new Set(labels).size, q.id).toBe(labels.length);
      expect(new Set(ids).size, q.id).toBe(ids.length);
    }
  });

  it('offers an answer for every value of the topic a question asks, so the resolver never gets stuck', () => {
    const topics = new Map(rules.topics.map((t) => [t.id, t.values]));
    for (const q of rules.questions) {
      const offered = q.options.map((o) => meansOf(q, o)[q.asks]);
      expect([...new Set(offered)].sort(), q.id).toEqual([...topics.get(q.asks)!].sort());
    }
  });

  it('asks the age only about drugs, and an answer under 18 leads only to barnets lov or to routes that do not depend on age', () => {
    const under18 = paths.filter((p) => factsFromPath(p).alder === 'under-18');
    expect(under18.length).toBeGreaterThan(0);
    for (const path of under18) {
      expect(factsFromPath(path).rusmiddel, path.outcome).toBe('stoffer');
      const result = describeOutcome(rules, path.outcome);
      const ageless = ['sundhedsfaglig', 'personale', 'aktindsigt'].includes(factsFromPath(path).emne);
      if (!ageless) expect(result.sources, path.outcome).toContain('barnets-lov-33');
      expect(result.sources.filter((law) => law.startsWith('sel-101')), path.outcome).toEqual([]);
    }
  });
});

describe('walkAllPaths', () => {
  it('finds every way through the graph, each once', () => {
    const count = (id: string): number => {
      const q = rules.questions.find((question) => question.id === id);
      return q ? q.options.reduce((sum, o) => sum + count(o.next), 0) : 1;
    };
    expect(paths.length).toBe(count(rules.start));
    const keys = paths.map((p) => p.steps.map((s) => s.option).join('/'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('follows the answers in order: each answer leads to the next question, the last to the outcome', () => {
    for (const path of paths) {
      expect(path.steps[0].question).toBe(rules.start);
      path.steps.forEach((step, i) => {
        const option = rules.questions.find((q) => q.id === step.question)?.options.find((o) => o.id === step.option);
        expect(option?.next).toBe(i + 1 < path.steps.length ? path.steps[i + 1].question : path.outcome);
      });
    }
  });

  it('ends every path on an outcome resting on at least one law id that exists in content/law/', () => {
    for (const path of paths) {
      const result = describeOutcome(rules, path.outcome);
      expect(result.sources.length, path.outcome).toBeGreaterThan(0);
      for (const law of result.sources) expect(existsSync(`content/law/${law}.yaml`), `${path.outcome}: ${law}`).toBe(true);
    }
  });

  it('reaches every outcome by at least one path', () => {
    expect(new Set(paths.map((p) => p.outcome))).toEqual(new Set(rules.outcomes.map((o) => o.id)));
  });

  it('throws instead of looping forever when the data has a loop', () => {
    const looped = clone();
    looped.questions.find((q) => q.id === 'beslutning')!.options[0].next = rules.start;
    expect(() => walkAllPaths(looped)).toThrow(/loop/);
  });
});

describe('followPath', () => {
  it('turns the option ids of every path (the segments of its address) into the path and its outcome', () => {
    for (const path of paths) {
      const followed = followPath(rules, path.steps.map((s) => s.option));
      expect(followed?.node).toMatchObject({ kind: 'outcome', id: path.outcome });
      expect(followed?.steps).toEqual(path.steps);
    }
  });

  it('starts at the first question and stops at a question part way', () => {
    expect(followPath(rules, [])?.node).toMatchObject({ kind: 'question', id: rules.start });
    const first = paths[0].steps;
    expect(followPath(rules, [first[0].option])?.node).toMatchObject({ kind: 'question', id: first[1].question });
  });

  it('rejects an unknown answer and anything after an outcome', () => {
    expect(followPath(rules, ['ukendt'])).toBeUndefined();
    expect(followPath(rules, [...paths[0].steps.map((s) => s.option), 'mere'])).toBeUndefined();
  });
});

describe('factsFromPath', () => {
  it('collects what each answer means, so every path says the treatment and what the complaint is about', () => {
    for (const path of paths) {
      const facts = factsFromPath(path);
      for (const step of path.steps) expect(facts).toMatchObject(step.means);
      expect(facts.rusmiddel).toBeDefined();
      expect(facts.emne).toBeDefined();
    }
  });

  it('accepts the steps alone', () => {
    expect(factsFromPath(paths[0].steps)).toEqual(factsFromPath(paths[0]));
  });
});

describe('calculateDate', () => {
  const holidays: HolidayDefinitions = { fixed: [{ month: 12, day: 25, name: '1. juledag' }], fromEaster: [{ days: -2, name: 'Langfredag' }] };
  const deadline = calculationOf(rules.routes.find((r) => r.id === 'kommune-og-ankestyrelsen')!)!;
  const promised = calculationOf(rules.routes.find((r) => r.id === 'social-venter')!)!;

  it('gives a deadline on a working day as it is', () => {
    expect(calculateDate(deadline, '2026-02-02', holidays, { confirmed: false })).toEqual({ date: '2026-03-02' });
  });

  it('names a Saturday and, while the rule is not confirmed, the Friday before to send by', () => {
    expect(calculateDate(deadline, '2026-03-07', holidays, { confirmed: false })).toEqual({ date: '2026-04-04', nonWorkingDay: 'lørdag', sendBy: '2026-04-02' });
  });

  it('names a public holiday, and skips it when counting back', () => {
    // 2026-04-03 is langfredag; 2026-04-02 (skærtorsdag) is a working day in this short list.
    expect(calculateDate(deadline, '2026-03-06', holidays, { confirmed: false })).toEqual({ date: '2026-04-03', nonWorkingDay: 'Langfredag', sendBy: '2026-04-02' });
  });

  it('gives no day to send by once the rule is confirmed', () => {
    expect(calculateDate(deadline, '2026-03-07', holidays, { confirmed: true })).toEqual({ date: '2026-04-04', nonWorkingDay: 'lørdag' });
  });

  it('counts a promised start of treatment in days, without deadline advice', () => {
    expect(promised).toMatchObject({ kind: 'promised', period: { days: 14 } });
    expect(calculateDate(promised, '2026-03-21', holidays, { confirmed: false })).toEqual({ date: '2026-04-04' });
  });
});

describe('complaintRulesProblems', () => {
  const problemsAfter = (change: (r: ComplaintRules) => void) => {
    const changed = clone();
    change(changed);
    return complaintRulesProblems(changed);
  };
  const fields = (problems: { path: (string | number)[] }[]) => problems.map((p) => p.path.join('.'));
  const emne = rules.questions.findIndex((q) => q.id === 'emne-stoffer');
  const hvem = rules.questions.findIndex((q) => q.id === rules.start);

  it('names an answer leading to an id that does not exist', () => {
    const problems = problemsAfter((r) => (r.questions[emne].options[0].next = 'findes-ikke'));
    expect(fields(problems)).toContain(`questions.${emne}.options.0.next`);
    expect(problems.find((p) => p.message.includes('"findes-ikke"'))?.message).toMatch(/^skal være id'et på et spørgsmål eller en slutside i denne fil: en af /);
  });

  it('names a start that is not a question', () => {
    expect(fields(problemsAfter((r) => (r.start = r.outcomes[0].id)))).toContain('start');
  });

  it('names an answer that leads back (a loop)', () => {
    const problems = problemsAfter((r) => (r.questions[emne].options[0].next = r.start));
    expect(problems.find((p) => p.path.join('.') === `questions.${emne}.options.0.next`)?.message).toMatch(/gå i ring/);
  });

  it('names a question or outcome nothing leads to', () => {
    const problems = problemsAfter((r) => r.outcomes.push({ ...structuredClone(r.outcomes[0]), id: 'ekstra' }));
    expect(problems).toEqual([{ path: ['outcomes', rules.outcomes.length, 'id'], message: 'skal være en slutside, som det første spørgsmål fører til; intet svar fører til "ekstra"' }]);
  });

  it('names an id used twice', () => {
    expect(fields(problemsAfter((r) => (r.outcomes[1].id = r.questions[1].id)))).toContain('outcomes.1.id');
  });

  it('names two answers of a question with the same label', () => {
    expect(fields(problemsAfter((r) => (r.questions[emne].options[1].label = r.questions[emne].options[0].label)))).toEqual([`questions.${emne}.options.1.label`]);
  });

  it('names a question that leaves out an answer the resolver can be given', () => {
    const problems = problemsAfter((r) => r.questions[emne].options.pop());
    expect(problems.find((p) => p.path.join('.') === `questions.${emne}.options`)?.message).toMatch(/der mangler "aktindsigt"/);
  });

  it('names an answer that means a topic or a value the file does not list', () => {
    const topic = problemsAfter((r) => (r.questions[hvem].options[1].means = { rusmiddel: 'stoffer', aldersgruppe: 'under-18' }));
    expect(topic).toContainEqual({ path: ['questions', hvem, 'options', 1, 'means', 'aldersgruppe'], message: expect.stringMatching(/^skal være et emne i »topics«: en af "rusmiddel", /) });
    const value = problemsAfter((r) => (r.questions[hvem].options[1].means = { rusmiddel: 'stoffer', alder: 'barn' }));
    expect(value).toContainEqual({ path: ['questions', hvem, 'options', 1, 'means', 'alder'], message: 'skal være en værdi, som emnet "alder" har i »topics«: en af "under-18", "18-eller-over"; der står "barn"' });
  });

  it('names a question that asks a topic the file does not list', () => {
    expect(fields(problemsAfter((r) => (r.questions[emne].asks = 'vejret')))).toContain(`questions.${emne}.asks`);
  });

  it('accepts a new answer added in the data alone, once its value is listed', () => {
    const problems = problemsAfter((r) => {
      r.topics.find((t) => t.id === 'emne')!.values.push('ventetid');
      for (const q of r.questions.filter((x) => x.asks === 'emne')) q.options.push({ id: 'ventetid', label: 'Ventetiden', next: 'personale' });
    });
    expect(problems).toEqual([]);
  });

  it('names an assumed value that is not one of its topic\'s', () => {
    expect(fields(problemsAfter((r) => (r.topics.find((t) => t.id === 'alder')!.assumed = 'voksen')))).toEqual([`topics.${rules.topics.findIndex((t) => t.id === 'alder')}.assumed`]);
  });

  it('names a step or a contact that is not listed', () => {
    expect(fields(problemsAfter((r) => (r.routes[0].steps[0].body = 'naevnet')))).toEqual(['routes.0.steps.0.body']);
    expect(fields(problemsAfter((r) => r.routes[0].contacts.push('ukendt')))).toEqual(['routes.0.contacts.0']);
  });

  it('names an outcome with an unknown route, and a route no outcome uses', () => {
    const problems = problemsAfter((r) => (r.outcomes[0].route = 'ukendt'));
    expect(fields(problems)).toContain('outcomes.0.route');
    const unused = problemsAfter((r) => r.routes.push({ ...structuredClone(r.routes[0]), id: 'ubrugt' }));
    expect(fields(unused)).toEqual([`routes.${rules.routes.length}.id`]);
  });

  it('names a deadline with both a period and "none", and a period without its date label', () => {
    const both = problemsAfter((r) => Object.assign(r.routes.find((x) => x.deadline.weeks)!.deadline, { none: true }));
    expect(both.map((p) => p.message)).toContainEqual(expect.stringMatching(/højst have én af »weeks«, »years« og »none«/));
    const noLabel = problemsAfter((r) => delete r.routes.find((x) => x.deadline.weeks)!.deadline.dateLabel);
    expect(noLabel.map((p) => p.message)).toContainEqual(expect.stringMatching(/^mangler: skal være teksten ved den dato/));
    const noLetterDate = problemsAfter((r) => delete r.routes.find((x) => x.deadline.weeks)!.deadline.letterDate);
    expect(noLetterDate.map((p) => p.message)).toContainEqual(expect.stringMatching(/^mangler: skal være datoen, som borgeren skriver den i brevet/));
  });

  it('asks a route without a formal appeal to say what the citizen can do instead', () => {
    const problems = problemsAfter((r) => Object.assign(r.routes.find((x) => !x.formalAppeal)!, { alternatives: [], contacts: [] }));
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/det, borgeren kan gøre i stedet, fordi klagevejen ikke har en formel klageinstans/));
  });
});
