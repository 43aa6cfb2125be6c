/**
 * The complaint rules as content: parseComplaintRules reads and validates the YAML with messages an
 * editor understands, and resolveComplaint answers "where and by when do I complain?" from the data
 * for every case design.md's "Legal facts" describe.
 */
import { readFileSync, globSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-errors.ts';
import { answersFromPath, parseComplaintRules, resolveComplaint, walkAllPaths, type ComplaintInput, type ComplaintResult } from '../../src/lib/complaints.ts';
import { describeOutcome } from '../../src/lib/complaint-flow.ts';
import { validateContent } from '../../src/lib/validate-content.ts';
import type { ComplaintRules } from '../../src/schemas/complaint-routes.ts';
import { badContentCases, materialize } from '../support/fixtures.ts';

const yamlText = readFileSync('content/rules/complaint-routes.yaml', 'utf8');
const rules = parseComplaintRules(yamlText);
const resolve = (input: ComplaintInput) => resolveComplaint(rules, input);
const bodies = (r: ComplaintResult) => r.steps.map((s) => s.body);
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

const socialDecisionLaws = ['rsl-67', 'rsl-66', 'rsl-60-stk-3'];

describe('parseComplaintRules', () => {
  it('reads the real file', () => {
    expect(rules.kind).toBe('complaint-routes');
    expect(rules.questions.length).toBeGreaterThan(0);
    expect(rules.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('says where YAML that cannot be read goes wrong', () => {
    expect(() => parseComplaintRules('kind: complaint-routes\ntitle: [Klagevejviser\n')).toThrow(/could not be read as YAML \(line \d+, column \d+\)/);
    expect(() => parseComplaintRules('title: a\ntitle: b\n')).toThrow(/a field is written twice/);
  });

  it('names a missing field and what was expected', () => {
    const broken = yamlText.replace('    title: Klag til kommunen over afslaget på behandling\n', '');
    expect(broken).not.toBe(yamlText);
    expect(() => parseComplaintRules(broken)).toThrow('field "outcomes → item 1 → title" is missing: expected the outcome\'s heading, in plain Danish');
  });

  it('names a field of the wrong kind and what was found', () => {
    const broken = yamlText.replace('formalAppeal: true', 'formalAppeal: ja');
    expect(() => parseComplaintRules(broken)).toThrow('field "routes → item 1 → formalAppeal" expected true when there is a formal complaint body, false when not; found "ja"');
  });

  it('names an answer leading nowhere', () => {
    const broken = yamlText.replace('next: social-afslag', 'next: social-afslg');
    expect(() => parseComplaintRules(broken)).toThrow(/field "questions → item \d+ → options → item 1 → next" expected the id of a question or an outcome in this file: one of .*; found "social-afslg"/);
  });

  it('names an unknown field', () => {
    const broken = yamlText.replace('start: rusmiddel', 'start: rusmiddel\nbegin: rusmiddel');
    expect(() => parseComplaintRules(broken)).toThrow('field "begin" is not a known field');
  });
});

describe('resolveComplaint', () => {
  describe('a decision on social treatment for drugs, adult', () => {
    it.each([
      ['afslag', ['sel-101']],
      ['andet-tilbud', ['sel-101']],
      ['dag-i-stedet-for-doegn', ['sel-107-stk-2-nr-2']],
      ['senere-end-14-dage', ['sel-101-stk-4']],
      ['frit-valg-afslag', ['sel-101-stk-5', 'sel-101-stk-6']],
      ['anden', ['sel-101']],
      [undefined, ['sel-101']],
    ] as const)('decision %s: the municipality, then Ankestyrelsen, within 4 weeks', (decision, laws) => {
      const r = resolve({ treatment: 'stoffer', about: 'afgoerelse', age: 30, decision, receivedOn: '2025-03-03' });
      expect(bodies(r)).toEqual(['kommunen', 'ankestyrelsen']);
      expect(r.formalAppeal).toBe(true);
      expect(r.confirmed).toBe(true);
      expect(r.deadline.date).toBe('2025-03-31');
      expect(r.deadline.none).toBeUndefined();
      expect(r.deadline.text).toMatch(/4 uger fra den dag, du fik afgørelsen/);
      expect(r.deadline.text).toMatch(/særlige grunde/);
      expect(r.sources).toEqual(expect.arrayContaining([...socialDecisionLaws, ...laws]));
      expect(r.notes.join(' ')).toMatch(/generelle serviceniveau/);
      expect(r.steps[1].text).toMatch(/4 uger/);
    });

    it('gives each kind of decision its own outcome', () => {
      const outcomes = rules.questions.find((q) => q.asks === 'afgørelse')!.options.map((o) => resolve({ treatment: 'stoffer', about: 'afgoerelse', age: 40, decision: o.id as ComplaintInput['decision'] }).outcome);
      expect(new Set(outcomes).size).toBe(outcomes.length);
    });

    it('treats "the type of treatment offered" as a decision on social treatment: the same route', () => {
      const type = resolve({ treatment: 'stoffer', about: 'behandlingstype', age: 25, receivedOn: '2025-03-03' });
      const decision = resolve({ treatment: 'stoffer', about: 'afgoerelse', age: 25, receivedOn: '2025-03-03' });
      expect(type.route).toBe(decision.route);
      expect(bodies(type)).toEqual(['kommunen', 'ankestyrelsen']);
      expect(type.deadline).toEqual(decision.deadline);
      expect(type.sources).toEqual(expect.arrayContaining([...socialDecisionLaws, 'sel-107-stk-2-nr-2']));
    });

    it('says there is no free choice between day and residential treatment', () => {
      const r = resolve({ treatment: 'stoffer', about: 'afgoerelse', age: 30, decision: 'dag-i-stedet-for-doegn' });
      expect(r.notes.join(' ')).toMatch(/ikke frit valg mellem dagbehandling og døgnbehandling/);
    });

    it('shows the 2009 catalogue\'s Det Sociale Nævn as history, with what changed', () => {
      const r = resolve({ treatment: 'stoffer', about: 'afgoerelse', age: 30 });
      const nævn = r.history.filter((h) => /sociale nævn/i.test(h.wording));
      expect(nævn.length).toBeGreaterThan(0);
      for (const h of nævn) expect(h.change).toMatch(/Ankestyrelsen/);
    });
  });

  describe('deadline dates: 4 weeks (28 days) from the day the decision was received', () => {
    it.each([
      ['2024-02-10', '2024-03-09'],
      ['2025-12-15', '2026-01-12'],
      ['2023-02-10', '2023-03-10'],
      ['2024-02-29', '2024-03-28'],
      ['2024-12-31', '2025-01-28'],
      ['2025-01-31', '2025-02-28'],
    ])('received %s: complain by %s', (receivedOn, expected) => {
      const r = resolve({ treatment: 'stoffer', about: 'afgoerelse', age: 18, decision: 'afslag', receivedOn });
      expect(r.deadline.date).toBe(expected);
      expect(daysBetween(receivedOn, r.deadline.date!)).toBe(28);
    });

    it('has no date without a received date, but says how to compute it', () => {
      const r = resolve({ treatment: 'stoffer', about: 'afgoerelse', age: 18, decision: 'afslag' });
      expect(r.deadline.date).toBeUndefined();
      expect(r.deadline.period).toEqual({ weeks: 4 });
      expect(r.deadline.dateLabel).toBeTruthy();
    });
  });

  describe('under 18 with drugs', () => {
    it.each(['afgoerelse', 'behandlingstype', 'aktindsigt'] as const)('%s: barnets lov § 33, route not confirmed, the municipality\'s guidance', (about) => {
      const r = resolve({ treatment: 'stoffer', about, age: 17, decision: 'afslag', receivedOn: '2025-03-03' });
      expect(bodies(r)).toEqual(['kommunen']);
      expect(r.confirmed).toBe(false);
      expect(r.unconfirmed.join(' ')).toMatch(/ikke bekræftet/);
      expect(r.deadline.date).toBeUndefined();
      expect(r.deadline.none).toBeUndefined();
      expect(r.deadline.text).toMatch(/klagevejledningen/);
      expect(r.sources).toContain('barnets-lov-33');
      expect(r.sources.filter((law) => law.startsWith('sel-101'))).toEqual([]);
      expect(r.steps[0].text).toMatch(/klagevejledningen/);
    });

    it.each([
      [0, 'stoffer-under-18'],
      [15, 'stoffer-under-18'],
      [17, 'stoffer-under-18'],
      [17.9, 'stoffer-under-18'],
      [18, 'social-afslag'],
      [19, 'social-afslag'],
      [80, 'social-afslag'],
    ])('age %s: %s', (age, outcome) => {
      expect(resolve({ treatment: 'stoffer', about: 'afgoerelse', decision: 'afslag', age }).outcome).toBe(outcome);
    });

    it('the boundary is the same for every social question', () => {
      for (const about of ['afgoerelse', 'behandlingstype', 'aktindsigt'] as const) {
        expect(resolve({ treatment: 'stoffer', about, age: 17 }).confirmed, about).toBe(false);
        expect(resolve({ treatment: 'stoffer', about, age: 18 }).confirmed, about).toBe(true);
      }
    });

    it('still gives the health route and the staff route, which do not depend on age', () => {
      expect(bodies(resolve({ treatment: 'stoffer', about: 'sundhedsfaglig', age: 16 }))).toEqual(['behandlingsstedet', 'styrelsen-for-patientklager']);
      expect(bodies(resolve({ treatment: 'stoffer', about: 'personale', age: 16 }))).toEqual(['behandlingsstedet', 'kommunen', 'ombudsmanden']);
    });
  });

  describe('health-professional treatment', () => {
    it.each([
      ['stoffer', 'sul-142'],
      ['alkohol', 'sul-141'],
    ] as const)('%s: the treatment place, then Styrelsen for Patientklager, within 2 years', (treatment, law) => {
      const r = resolve({ treatment, about: 'sundhedsfaglig', age: 40, receivedOn: '2024-02-29' });
      expect(bodies(r)).toEqual(['behandlingsstedet', 'styrelsen-for-patientklager']);
      expect(r.formalAppeal).toBe(true);
      expect(r.confirmed).toBe(true);
      expect(r.deadline.date).toBe('2026-02-28');
      expect(r.deadline.text).toMatch(/2 år/);
      expect(r.deadline.text).toMatch(/5 år/);
      expect(r.sources).toEqual(expect.arrayContaining(['kel-3a', law]));
      expect(r.steps[0].text).toMatch(/2024/);
      expect(r.history.some((h) => /patientklagenævn/i.test(h.wording) && /Styrelsen for Patientklager/.test(h.change))).toBe(true);
    });

    it.each([
      ['2023-06-15', '2025-06-15'],
      ['2025-12-31', '2027-12-31'],
      ['2024-02-29', '2026-02-28'],
    ])('learned of it %s: complain by %s', (receivedOn, expected) => {
      expect(resolve({ treatment: 'stoffer', about: 'sundhedsfaglig', receivedOn }).deadline.date).toBe(expected);
    });
  });

  describe('alcohol, a decision or the type of treatment', () => {
    it.each(['afgoerelse', 'behandlingstype'] as const)('%s: not confirmed; the municipality, then the Ombudsman within 12 months', (about) => {
      const r = resolve({ treatment: 'alkohol', about, age: 45, receivedOn: '2025-03-03' });
      expect(bodies(r)).toEqual(['kommunen', 'ombudsmanden']);
      expect(r.formalAppeal).toBe(false);
      expect(r.confirmed).toBe(false);
      expect(r.unconfirmed.join(' ')).toMatch(/ikke bekræftet/);
      expect(r.deadline.none).toBe(true);
      expect(r.deadline.date).toBeUndefined();
      expect(r.deadline.text).toMatch(/ingen frist/i);
      expect(r.deadline.text).toMatch(/12 måneder/);
      expect(r.sources).toEqual(expect.arrayContaining(['sul-141', 'ombudsmandsloven-13']));
      expect(r.history.some((h) => /ikke nogen formel klageadgang/.test(h.wording) && h.citation.source === 'kl-inspirationskatalog')).toBe(true);
    });

    it('does not depend on age', () => {
      expect(resolve({ treatment: 'alkohol', about: 'afgoerelse', age: 16 }).outcome).toBe(resolve({ treatment: 'alkohol', about: 'afgoerelse', age: 60 }).outcome);
    });
  });

  describe('staff conduct or service', () => {
    it.each(['stoffer', 'alkohol'] as const)('%s: the treatment place or the municipality, no deadline, then the Ombudsman', (treatment) => {
      const r = resolve({ treatment, about: 'personale', receivedOn: '2025-03-03' });
      expect(bodies(r)).toEqual(['behandlingsstedet', 'kommunen', 'ombudsmanden']);
      expect(r.formalAppeal).toBe(false);
      expect(r.deadline.none).toBe(true);
      expect(r.deadline.date).toBeUndefined();
      expect(r.deadline.text).toMatch(/12 måneder/);
      expect(r.sources).toContain('ombudsmandsloven-13');
    });
  });

  describe('access to one\'s own case file', () => {
    it('drugs, adult: no deadline, the body that hears the main case', () => {
      const r = resolve({ treatment: 'stoffer', about: 'aktindsigt', age: 30, receivedOn: '2025-03-03' });
      expect(bodies(r)).toEqual(['kommunen', 'ankestyrelsen']);
      expect(r.deadline.none).toBe(true);
      expect(r.deadline.date).toBeUndefined();
      expect(r.confirmed).toBe(true);
    });

    it('alcohol: the health route, not confirmed, no deadline', () => {
      const r = resolve({ treatment: 'alkohol', about: 'aktindsigt', receivedOn: '2025-03-03' });
      expect(bodies(r)).toEqual(['behandlingsstedet', 'styrelsen-for-patientklager']);
      expect(r.confirmed).toBe(false);
      expect(r.deadline.none).toBe(true);
      expect(r.deadline.date).toBeUndefined();
      expect(r.alternatives.join(' ')).toMatch(/Folketingets Ombudsmand/);
    });
  });

  describe('answers a link or a check may leave out', () => {
    it('counts a missing age as 18 or over, and a missing kind of decision as "another decision"', () => {
      const r = resolve({ treatment: 'stoffer', about: 'afgoerelse', receivedOn: '2024-02-10' });
      expect(bodies(r)).toEqual(['kommunen', 'ankestyrelsen']);
      expect(r.deadline.date).toBe('2024-03-09');
      expect(r.path?.map((s) => s.option)).toEqual(['stoffer', 'afgoerelse', '18-eller-over', 'anden']);
    });
  });

  describe('input it cannot use', () => {
    it.each([
      [{ treatment: 'stoffer', about: 'afgoerelse', receivedOn: '2025-02-29' }, /"receivedOn" expected a date written as YYYY-MM-DD/],
      [{ treatment: 'stoffer', about: 'afgoerelse', receivedOn: '03-03-2025' }, /"receivedOn"/],
      [{ treatment: 'kaffe', about: 'afgoerelse' }, /"treatment" expected one of "stoffer", "alkohol"; found "kaffe"/],
      [{ treatment: 'stoffer', about: 'vejret' }, /"about" expected one of/],
      [{ treatment: 'stoffer', about: 'afgoerelse', age: -1 }, /"age" expected an age/],
      [{ treatment: 'stoffer', about: 'afgoerelse', age: 30, decision: 'ukendt' }, /"decision" expected one of/],
      [{ about: 'afgoerelse' }, /needs "treatment"/],
    ])('%o', (input, message) => {
      expect(() => resolve(input as ComplaintInput)).toThrow(message);
    });
  });

  it('is driven by the data: changing the file changes the answer', () => {
    const changed: ComplaintRules = structuredClone(rules);
    changed.routes.find((r) => r.id === resolve({ treatment: 'stoffer', about: 'afgoerelse', age: 30 }).route)!.deadline.weeks = 6;
    changed.questions.find((q) => q.asks === 'rusmiddel')!.options.find((o) => o.id === 'alkohol')!.next = 'personale';
    expect(resolveComplaint(changed, { treatment: 'stoffer', about: 'afgoerelse', age: 30, receivedOn: '2024-02-10' }).deadline.date).toBe('2024-03-23');
    expect(resolveComplaint(changed, { treatment: 'alkohol', about: 'afgoerelse' }).outcome).toBe('personale');
  });
});

describe('every outcome', () => {
  const outcomes = rules.outcomes.map((o) => [o.id, describeOutcome(rules, o.id)] as const);

  it.each(outcomes)('%s says what a complaint should contain, where it goes and what it rests on', (_, r) => {
    expect(r.steps.length).toBeGreaterThan(0);
    expect(r.contents.length).toBeGreaterThanOrEqual(4);
    expect(r.contents[0]).toMatch(/^Hvem du er/);
    expect(r.contents.join(' ')).toMatch(/hvorfor|hvad du er utilfreds med/i);
    expect(r.sources.length).toBeGreaterThan(0);
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.deadline.text.length).toBeGreaterThan(0);
  });

  it.each(outcomes.filter(([, r]) => !r.formalAppeal || !r.confirmed))('%s, without a confirmed formal appeal, says what can be done instead', (_, r) => {
    expect(r.alternatives.length).toBeGreaterThan(0);
    expect(r.alternatives.join(' ')).toMatch(/kommunen/);
    expect(r.alternatives.join(' ')).toMatch(/Folketingets Ombudsmand/);
  });

  it('quotes the 2009 catalogue verbatim in its history, with where in the catalogue', () => {
    const catalogue = globSync('content/catalogue/*.mdx')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
      .replace(/\[\^[^\]]*\]/g, '') // footnote markers
      .replace(/\s+/g, ' ');
    const history = [...rules.routes, ...rules.outcomes].flatMap((item) => item.history);
    expect(history.length).toBeGreaterThan(0);
    for (const h of history) {
      expect(h.citation.source).toBe('kl-inspirationskatalog');
      expect(h.citation.locator).toBeTruthy();
      expect(catalogue, h.wording).toContain(h.wording.replace(/\s+/g, ' '));
    }
  });

  it('uses no stigmatizing words outside verbatim quotations', () => {
    const prose = JSON.stringify({ ...rules, routes: rules.routes.map(({ history: _h, ...r }) => r), outcomes: rules.outcomes.map(({ history: _h, ...o }) => o) });
    expect(prose).not.toMatch(/misbrug/i);
  });

  it('lists, in the file\'s own "laws", every law an outcome or a route rests on', () => {
    const cited = new Set([...rules.routes, ...rules.outcomes].flatMap((item) => item.laws));
    expect([...cited].filter((law) => !rules.laws.includes(law))).toEqual([]);
  });
});

describe('every path through the wizard', () => {
  const paths = walkAllPaths(rules);

  it.each(paths.map((p) => [p.steps.map((s) => s.option).join('/'), p] as const))('%s resolves to its own outcome', (_, path) => {
    const answers = answersFromPath(path);
    expect(resolve(answers).outcome).toBe(path.outcome);
    expect(resolve({ ...answers, receivedOn: '2025-12-15' }).outcome).toBe(path.outcome);
    expect(resolve(answers).path).toEqual(path.steps);
  });
});

describe('the content check of a complaint-routes file', () => {
  const base = badContentCases().find((c) => c.name === 'complaint-unknown-next')!;
  const [[file, text]] = Object.entries(base.replace!);
  const valid = text.replace('next: klag-til-kommunnen', 'next: klag-til-kommunen');
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());
  const edit = (before: string, after: string) => {
    if (!valid.includes(before)) throw new Error(`The text ${JSON.stringify(before)} is not in the fixture`);
    return valid.replace(before, after);
  };
  const problemsWith = (content: string) => {
    const fixture = materialize({ replace: { [file]: content } });
    cleanup = fixture.cleanup;
    return validateContent(fixture.contentDir, fixture.root).problems.map(formatProblem);
  };

  it('accepts a small valid file, and a content set with no complaint-routes file at all', () => {
    expect(problemsWith(valid)).toEqual([]);
  });

  it('names an unknown law id in a route', () => {
    expect(problemsWith(edit('    laws: [sel-101]', '    laws: [sel-101, sel-999]'))).toEqual([
      'content/rules/klagevejviser.yaml: field "routes → item 1 → laws → item 2" expected the id of a law reference in content/law/: one of "sel-101"; found "sel-999"',
    ]);
  });

  it('names an unknown source id in an outcome', () => {
    expect(problemsWith(edit('    summary: Klag til kommunen.\n    sources:\n      - source: testkilde', '    summary: Klag til kommunen.\n    sources:\n      - source: testkilden'))).toEqual([
      'content/rules/klagevejviser.yaml: field "outcomes → item 1 → sources → item 1 → source" expected the id of a source in content/sources/: one of "testkilde"; found "testkilden"',
    ]);
  });

  it('names an unknown route id', () => {
    expect(problemsWith(edit('route: kommunen', 'route: kommune'))).toEqual([
      'content/rules/klagevejviser.yaml: field "outcomes → item 1 → route" expected the id of a route in this file: one of "kommunen"; found "kommune"',
      'content/rules/klagevejviser.yaml: field "routes → item 1 → id" expected a route that an outcome uses; no outcome uses "kommunen"',
    ]);
  });
});
