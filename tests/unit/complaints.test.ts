/**
 * The complaint rules as content: parseComplaintRules reads and validates the YAML with messages an
 * editor understands, and resolveComplaint answers "where and by when do I complain?" from the data
 * for every case design.md's "Legal facts" describe.
 */
import { readFileSync, globSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/content-check/content-errors.ts';
import { factsFromPath, parseComplaintRules, resolveComplaint, walkAllPaths, type CaseFacts, type ComplaintResult } from '../../src/content-check/complaint-rules.ts';
import { describeOutcome } from '../../src/domain/complaints/flow.ts';
import { validateContent } from '../../src/content-check/validate-content.ts';
import type { ComplaintRules } from '../../src/schemas/complaint-routes.ts';
import { badContentCases, materialize } from '../support/fixtures.ts';

const yamlText = readFileSync('content/rules/complaint-routes.yaml', 'utf8');
const rules = parseComplaintRules(yamlText);
const resolve = (facts: CaseFacts, receivedOn?: string) => resolveComplaint(rules, { facts, receivedOn });
const adultDrugs = { rusmiddel: 'stoffer', alder: '18-eller-over' };
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
    expect(() => parseComplaintRules('kind: complaint-routes\ntitle: [Klagevejviser\n')).toThrow(/kan ikke læses som YAML \(linje \d+, kolonne \d+\)/);
    expect(() => parseComplaintRules('title: a\ntitle: b\n')).toThrow(/et felt står to gange/);
  });

  it('names a missing field and what was expected', () => {
    const broken = yamlText.replace('    title: Klag til kommunen over afslaget på behandling\n', '');
    expect(broken).not.toBe(yamlText);
    expect(() => parseComplaintRules(broken)).toThrow('feltet »outcomes → nr. 1 → title« mangler: skal være slutsidens overskrift på letforståeligt dansk');
  });

  it('names a field of the wrong kind and what was found', () => {
    const broken = yamlText.replace('formalAppeal: true', 'formalAppeal: ja');
    expect(() => parseComplaintRules(broken)).toThrow('feltet »routes → nr. 1 → formalAppeal« skal være true, når der er en formel klageinstans, og false, når der ikke er; der står "ja"');
  });

  it('names an answer leading nowhere', () => {
    const broken = yamlText.replace('next: social-afslag', 'next: social-afslg');
    expect(() => parseComplaintRules(broken)).toThrow(/feltet »questions → nr\. \d+ → options → nr\. 1 → next« skal være id'et på et spørgsmål eller en slutside i denne fil: en af .*; der står "social-afslg"/);
  });

  it('names an unknown field', () => {
    const broken = yamlText.replace('start: hvem', 'start: hvem\nbegin: hvem');
    expect(() => parseComplaintRules(broken)).toThrow('feltet »begin« er ikke et kendt felt');
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
      const r = resolve({ ...adultDrugs, emne: 'afgoerelse', ...(decision ? { afgoerelse: decision } : {}) }, '2025-03-03');
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
      expect(r.send).toMatch(/ikke sende klagen direkte til Ankestyrelsen/);
    });

    it('gives each kind of decision its own outcome', () => {
      const outcomes = rules.topics.find((t) => t.id === 'afgoerelse')!.values.map((value) => resolve({ ...adultDrugs, emne: 'afgoerelse', afgoerelse: value }).outcome);
      expect(new Set(outcomes).size).toBe(outcomes.length);
    });

    it('treats "the type of treatment offered" as a decision on social treatment: the same route', () => {
      const type = resolve({ ...adultDrugs, emne: 'behandlingstype' }, '2025-03-03');
      const decision = resolve({ ...adultDrugs, emne: 'afgoerelse' }, '2025-03-03');
      expect(type.route).toBe(decision.route);
      expect(bodies(type)).toEqual(['kommunen', 'ankestyrelsen']);
      expect(type.deadline).toEqual(decision.deadline);
      expect(type.sources).toEqual(expect.arrayContaining([...socialDecisionLaws, 'sel-107-stk-2-nr-2']));
    });

    it('says there is no free choice between day and residential treatment', () => {
      const r = resolve({ ...adultDrugs, emne: 'afgoerelse', afgoerelse: 'dag-i-stedet-for-doegn' });
      expect(r.notes.join(' ')).toMatch(/ikke frit valg mellem dagbehandling og døgnbehandling/);
    });

    it('shows the 2009 catalogue\'s Det Sociale Nævn as history, with what changed', () => {
      const r = resolve({ ...adultDrugs, emne: 'afgoerelse' });
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
      const r = resolve({ ...adultDrugs, emne: 'afgoerelse', afgoerelse: 'afslag' }, receivedOn);
      expect(r.deadline.date).toBe(expected);
      expect(daysBetween(receivedOn, r.deadline.date!)).toBe(28);
    });

    it('has no date without a received date, but says how to compute it and how to write it in the letter', () => {
      const r = resolve({ ...adultDrugs, emne: 'afgoerelse', afgoerelse: 'afslag' });
      expect(r.deadline.date).toBeUndefined();
      expect(r.calculation).toMatchObject({ kind: 'deadline', period: { weeks: 4 }, resultLabel: 'Din frist er', letterDate: 'Jeg fik afgørelsen den' });
      expect(r.calculation?.dateLabel).toBeTruthy();
    });
  });

  describe('nothing has happened since asking for drug treatment (adult)', () => {
    const r = resolve({ ...adultDrugs, emne: 'ingen-afgoerelse' });
    it('says the 14 days count from the day of asking, not from a decision, and computes that date', () => {
      expect(r.outcome).toBe('social-venter');
      expect(r.summary).toMatch(/14 dage/);
      expect(r.notes.join(' ')).toMatch(/tæller fra den dag, du bad kommunen om behandling/);
      expect(r.calculation).toMatchObject({ kind: 'promised', period: { days: 14 }, dateLabel: 'Den dag, du bad om hjælp' });
      expect(r.sources).toEqual(expect.arrayContaining(['sel-101-stk-4', 'bek-1477-2019-1']));
    });

    it('tells how to ask for a written decision with a complaint guide, and where to complain about the waiting', () => {
      expect(r.steps[0].text).toMatch(/skriftlig afgørelse .* klagevejledning/);
      expect(r.sources).toEqual(expect.arrayContaining(['fvl-22', 'fvl-25', 'ombudsmandsloven-13']));
      expect(bodies(r)).toEqual(['kommunen', 'kommunen', 'ombudsmanden']);
      expect(r.deadline.none).toBe(true);
      expect(r.deadline.text).toMatch(/ingen frist/i);
      expect(r.deadline.text).toMatch(/inden et år/);
    });

    it('has its own counterpart for alcohol, with the clinic one can go to directly', () => {
      const alcohol = resolve({ rusmiddel: 'alkohol', emne: 'ingen-afgoerelse' });
      expect(alcohol.outcome).toBe('alkohol-venter');
      expect(alcohol.calculation).toMatchObject({ kind: 'promised', period: { days: 14 } });
      expect(alcohol.sources).toEqual(expect.arrayContaining(['sul-141-stk-2', 'sul-141-stk-8']));
      expect(alcohol.steps[0].text).toMatch(/alkoholambulatorium/);
    });
  });

  describe('under 18 with drugs', () => {
    const young = { rusmiddel: 'stoffer', alder: 'under-18' };

    it.each(['afgoerelse', 'behandlingstype'] as const)('%s: barnets lov § 33, the municipality then Ankestyrelsen, someone to contact now', (emne) => {
      const r = resolve({ ...young, emne }, '2025-03-03');
      expect(r.outcome).toBe('stoffer-under-18');
      expect(bodies(r)).toEqual(['kommunen', 'ankestyrelsen']);
      expect(r.sources).toEqual(expect.arrayContaining(['barnets-lov-33', 'barnets-lov-3']));
      expect(r.sources.filter((law) => law.startsWith('sel-101'))).toEqual([]);
      expect(r.summary).toMatch(/10 år eller ældre/);
      expect(r.steps[0].text).toMatch(/klagevejledningen/);
      expect(r.deadline.date).toBe('2025-03-31');
      expect(r.confirmed).toBe(false);
      expect(r.unconfirmed.join(' ')).toMatch(/ikke kunnet bekræfte/);
      expect(r.contacts.map((c) => c.id)).toEqual(expect.arrayContaining(['kommunens-raadgivning', 'boerns-vilkaar', 'ombudsmandens-boernekontor']));
      expect(r.contacts.filter((c) => c.phone).length).toBeGreaterThanOrEqual(2);
    });

    it('never reads as if the 14-day guarantee no longer applied: the history says it is not confirmed and what to do', () => {
      const r = resolve({ ...young, emne: 'afgoerelse' });
      const guarantee = r.history.find((h) => /behandlingsgarantien også for personer, der er under 18 år/.test(h.wording))!;
      expect(guarantee.change).toMatch(/ikke kunnet bekræfte/);
      expect(guarantee.change).toMatch(/Spørg kommunen/);
      expect(guarantee.change).not.toMatch(/gælder ikke/);
    });

    it('nothing has happened: ask for a written decision, someone to contact now, the Ombudsman for the waiting', () => {
      const r = resolve({ ...young, emne: 'ingen-afgoerelse' });
      expect(r.outcome).toBe('stoffer-under-18-venter');
      expect(r.steps[0].text).toMatch(/skriftlig\s+afgørelse/);
      expect(bodies(r)).toContain('ombudsmanden');
      expect(r.contacts.length).toBeGreaterThan(0);
      expect(r.deadline.text).toMatch(/ingen frist/i);
    });

    it.each([
      ['under-18', 'stoffer-under-18'],
      ['18-eller-over', 'social-afslag'],
    ])('age %s: %s', (alder, outcome) => {
      expect(resolve({ rusmiddel: 'stoffer', alder, emne: 'afgoerelse', afgoerelse: 'afslag' }).outcome).toBe(outcome);
    });

    it('still gives the health route and the staff route, which do not depend on age', () => {
      expect(bodies(resolve({ ...young, emne: 'sundhedsfaglig' }))).toEqual(['styrelsen-for-patientklager']);
      expect(bodies(resolve({ ...young, emne: 'personale' }))).toEqual(['behandlingsstedet', 'kommunen', 'ombudsmanden']);
    });
  });

  describe('health-professional treatment', () => {
    it.each([
      ['stoffer', 'sul-142'],
      ['alkohol', 'sul-141'],
    ] as const)('%s: Styrelsen for Patientklager first, through the borger.dk form, within 2 years', (rusmiddel, law) => {
      const r = resolve({ rusmiddel, emne: 'sundhedsfaglig' }, '2024-02-29');
      expect(bodies(r)).toEqual(['styrelsen-for-patientklager']);
      expect(r.steps[0].text).toMatch(/digitale klageskema på borger\.dk/);
      expect(r.steps[0].text).toMatch(/MitID/);
      expect(r.send).toMatch(/papir/);
      expect(r.formalAppeal).toBe(true);
      expect(r.confirmed).toBe(true);
      expect(r.deadline.date).toBe('2026-02-28');
      expect(r.deadline.text).toMatch(/2 år/);
      expect(r.deadline.text).toMatch(/5 år/);
      expect(r.sources).toEqual(expect.arrayContaining(['kel-3a', 'kel-10-b', law]));
      expect(r.history.some((h) => /patientklagenævn/i.test(h.wording) && /Styrelsen for Patientklager/.test(h.change))).toBe(true);
    });

    it('offers the dialogue with the treatment place as an offer, not a step, and keeps compensation apart', () => {
      const r = resolve({ rusmiddel: 'stoffer', emne: 'sundhedsfaglig' });
      expect(r.notes.join(' ')).toMatch(/tilbud, ikke et krav/);
      expect(bodies(r)).not.toContain('behandlingsstedet');
      expect(r.alternatives.join(' ')).toMatch(/Patienterstatningen/);
      expect(r.alternatives.join(' ')).toMatch(/stopper ikke fristen/);
    });

    it.each([
      ['2023-06-15', '2025-06-15'],
      ['2025-12-31', '2027-12-31'],
      ['2024-02-29', '2026-02-28'],
    ])('learned of it %s: complain by %s', (receivedOn, expected) => {
      expect(resolve({ rusmiddel: 'stoffer', emne: 'sundhedsfaglig' }, receivedOn).deadline.date).toBe(expected);
    });
  });

  describe('alcohol, a decision or the type of treatment', () => {
    it.each(['afgoerelse', 'behandlingstype'] as const)('%s: not confirmed; the municipality, then the Ombudsman within a year', (emne) => {
      const r = resolve({ rusmiddel: 'alkohol', emne }, '2025-03-03');
      expect(bodies(r)).toEqual(['kommunen', 'ombudsmanden']);
      expect(r.formalAppeal).toBe(false);
      expect(r.confirmed).toBe(false);
      expect(r.unconfirmed.join(' ')).toMatch(/ikke bekræftet/);
      expect(r.deadline.none).toBe(true);
      expect(r.deadline.date).toBeUndefined();
      expect(r.deadline.text).toMatch(/ingen frist/i);
      expect(r.deadline.text).toMatch(/inden et\s+år/);
      expect(r.sources).toEqual(expect.arrayContaining(['sul-141', 'ombudsmandsloven-13']));
      expect(r.history.some((h) => /ikke nogen formel klageadgang/.test(h.wording) && h.citation.source === 'kl-inspirationskatalog')).toBe(true);
    });

    it('does not ask the age', () => {
      expect(resolve({ rusmiddel: 'alkohol', emne: 'afgoerelse' }).path?.some((s) => 'alder' in s.means)).toBe(false);
    });
  });

  describe('staff conduct or service', () => {
    it.each(['stoffer', 'alkohol'] as const)('%s: the treatment place or the municipality, no deadline, then the Ombudsman', (rusmiddel) => {
      const r = resolve({ rusmiddel, emne: 'personale' }, '2025-03-03');
      expect(bodies(r)).toEqual(['behandlingsstedet', 'kommunen', 'ombudsmanden']);
      expect(r.formalAppeal).toBe(false);
      expect(r.deadline.none).toBe(true);
      expect(r.deadline.date).toBeUndefined();
      expect(r.deadline.text).toMatch(/inden et år/);
      expect(r.sources).toContain('ombudsmandsloven-13');
    });
  });

  describe('access to one\'s own case file', () => {
    it('drugs: no deadline, the body that hears the main case', () => {
      const r = resolve({ ...adultDrugs, emne: 'aktindsigt' }, '2025-03-03');
      expect(bodies(r)).toEqual(['kommunen', 'ankestyrelsen']);
      expect(r.deadline.none).toBe(true);
      expect(r.deadline.date).toBeUndefined();
      expect(r.confirmed).toBe(true);
    });

    it('alcohol: the treatment place, then Styrelsen for Patientklager, no deadline', () => {
      const r = resolve({ rusmiddel: 'alkohol', emne: 'aktindsigt' }, '2025-03-03');
      expect(bodies(r)).toEqual(['behandlingsstedet', 'styrelsen-for-patientklager']);
      expect(r.steps[0].text).toMatch(/7\s+arbejdsdage/);
      expect(r.deadline.none).toBe(true);
      expect(r.deadline.date).toBeUndefined();
    });
  });

  describe('answers a link or a check may leave out', () => {
    it('counts a missing age as 18 or over, and a missing kind of decision as "another decision"', () => {
      const r = resolve({ rusmiddel: 'stoffer', emne: 'afgoerelse' }, '2024-02-10');
      expect(bodies(r)).toEqual(['kommunen', 'ankestyrelsen']);
      expect(r.deadline.date).toBe('2024-03-09');
      expect(r.path?.map((s) => s.option)).toEqual(['stoffer', 'afgoerelse', 'anden']);
    });
  });

  describe('input it cannot use', () => {
    it.each([
      [{ rusmiddel: 'stoffer', emne: 'afgoerelse' }, '2025-02-29', /"receivedOn" expected a date written as YYYY-MM-DD/],
      [{ rusmiddel: 'stoffer', emne: 'afgoerelse' }, '03-03-2025', /"receivedOn"/],
      [{ rusmiddel: 'kaffe', emne: 'afgoerelse' }, undefined, /question "hvem" has no answer for .*"kaffe"/],
      [{ rusmiddel: 'stoffer', emne: 'vejret' }, undefined, /question "emne-stoffer" has no answer for/],
      [{ emne: 'afgoerelse' }, undefined, /question "hvem" has no answer for .*it needs "rusmiddel", "alder"/],
    ])('%o', (facts, receivedOn, message) => {
      expect(() => resolve(facts as CaseFacts, receivedOn)).toThrow(message);
    });
  });

  it('is driven by the data: changing the file changes the answer', () => {
    const changed: ComplaintRules = structuredClone(rules);
    changed.routes.find((r) => r.id === resolve({ ...adultDrugs, emne: 'afgoerelse' }).route)!.deadline.weeks = 6;
    changed.questions.find((q) => q.id === changed.start)!.options.find((o) => o.id === 'alkohol')!.next = 'personale';
    expect(resolveComplaint(changed, { facts: { ...adultDrugs, emne: 'afgoerelse' }, receivedOn: '2024-02-10' }).deadline.date).toBe('2024-03-23');
    expect(resolveComplaint(changed, { facts: { rusmiddel: 'alkohol', emne: 'afgoerelse' } }).outcome).toBe('personale');
  });
});

