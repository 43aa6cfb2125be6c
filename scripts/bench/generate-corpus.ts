/**
 * The benchmark corpus: all 98 municipalities, and for as many as the page count needs, two quality
 * standards in several versions (MDX with 10-15 sections, GFM tables, lists, {#afsnit-...} anchors),
 * a consultation with many rows per version, and practice examples. Each version revises the one
 * before as a council does: sections its consultation or the administration changed get one
 * paragraph rewritten and a note on the change; the others are kept word for word. The real small collections
 * the generated entries point at (law, sources, rules, glossary, the catalogue and its examples,
 * initiatives, programmes, offers) are copied from content/. Same seed, same corpus.
 *
 *   node scripts/bench/generate-corpus.ts [--pages 2000] [--versions N] [--national] [--seed 1] [--out /tmp/corpus]
 *
 * --versions N gives every standard N versions (two years apart while they fit since 2007, else a
 * year apart; see version-plan.ts); --national is the ten-year national case (corpus-plan.ts).
 *
 * writes <out>/content and prints the folder.
 */
import { cpSync, globSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { corpusPlan, nationalPlan, STANDARDS_PER_MUNICIPALITY, type CorpusPlan } from './corpus-plan.ts';
import { adoptionDate, consultationPeriod, planVersions } from './version-plan.ts';
import { intBetween, pick, pickSome, seededRandom, seedFor, shuffled, type Random } from './random.ts';
import { danishMunicipalities, placeName, type DanishMunicipality } from './danish-municipalities.ts';
import { changes, exampleTopics, genericSentences, parties, remarks, responses, sentencesFrom, topics, type Topic } from './corpus-text.ts';

/** The project's own content folder, whose small collections the corpus copies. */
export const projectContentDir = fileURLToPath(new URL('../../content/', import.meta.url));

/** Real collections copied as they are: the generated entries point at them, and they keep every page type in the build. */
export const copiedCollections = ['law', 'sources', 'rules', 'glossary', 'catalogue', 'examples', 'initiatives', 'programmes', 'offers'] as const;

export const DEFAULT_SEED = 20251123;

export interface CorpusOptions {
  /** At least this many pages from the generated entries (ignored by the national preset). */
  pages: number;
  /** Every standard gets this many versions (else the page count decides, up to 8). */
  versions?: number;
  /** The ten-year national preset instead of a page count: see nationalPlan() in corpus-plan.ts. */
  national?: boolean;
  seed?: number;
}

/** The plan the options ask for. */
export const planFor = (options: CorpusOptions): CorpusPlan => (options.national ? nationalPlan() : corpusPlan(options.pages, options.versions));

export interface GeneratedCorpus {
  plan: CorpusPlan;
  /** File text by path under the content folder, such as "standards/odense/alkoholbehandling/2023-24.mdx". */
  files: Map<string, string>;
  /** Entry counts by collection, generated entries only. */
  counts: Record<'municipalities' | 'sources' | 'standards' | 'consultations' | 'examples', number>;
}

interface StandardKind {
  id: string;
  short: string;
  title: string;
  area: 'stoffer' | 'alkohol' | 'begge';
  legalBases: string[];
  guaranteeLaw: string;
  lawPage: string;
}

const standardKinds: StandardKind[] = [
  { id: 'social-behandling-stoffer', short: 'stoffer', title: 'Kvalitetsstandard for social behandling for brug af stoffer', area: 'stoffer', legalBases: ['sel-101', 'bek-1477-2019-4'], guaranteeLaw: 'sel-101-stk-4', lawPage: '/lovgrundlag/sel-101/' },
  { id: 'alkoholbehandling', short: 'alkohol', title: 'Kvalitetsstandard for alkoholbehandling', area: 'alkohol', legalBases: ['sul-141'], guaranteeLaw: 'sul-141-stk-2', lawPage: '/lovgrundlag/sul-141/' },
];

const committees = ['Socialudvalget', 'Sundheds- og Omsorgsudvalget', 'Social- og Sundhedsudvalget', 'Byrådet', 'Kommunalbestyrelsen', 'Udvalget for Social og Beskæftigelse'];


/** Front matter and body as an MDX file. */
const mdx = (data: object, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trim()}\n`;

/** A GFM table from rows, the first row being the header. */
function table(rows: string[][]): string {
  const [head, ...rest] = rows;
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rest.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

interface Section {
  id: string;
  title: string;
  elements: string[];
  level: 2 | 3;
  sentences: string[];
  topic: Topic;
}

/** 10-15 sections (a summary, numbered topics, numbered subsections), the same for every version of one standard. */
function sectionsOf(random: Random): Section[] {
  const target = intBetween(random, 10, 15);
  const core = new Set(['indledning', 'maalgruppe', 'organisering', 'visitation', 'garanti', 'frit-valg', 'behandlingsplan', 'klage']);
  const chosen = new Set<string>(core);
  let count = 1 + core.size; // the summary and the core topics
  // Units to add in random order: the other topics, and every subsection (which brings its topic along).
  const units: { key: string; parent?: string }[] = topics.flatMap((t) => [
    ...(core.has(t.key) ? [] : [{ key: t.key }]),
    ...(t.subsections ?? []).map((s) => ({ key: `${t.key}/${s.key}`, parent: t.key })),
  ]);
  const optional = shuffled(random, units);
  for (const unit of optional) {
    const needed = unit.parent && !chosen.has(unit.parent) ? 2 : 1;
    if (count + needed > target) continue;
    chosen.add(unit.key);
    if (unit.parent) chosen.add(unit.parent);
    count += needed;
  }
  const sections: Section[] = [
    { id: 'resume', title: 'Resumé', elements: [], level: 2, sentences: [...topics[0].sentences.slice(0, 2), ...genericSentences.slice(0, 2)], topic: topics[0] },
  ];
  let number = 0;
  for (const topic of topics) {
    if (!chosen.has(topic.key)) continue;
    number++;
    sections.push({ id: String(number), title: topic.title, elements: topic.elements, level: 2, sentences: topic.sentences, topic });
    let sub = 0;
    for (const s of topic.subsections ?? []) {
      if (!chosen.has(`${topic.key}/${s.key}`)) continue;
      sub++;
      sections.push({ id: `${number}.${sub}`, title: s.title, elements: s.elements, level: 3, sentences: s.sentences, topic });
    }
  }
  return sections;
}

interface Row {
  id: string;
  party: string;
  remark: string;
  response: string;
  changed: boolean;
  change?: string;
  sections: string[];
}

function consultationRows(random: Random, partyIds: string[], sectionIds: string[]): Row[] {
  const perParty = new Map<string, number>();
  return Array.from({ length: intBetween(random, 15, 40) }, () => {
    const party = pick(random, partyIds);
    const n = (perParty.get(party) ?? 0) + 1;
    perParty.set(party, n);
    const changed = random() < 0.3;
    const change = changed ? pick(random, changes) : undefined;
    const response = pickSome(random, responses, intBetween(random, 1, 3)).join(' ');
    return {
      id: `${party}-${n}`,
      party,
      remark: pickSome(random, remarks, intBetween(random, 2, 4)).join(' '),
      response: change ? `${response}\n\nÆndring på baggrund af bemærkning: ${change}` : response,
      changed,
      ...(change ? { change } : {}),
      sections: pickSome(random, sectionIds.filter((id) => id !== 'resume'), intBetween(random, 1, 2)),
    };
  });
}

interface VersionContext {
  municipality: DanishMunicipality;
  kind: StandardKind;
  label: string;
  sections: Section[];
  rowsBySection: Map<string, { description: string; response: string }[]>;
  ownChanges: Set<string>;
  exampleId?: string;
}

/** A section's text without its note on what changed: heading, paragraphs, list, table, components. */
function sectionCore(random: Random, ctx: VersionContext, section: Section, fill: (s: string) => string, footnote: boolean): string {
  const parts: string[] = [];
  const hashes = '#'.repeat(section.level);
  parts.push(`${hashes} ${section.id === 'resume' ? '' : `${section.id} `}${section.title} {#afsnit-${section.id.replaceAll('.', '-')}}`);
  const paragraphs = intBetween(random, 2, 3);
  for (let i = 0; i < paragraphs; i++) {
    const sentences = sentencesFrom(random, section.sentences, intBetween(random, 2, 4), fill);
    if (i === 0 && footnote) sentences[0] = `${sentences[0].replace(/\.$/, '')}, jf. [${ctx.kind.area === 'alkohol' ? 'sundhedsloven § 141' : 'serviceloven § 101'}](${ctx.kind.lawPage}).[^lov]`;
    parts.push(sentences.join(' '));
  }
  const items = section.level === 2 ? section.topic.items : undefined;
  if (items && random() < 0.8) {
    const ordered = random() < 0.3;
    parts.push(pickSome(random, items, intBetween(random, 3, items.length)).map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item.charAt(0).toUpperCase()}${item.slice(1)}`).join('\n'));
  }
  if (section.level === 2 && section.topic.table && section.id !== 'resume') parts.push(table(section.topic.table(random)));
  if (section.topic.key === 'garanti' && section.level === 2) parts.push(`<TodaysRule laws={["${ctx.kind.guaranteeLaw}"]} />`);
  if (section.topic.key === 'organisering' && section.level === 2 && ctx.exampleId) parts.push(`Se, hvordan kommunen har grebet det an i praksis:\n\n<Example id="${ctx.exampleId}" />`);
  return parts.join('\n\n');
}

/** A plain paragraph of sentences: not the heading, a list, a table, a component or the footnote's sentence. */
const isRewordable = (part: string, index: number) => index > 0 && !/^(?:[-|<#]|\d+\.|Se, hvordan)/.test(part) && !part.includes('[^');

/**
 * The next version of a changed section, as a council revises one: one paragraph rewritten, the
 * rest kept word for word (a corpus that rewrote every sentence would make every diff a worst case).
 */
function reviseCore(random: Random, previous: string, section: Section, fill: (s: string) => string): string {
  const parts = previous.split('\n\n');
  const candidates = parts.map((part, i) => (isRewordable(part, i) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return previous;
  parts[pick(random, candidates)] = sentencesFrom(random, section.sentences, intBetween(random, 2, 4), fill).join(' ');
  return parts.join('\n\n');
}

/** A section of one version: its text, revised from the previous version's only where it changed, and a note on what changed. */
function sectionBody(random: Random, ctx: VersionContext, section: Section, fill: (s: string) => string, footnote: boolean, previous: string | undefined): { core: string; body: string } {
  const changed = ctx.rowsBySection.get(section.id) ?? [];
  const isChanged = changed.length > 0 || ctx.ownChanges.has(section.id);
  const core = previous === undefined ? sectionCore(random, ctx, section, fill, footnote) : isChanged ? reviseCore(random, previous, section, fill) : previous;
  if (!isChanged) return { core, body: core };
  const note = `**Ændret i version ${ctx.label}:** ${[...changed.map((c) => c.description), ...(ctx.ownChanges.has(section.id) ? ['Forvaltningen har opdateret tal og kontaktoplysninger.'] : [])].join(' ')}`;
  return { core, body: `${core}\n\n${note}` };
}

function municipalityFiles(random: Random, m: DanishMunicipality, plan: CorpusPlan, files: Map<string, string>, counts: GeneratedCorpus['counts']): void {
  const place = placeName(m.name);
  const fill = (s: string) => s.replaceAll('{P}', place).replaceAll('{K}', m.name);
  const sourceId = `${m.id}-rusmiddelbehandling`;
  files.set(
    `sources/${sourceId}.yaml`,
    stringify({
      title: `Kvalitetsstandarder og høringsnotater om rusmiddelbehandling, ${m.name} (syntetisk testindhold)`,
      issuer: m.name,
      kind: 'kildedokument',
      year: 2025,
      description: `Syntetisk tekst, lavet til at måle, hvor hurtigt siden bygges. Det er ikke et dokument fra ${m.name}.`,
    }),
  );
  counts.sources++;

  const exampleIds: string[] = [];
  const offset = intBetween(random, 0, exampleTopics.length - 1);
  for (let i = 0; i < plan.examplesPerMunicipality; i++) {
    const topic = exampleTopics[(offset + i) % exampleTopics.length];
    const round = Math.floor(i / exampleTopics.length);
    const id = `${m.id}-${topic.slug}${round > 0 ? `-${round + 1}` : ''}`;
    exampleIds.push(id);
    const related = topics.filter((t) => t.key !== 'indledning');
    const body = [
      ...Array.from({ length: intBetween(random, 3, 4) }, () => sentencesFrom(random, pick(random, related).sentences, intBetween(random, 2, 4), fill).join(' ')),
      pickSome(random, ['Fast kontaktperson gennem hele forløbet', 'Samtaler der, hvor borgeren er', 'Fælles møder med jobcentret', 'Opfølgning efter 1 og 6 måneder', 'Tilbud til pårørende', 'Gruppeforløb om aftenen'], 4).map((t) => `- ${t}`).join('\n'),
      ...(random() < 0.5 ? [table([['År', 'Borgere i forløb', 'Afsluttet efter plan'], ...[2022, 2023, 2024].map((y) => [String(y), String(intBetween(random, 20, 400)), `${intBetween(random, 40, 85)} pct.`])])] : []),
      `Kilde: ${m.name} (syntetisk testindhold).`,
    ].join('\n\n');
    const timeline = random() < 0.5 ? [{ when: 'Dag 1', what: 'Borgeren henvender sig og får en tid til forsamtale.' }, { when: 'Inden for 14 dage', what: 'Behandlingen starter.' }, { when: 'Efter 6 måneder', what: 'Opfølgende samtale.' }] : [];
    files.set(
      `examples/${id}.mdx`,
      mdx(
        {
          title: fill(topic.title),
          municipality: m.id,
          chapter: topic.chapter,
          themes: topic.themes,
          summary: fill(`Et syntetisk praksiseksempel fra {K}: ${topic.title.replace(' i {P}', '').toLowerCase()}.`),
          ...(timeline.length ? { timeline } : {}),
          sources: [{ source: sourceId, locator: `eksempel ${i + 1}` }],
        },
        body,
      ),
    );
    counts.examples++;
  }

  for (const kind of standardKinds.slice(0, STANDARDS_PER_MUNICIPALITY)) {
    const sections = sectionsOf(random);
    const sectionIds = sections.map((s) => s.id);
    // Drawn even for one version, so the random stream stays the same whatever the version count.
    const latestInConsultation = random() < 0.1;
    const versions = planVersions(plan.versionsPerStandard, { yearsApart: plan.yearsApart, latestInConsultation });
    const partyIds = pickSome(random, parties, intBetween(random, 4, 7)).map((p) => p.id);
    // Chosen once per standard, so a section nobody changed reads the same in every version.
    const footnoteIn = pick(random, sections.filter((s) => s.id !== 'resume')).id;
    const exampleId = exampleIds.length ? pick(random, exampleIds) : undefined;
    const cores = new Map<string, string>();
    versions.forEach((version, index) => {
      const { label, year, status, adopted } = version;
      const consultationId = `${m.id}/hoeringsnotat-${kind.short}-${label}`;
      const rows = consultationRows(random, partyIds, sectionIds);
      files.set(
        `consultations/${consultationId}.yaml`,
        stringify(
          {
            title: `Høringsnotat vedrørende ${kind.title.charAt(0).toLowerCase()}${kind.title.slice(1)} ${label}`,
            municipality: m.id,
            standard: `${m.id}/${kind.id}/${label}`,
            year,
            period: consultationPeriod(random, year),
            parties: parties.filter((p) => partyIds.includes(p.id)),
            rows,
            notes: [`Forvaltningen har modtaget høringssvar fra ${partyIds.length} parter. Notatet er syntetisk testindhold.`],
            sources: [{ source: sourceId, locator: `høringsnotat ${label}` }],
          },
          { lineWidth: 0 },
        ),
      );
      counts.consultations++;

      const rowsBySection = new Map<string, { description: string; response: string }[]>();
      for (const row of rows.filter((r) => r.changed)) {
        const list = rowsBySection.get(row.sections[0]) ?? [];
        list.push({ description: row.change!, response: `${consultationId}#${row.id}` });
        rowsBySection.set(row.sections[0], list);
      }
      const ownChanges = new Set(index > 0 ? pickSome(random, sectionIds, intBetween(random, 0, 2)) : []);
      const ctx: VersionContext = { municipality: m, kind, label, sections, rowsBySection, ownChanges, exampleId };
      const body = [
        ...sections.map((s) => {
          const { core, body: text } = sectionBody(random, ctx, s, fill, s.id === footnoteIn, cores.get(s.id));
          cores.set(s.id, core);
          return text;
        }),
        `[^lov]: Lovteksten og en kort forklaring står på siden om ${kind.area === 'alkohol' ? 'sundhedsloven § 141' : 'serviceloven § 101'}.`,
      ].join('\n\n');
      files.set(
        `standards/${m.id}/${kind.id}/${label}.mdx`,
        mdx(
          {
            title: `${kind.title} ${label}`,
            municipality: m.id,
            standard: kind.id,
            version: label,
            status,
            area: kind.area,
            legalBases: kind.legalBases,
            ...(adopted ? { adoptedBy: pick(random, committees), adoptedOn: adoptionDate(random, year), validFrom: version.validFrom } : {}),
            ...(version.supersedes ? { supersedes: version.supersedes } : {}),
            consultation: consultationId,
            summary: `${m.name}s ${kind.area === 'alkohol' ? 'kvalitetsstandard for alkoholbehandling' : 'kvalitetsstandard for social behandling af brug af stoffer'}, version ${label}. Syntetisk testindhold til måling af byggetid.`,
            sections: sections.map((s) => ({
              id: s.id,
              title: s.title,
              elements: s.elements,
              changes: [
                ...(rowsBySection.get(s.id) ?? []).map((c) => ({ description: c.description, cause: 'hoeringssvar', responses: [c.response] })),
                ...(ownChanges.has(s.id) ? [{ description: 'Forvaltningen har opdateret tal og kontaktoplysninger.', cause: 'forvaltningen' }] : []),
              ],
            })),
            sources: [{ source: sourceId, locator: `kvalitetsstandard ${label}` }],
          },
          body,
        ),
      );
      counts.standards++;
    });
  }
}

