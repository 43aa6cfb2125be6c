/**
 * The complaint wizard's question graph (content/rules/complaint-routes.yaml) and the pure helpers
 * the pages use: every answer leads somewhere, every page can be reached, nothing loops, every way
 * through ends on an outcome that cites law, and the date arithmetic is right across month and
 * year ends and leap years.
 */
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPeriod,
  answerValues,
  answersFromPath,
  complaintRulesProblems,
  describeOutcome,
  followPath,
  isIsoDate,
  nodeById,
  startNode,
  walkAllPaths,
} from '../../src/lib/complaint-flow.ts';
import { parseComplaintRules } from '../../src/lib/complaints.ts';
import { slug } from '../../src/schemas/common.ts';
import type { ComplaintRules } from '../../src/schemas/complaint-routes.ts';

const rules = parseComplaintRules(readFileSync('content/rules/complaint-routes.yaml', 'utf8'));
const paths = walkAllPaths(rules);
const clone = (): ComplaintRules => structuredClone(rules);
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

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

  it('offers an answer for every value of what a question asks, so the resolver never gets stuck', () => {
    for (const q of rules.questions) {
      if (q.asks === 'alder') continue;
      expect(q.options.map((o) => o.id).sort(), q.id).toEqual([...answerValues[q.asks]].sort());
    }
  });

  it('lets the answers to an age question cover every age exactly once, with 18 as the boundary', () => {
    const ageQuestions = rules.questions.filter((q) => q.asks === 'alder');
    expect(ageQuestions.length).toBeGreaterThan(0);
    for (const q of ageQuestions) {
      for (let age = 0; age <= 120; age += 0.5) {
        const covering = q.options.filter((o) => (o.ages?.from ?? 0) <= age && (o.ages?.below ?? Infinity) > age);
        expect(covering.length, `${q.id}, age ${age}`).toBe(1);
      }
      const at = (age: number) => q.options.find((o) => (o.ages?.from ?? 0) <= age && (o.ages?.below ?? Infinity) > age)?.next;
      expect(at(17), q.id).not.toBe(at(18));
    }
  });

  it('asks the age only about drugs, and only where it changes the outcome', () => {
    for (const path of paths) {
      const age = path.steps.find((s) => s.input === 'age');
      if (!age) continue;
      expect(path.steps[0]).toMatchObject({ input: 'treatment', value: 'stoffer' });
      const question = rules.questions.find((q) => q.id === age.question);
      expect(new Set(question?.options.map((o) => o.next)).size).toBe(question?.options.length);
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

describe('answersFromPath', () => {
  it('sets each answer\'s field, with the lowest age an age answer covers', () => {
    for (const path of paths) {
      const answers = answersFromPath(path);
      for (const step of path.steps) expect(answers[step.input]).toBe(step.value);
      const age = path.steps.find((s) => s.input === 'age');
      if (age) expect([17, 18]).toContain(answers.age);
    }
  });

  it('accepts the steps alone', () => {
    expect(answersFromPath(paths[0].steps)).toEqual(answersFromPath(paths[0]));
  });

  it('throws when the path does not say the treatment and what the complaint is about', () => {
    expect(() => answersFromPath(paths[0].steps.slice(0, 1))).toThrow(/"about"/);
  });
});

describe('addPeriod', () => {
  it.each([
    ['2024-02-10', { weeks: 4 }, '2024-03-09'], // leap year: 29 days in February
    ['2023-02-10', { weeks: 4 }, '2023-03-10'],
    ['2025-12-15', { weeks: 4 }, '2026-01-12'], // over the year end
    ['2024-12-31', { weeks: 4 }, '2025-01-28'],
    ['2024-01-31', { weeks: 4 }, '2024-02-28'],
    ['2024-02-29', { weeks: 4 }, '2024-03-28'],
    ['2025-03-20', { weeks: 1 }, '2025-03-27'],
    ['2024-02-29', { years: 2 }, '2026-02-28'], // no 29 February: the earlier day
    ['2024-02-29', { years: 4 }, '2028-02-29'],
    ['2023-12-31', { years: 2 }, '2025-12-31'],
    ['2025-03-01', { years: 2 }, '2027-03-01'],
  ])('%s + %o = %s', (date, period, expected) => {
    expect(addPeriod(date, period)).toBe(expected);
  });

  it('adds exactly 7 days a week for any date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 1, max: 60 }), (d, weeks) => {
        const date = d.toISOString().slice(0, 10);
        const result = addPeriod(date, { weeks });
        return isIsoDate(result) && daysBetween(date, result) === 7 * weeks;
      }),
    );
  });

  it('keeps the day of the month when adding years, except a 29 February that does not exist', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 1, max: 5 }), (d, years) => {
        const date = d.toISOString().slice(0, 10);
        const result = addPeriod(date, { years });
        const [y, m, day] = date.split('-').map(Number);
        const [ry, rm, rday] = result.split('-').map(Number);
        return ry === y + years && rm === m && (rday === day || (m === 2 && day === 29 && rday === 28));
      }),
    );
  });

  it('refuses a date that does not exist', () => {
    expect(() => addPeriod('2025-02-29', { weeks: 4 })).toThrow(/YYYY-MM-DD/);
    expect(() => addPeriod('15.12.2025', { weeks: 4 })).toThrow(/YYYY-MM-DD/);
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
  const alder = rules.questions.findIndex((q) => q.asks === 'alder');

  it('names an answer leading to an id that does not exist', () => {
    const problems = problemsAfter((r) => (r.questions[emne].options[0].next = 'findes-ikke'));
    expect(fields(problems)).toContain(`questions.${emne}.options.0.next`);
    expect(problems.find((p) => p.message.includes('"findes-ikke"'))?.message).toMatch(/^expected the id of a question or an outcome in this file: one of /);
  });

  it('names a start that is not a question', () => {
    expect(fields(problemsAfter((r) => (r.start = r.outcomes[0].id)))).toContain('start');
  });

  it('names an answer that leads back (a loop)', () => {
    const problems = problemsAfter((r) => (r.questions[emne].options[0].next = r.start));
    expect(problems.find((p) => p.path.join('.') === `questions.${emne}.options.0.next`)?.message).toMatch(/loop/);
  });

  it('names a question or outcome nothing leads to', () => {
    const problems = problemsAfter((r) => r.outcomes.push({ ...structuredClone(r.outcomes[0]), id: 'ekstra' }));
    expect(problems).toEqual([{ path: ['outcomes', rules.outcomes.length, 'id'], message: 'expected an outcome that the first question leads to; no answer leads to "ekstra"' }]);
  });

  it('names an id used twice', () => {
    expect(fields(problemsAfter((r) => (r.outcomes[1].id = r.questions[1].id)))).toContain('outcomes.1.id');
  });

  it('names two answers of a question with the same label', () => {
    expect(fields(problemsAfter((r) => (r.questions[emne].options[1].label = r.questions[emne].options[0].label)))).toEqual([`questions.${emne}.options.1.label`]);
  });

  it('names a question that leaves out an answer the resolver can be given', () => {
    const problems = problemsAfter((r) => r.questions[emne].options.pop());
    expect(problems.find((p) => p.path.join('.') === `questions.${emne}.options`)?.message).toMatch(/missing "aktindsigt"/);
  });

  it('names age answers that leave a gap or overlap', () => {
    expect(fields(problemsAfter((r) => (r.questions[alder].options[1].ages = { from: 19 })))).toEqual([`questions.${alder}.options`]);
    expect(fields(problemsAfter((r) => (r.questions[alder].options[1].ages = { from: 16 })))).toEqual([`questions.${alder}.options`]);
  });

  it('names an "unanswered" that is not an answer of the question', () => {
    expect(fields(problemsAfter((r) => (r.questions[alder].unanswered = 'voksen')))).toEqual([`questions.${alder}.unanswered`]);
  });

  it('names an outcome with an unknown route, and a route no outcome uses', () => {
    const problems = problemsAfter((r) => (r.outcomes[0].route = 'ukendt'));
    expect(fields(problems)).toContain('outcomes.0.route');
    const unused = problemsAfter((r) => r.routes.push({ ...structuredClone(r.routes[0]), id: 'ubrugt' }));
    expect(fields(unused)).toEqual([`routes.${rules.routes.length}.id`]);
  });

  it('names a deadline with both a period and "none", and a period without its date label', () => {
    const both = problemsAfter((r) => Object.assign(r.routes.find((x) => x.deadline.weeks)!.deadline, { none: true }));
    expect(both.map((p) => p.message)).toContainEqual(expect.stringMatching(/at most one of "weeks", "years" and "none"/));
    const noLabel = problemsAfter((r) => delete r.routes.find((x) => x.deadline.weeks)!.deadline.dateLabel);
    expect(noLabel.map((p) => p.message)).toContainEqual(expect.stringMatching(/^is missing: expected the label of the date/));
  });

  it('asks a route without a formal appeal to say what the citizen can do instead', () => {
    const problems = problemsAfter((r) => (r.routes.find((x) => !x.formalAppeal)!.alternatives = []));
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/what the citizen can do instead, because the route has no formal appeal/));
  });
});