describe('every outcome', () => {
  const outcomes = rules.outcomes.map((o) => [o.id, describeOutcome(rules, o.id)] as const);

  it.each(outcomes)('%s says what a complaint should contain, where it goes and what it rests on', (_, r) => {
    expect(r.steps.length).toBeGreaterThan(0);
    expect(r.contents.length).toBeGreaterThanOrEqual(4);
    expect(r.contents[0]).toEqual({ heading: 'Hvem jeg er', what: expect.stringMatching(/^Hvem du er/) });
    expect(r.contents.map((c) => c.what).join(' ')).toMatch(/hvorfor|hvad du er utilfreds med|hvad du beder om|at behandlingen begynder/i);
    expect(r.subject).toMatch(/^(Klage|Anmodning) /);
    expect(r.send.length).toBeGreaterThan(0);
    expect(r.sources.length).toBeGreaterThan(0);
    expect(r.citations.length).toBeGreaterThan(0);
    expect(r.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.deadline.text.length).toBeGreaterThan(0);
  });

  it.each(outcomes.filter(([, r]) => !r.formalAppeal || !r.confirmed))('%s, without a confirmed formal appeal, says what can be done instead', (_, r) => {
    expect(r.alternatives.length + r.contacts.length).toBeGreaterThan(0);
    expect([...r.alternatives, ...r.steps.map((s) => s.text)].join(' ')).toMatch(/kommunen/);
    expect(r.contacts.length > 0 || /Folketingets Ombudsmand/.test([...r.alternatives, ...r.steps.map((s) => s.text)].join(' '))).toBe(true);
  });

  it.each(outcomes)('%s never dead-ends: it names a body, a date or "ingen frist", and a next step', (_, r) => {
    expect(r.steps[0].name.length).toBeGreaterThan(0);
    expect(r.calculation !== undefined || /ingen frist/i.test(r.deadline.text)).toBe(true);
    expect(r.steps[0].text).toMatch(/\b(Send|Klag|Skriv|Kontakt|Læs|Bed|Sig|Du kan)\b/);
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
    const facts = factsFromPath(path);
    expect(resolve(facts).outcome).toBe(path.outcome);
    expect(resolve(facts, '2025-12-15').outcome).toBe(path.outcome);
    expect(resolve(facts).path).toEqual(path.steps);
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
      "content/rules/klagevejviser.yaml: feltet »routes → nr. 1 → laws → nr. 2« skal være id'et på en lovhenvisning i content/law/: en af \"sel-101\"; der står \"sel-999\"",
    ]);
  });

  it('names an unknown source id in an outcome', () => {
    expect(problemsWith(edit('    summary: Klag til kommunen.\n    sources:\n      - source: testkilde', '    summary: Klag til kommunen.\n    sources:\n      - source: testkilden'))).toEqual([
      "content/rules/klagevejviser.yaml: feltet »outcomes → nr. 1 → sources → nr. 1 → source« skal være id'et på en kilde i content/sources/: en af \"testkilde\"; der står \"testkilden\"",
    ]);
  });

  it('names an unknown route id', () => {
    expect(problemsWith(edit('route: kommunen', 'route: kommune'))).toEqual([
      "content/rules/klagevejviser.yaml: feltet »outcomes → nr. 1 → route« skal være id'et på en klagevej i denne fil: en af \"kommunen\"; der står \"kommune\"",
      'content/rules/klagevejviser.yaml: feltet »routes → nr. 1 → id« skal være en klagevej, som en slutside bruger; ingen slutside bruger "kommunen"',
    ]);
  });
});