/** The generated entries, as file text by path under the content folder. Pure: same options, same files. */
export function generateCorpus(options: CorpusOptions): GeneratedCorpus {
  const seed = options.seed ?? DEFAULT_SEED;
  const plan = planFor(options);
  const files = new Map<string, string>();
  const counts: GeneratedCorpus['counts'] = { municipalities: 0, sources: 0, standards: 0, consultations: 0, examples: 0 };
  for (const m of danishMunicipalities) {
    files.set(`municipalities/${m.id}.yaml`, stringify({ name: m.name, code: m.code, region: m.region }));
    counts.municipalities++;
  }
  const withContent = shuffled(seededRandom(seed), danishMunicipalities).slice(0, plan.municipalitiesWithContent);
  for (const m of withContent) municipalityFiles(seededRandom(seedFor(seed, m.id)), m, plan, files, counts);
  return { plan, files, counts };
}

/** Writes the corpus to contentDir, with the real collections it needs copied from sourceContentDir; says how many files it copied. */
export function writeCorpus(contentDir: string, options: CorpusOptions, sourceContentDir = projectContentDir): GeneratedCorpus & { copiedFiles: number } {
  const corpus = generateCorpus(options);
  mkdirSync(contentDir, { recursive: true });
  let copiedFiles = 0;
  for (const name of copiedCollections) {
    cpSync(join(sourceContentDir, name), join(contentDir, name), { recursive: true });
    copiedFiles += globSync('**/*', { cwd: join(contentDir, name), withFileTypes: true }).filter((e) => e.isFile()).length;
  }
  for (const [path, text] of corpus.files) {
    const file = join(contentDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { ...corpus, copiedFiles };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { pages: { type: 'string', default: '2000' }, versions: { type: 'string' }, national: { type: 'boolean', default: false }, seed: { type: 'string' }, out: { type: 'string' } } });
  const out = values.out ?? mkdtempSync(join(tmpdir(), 'rusmiddelguiden-corpus-'));
  const options = { pages: Number(values.pages), versions: values.versions === undefined ? undefined : Number(values.versions), national: values.national, seed: values.seed === undefined ? undefined : Number(values.seed) };
  const corpus = writeCorpus(join(out, 'content'), options);
  console.log(`${join(out, 'content')}: ${corpus.files.size} generated files and ${corpus.copiedFiles} copied, about ${corpus.plan.pages} pages (${JSON.stringify(corpus.counts)}; plan ${JSON.stringify(corpus.plan)})`);
}
