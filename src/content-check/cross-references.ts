/**
 * Checks that content points only at things that exist: municipalities, laws, sources, sections,
 * consultation rows, chapters, statutory elements. Runs on validated data, so shapes are known.
 */
import type { z } from 'zod';
import type { CollectionName, collectionDefinitions } from '../schemas/index.ts';
import { sectionAnchor } from '../schemas/standard.ts';
import { complaintRulesProblems } from '../domain/complaints/flow.ts';
import { componentReferencesInBody } from '../domain/site/mdx-references.ts';
import { describePath, type ContentProblem } from './content-errors.ts';

type Data<N extends CollectionName> = z.output<ReturnType<(typeof collectionDefinitions)[N]['schema']>>;
export interface IndexedEntry<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}
export type ContentIndex = { [N in CollectionName]: IndexedEntry<Data<N>>[] };

type Path = (string | number)[];

/** "en af "a", "b"", or that there is none yet. */
function oneOf(values: Iterable<string>, limit = 12): string {
  const all = [...values].map((v) => `"${v}"`);
  if (all.length === 0) return 'der er ingen endnu';
  return `en af ${all.length > limit ? `${all.slice(0, limit).join(', ')} … (${all.length} i alt)` : all.join(', ')}`;
}

/** Section anchors written in an MDX body as headings ending in {#afsnit-...}. */
export function sectionAnchorsInBody(body: string): string[] {
  return [...body.matchAll(/^#{2,6}\s.*\{#(afsnit-[a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]);
}

/**
 * `fileIds` holds the ids of every file read, also those that failed their schema, so that a
 * reference to a broken entry is not reported twice; without it, only valid entries count.
 */
/** The law ids of the /lovgrundlag/<id>/ pages a Markdown text links to. */
export const lawPagesLinkedIn = (markdown: string): string[] => [...markdown.matchAll(/\]\(\/lovgrundlag\/([^/)#\s]+)\/?[^)]*\)/g)].map((m) => m[1]);

export function checkCrossReferences(index: ContentIndex, fileIds?: Record<CollectionName, Set<string>>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = <N extends CollectionName>(name: N) => fileIds?.[name] ?? new Set(index[name].map((e) => e.id));
  const municipalities = ids('municipalities');
  const laws = ids('law');
  const sources = ids('sources');
  const glossary = ids('glossary');
  const invalidCatalogue = [...ids('catalogue')].filter((id) => !index.catalogue.some((e) => e.id === id));
  const chapters = new Set([...index.catalogue.filter((e) => e.data.kind === 'kapitel').map((e) => e.id), ...invalidCatalogue]);
  const standards = new Map(index.standards.map((e) => [e.id, e]));
  const consultations = new Map(index.consultations.map((e) => [e.id, e]));
  const elementRules = index.rules.flatMap((e) => (e.data.kind === 'standard-elements' ? [e.data] : []));
  const elements = new Set(elementRules.flatMap((r) => r.elements.map((el) => el.id)));

  const problem = (file: string, path: Path, message: string) => problems.push({ file, field: describePath(path), message });
  /** `what` is what the field must be ("skal være …"); `verb` replaces "være" where another verb reads better. */
  const mustExist = (file: string, path: Path, value: string | undefined, known: Set<string>, what: string, verb = 'være') => {
    if (value !== undefined && !known.has(value)) problem(file, path, `skal ${verb} ${what}: ${oneOf(known)}; der står "${value}"`);
  };
  const citationsOf = (file: string, list: { source: string }[] | undefined, path: Path) =>
    list?.forEach((c, i) => mustExist(file, [...path, i, 'source'], c.source, sources, "id'et på en kilde i content/sources/"));
  const lawsOf = (file: string, list: string[] | undefined, path: Path) =>
    list?.forEach((law, i) => mustExist(file, [...path, i], law, laws, "id'et på en lovhenvisning i content/law/"));
  const municipalityOf = (file: string, value: string | undefined) =>
    mustExist(file, ['municipality'], value, municipalities, "id'et på en kommune i content/municipalities/");

  for (const e of index.law) {
    citationsOf(e.file, e.data.checkedAgainst, ['checkedAgainst']);
    e.data.history.forEach((h, i) => mustExist(e.file, ['history', i, 'citation', 'source'], h.citation.source, sources, "id'et på en kilde i content/sources/"));
  }
  for (const e of index.glossary) {
    citationsOf(e.file, e.data.sources, ['sources']);
    lawsOf(e.file, e.data.laws, ['laws']);
    e.data.seeAlso.forEach((term, i) => mustExist(e.file, ['seeAlso', i], term, glossary, "id'et på et ord i ordlisten i content/glossary/"));
  }
  for (const e of index.rules) {
    citationsOf(e.file, e.data.sources, ['sources']);
    lawsOf(e.file, e.data.laws, ['laws']);
    if (e.data.kind === 'intensity-definitions') {
      e.data.levels.forEach((level, i) => level.consequences.forEach((c, j) => lawsOf(e.file, c.laws, ['levels', i, 'consequences', j, 'laws'])));
    }
    if (e.data.kind === 'complaint-routes') {
      // The complaint wizard: its routes' and outcomes' laws and sources, then its own graph (next, start, route ids, loops).
      for (const [list, items] of [['routes', e.data.routes], ['outcomes', e.data.outcomes]] as const) {
        items.forEach((item, i) => {
          lawsOf(e.file, item.laws, [list, i, 'laws']);
          citationsOf(e.file, item.sources, [list, i, 'sources']);
          item.history.forEach((h, j) => mustExist(e.file, [list, i, 'history', j, 'citation', 'source'], h.citation.source, sources, "id'et på en kilde i content/sources/"));
        });
      }
      e.data.routes.forEach((r, i) => lawsOf(e.file, r.promised?.laws, ['routes', i, 'promised', 'laws']));
      e.data.contacts.forEach((c, i) => citationsOf(e.file, c.sources, ['contacts', i, 'sources']));
      citationsOf(e.file, e.data.holidayDeadline.sources, ['holidayDeadline', 'sources']);
      lawsOf(e.file, e.data.holidayDeadline.laws, ['holidayDeadline', 'laws']);
      complaintRulesProblems(e.data).forEach((p) => problem(e.file, p.path, p.message));
    }
    if (e.data.kind === 'standard-elements') {
      const ids = e.data.elements.map((el) => el.id);
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) problem(e.file, ['elements', i, 'id'], `skal være et id, intet andet emne har; "${id}" står også ved nr. ${ids.indexOf(id) + 1}`);
      });
      for (const [area, defaults] of Object.entries(e.data.newStandard)) {
        lawsOf(e.file, defaults.legalBases, ['newStandard', area, 'legalBases']);
        citationsOf(e.file, defaults.sources, ['newStandard', area, 'sources']);
      }
      e.data.elements.forEach((el, i) =>
        lawPagesLinkedIn(el.guidance ?? '').forEach((law) =>
          mustExist(e.file, ['elements', i, 'guidance'], law, laws, "til lovsider, der findes (/lovgrundlag/<id>/ med id'et på en lovhenvisning i content/law/)", 'kun linke'),
        ),
      );
    }
    if (e.data.kind === 'rights') {
      e.data.topics.forEach((t, i) => t.rules.forEach((r, j) => mustExist(e.file, ['topics', i, 'rules', j, 'law'], r.law, laws, "id'et på en lovhenvisning i content/law/")));
    }
  }
  const complaintFiles = index.rules.filter((e) => e.data.kind === 'complaint-routes');
  if (complaintFiles.length > 1) {
    problems.push({ file: 'content/rules/', field: '', message: `skal have højst én regelfil med kind: complaint-routes (klagevejviseren); der er ${complaintFiles.length}: ${complaintFiles.map((e) => e.file).join(', ')}` });
  }
  if (index.standards.length > 0 && elementRules.length !== 1) {
    problems.push({ file: 'content/rules/', field: '', message: `skal have præcis én regelfil med kind: standard-elements (de emner, en kvalitetsstandard skal indeholde); der er ${elementRules.length}` });
  }

  for (const e of index.standards) {
    const d = e.data;
    municipalityOf(e.file, d.municipality);
    lawsOf(e.file, d.legalBases, ['legalBases']);
    citationsOf(e.file, d.sources, ['sources']);
    const expectedId = `${d.municipality}/${d.standard}/${d.version}`;
    if (e.id !== expectedId) {
      problem(e.file, [], `ligger det forkerte sted: version "${d.version}" af standarden "${d.standard}" fra kommunen "${d.municipality}" skal ligge i content/standards/${expectedId}.mdx`);
    }
    if (d.supersedes !== undefined) {
      mustExist(e.file, ['supersedes'], `${d.municipality}/${d.standard}/${d.supersedes}`, ids('standards'), 'en tidligere version af samme standard');
    }
    if (d.consultation !== undefined) mustExist(e.file, ['consultation'], d.consultation, ids('consultations'), "id'et på en høring i content/consultations/");
    const anchors = sectionAnchorsInBody(e.body);
    const declared = new Set(d.sections.map((s) => sectionAnchor(s.id)));
    d.sections.forEach((section, i) => {
      section.elements.forEach((el, j) => mustExist(e.file, ['sections', i, 'elements', j], el, elements, "id'et på et af de emner, loven kræver (content/rules/, kind: standard-elements)"));
      if (!anchors.includes(sectionAnchor(section.id))) {
        problem(e.file, ['sections', i, 'id'], `kræver en overskrift i teksten til afsnit "${section.id}", der slutter med {#${sectionAnchor(section.id)}}; der er ingen`);
      }
      section.changes.forEach((change, j) =>
        change.responses.forEach((ref, k) => {
          const [consultationId, rowId] = ref.split('#');
          const consultation = consultations.get(consultationId);
          const path = ['sections', i, 'changes', j, 'responses', k];
          if (!consultation) return mustExist(e.file, path, consultationId, ids('consultations'), "id'et på en høring i content/consultations/");
          mustExist(e.file, path, rowId, new Set(consultation.data.rows.map((r) => r.id)), `id'et på en række i høringen "${consultationId}"`);
        }),
      );
    });
    anchors.filter((a) => !declared.has(a)).forEach((anchor) => problem(e.file, ['sections'], `skal have et afsnit til overskriften, der slutter med {#${anchor}}; intet afsnit i listen har det id`));
    [...new Set(anchors.filter((a, i) => anchors.indexOf(a) !== i))].forEach((anchor) =>
      problem(e.file, [], `har to overskrifter, der slutter med {#${anchor}}: hvert afsnit skal have sin egen overskrift. Ret den ene, så den passer til sit afsnit`),
    );
  }

  for (const e of index.consultations) {
    const d = e.data;
    municipalityOf(e.file, d.municipality);
    citationsOf(e.file, d.sources, ['sources']);
    const standard = standards.get(d.standard);
    if (!standard) {
      mustExist(e.file, ['standard'], d.standard, ids('standards'), "id'et på en version af en standard i content/standards/");
      continue;
    }
    if (standard.data.municipality !== d.municipality) {
      problem(e.file, ['municipality'], `skal være kommunen bag den standard, der er i høring, "${standard.data.municipality}"; der står "${d.municipality}"`);
    }
    const sectionIds = new Set(standard.data.sections.map((s) => s.id));
    d.rows.forEach((row, i) =>
      row.sections.forEach((section, j) => mustExist(e.file, ['rows', i, 'sections', j], section, sectionIds, `id'et på et afsnit i "${d.standard}"`)),
    );
  }

  const catalogueNumbers = new Map<string, string>();
  for (const e of index.catalogue) {
    municipalityOf(e.file, e.data.municipality);
    citationsOf(e.file, e.data.sources, ['sources']);
    const key = `${e.data.kind} ${e.data.number}`;
    const other = catalogueNumbers.get(key);
    if (other) problem(e.file, ['number'], `skal være et nummer, som intet andet ${e.data.kind} har; ${other} er allerede ${key}`);
    else catalogueNumbers.set(key, e.file);
  }
  for (const e of index.examples) {
    municipalityOf(e.file, e.data.municipality);
    citationsOf(e.file, e.data.sources, ['sources']);
    mustExist(e.file, ['chapter'], e.data.chapter, chapters, "id'et på et kapitel i kataloget (kind: kapitel) i content/catalogue/");
  }
  const exampleIds = ids('examples');
  for (const e of [...index.catalogue, ...index.examples, ...index.standards]) {
    const used = componentReferencesInBody(e.body);
    used.examples.forEach((id) => mustExist(e.file, ['text', '<Example id>'], id, exampleIds, "id'et på et praksiseksempel i content/examples/"));
    used.laws.forEach((id) => mustExist(e.file, ['text', '<TodaysRule laws>'], id, laws, "id'et på en lovhenvisning i content/law/"));
  }
  for (const name of ['initiatives', 'programmes', 'offers'] as const) {
    for (const e of index[name]) {
      citationsOf(e.file, e.data.sources, ['sources']);
      if ('municipality' in e.data) municipalityOf(e.file, e.data.municipality as string | undefined);
    }
  }
  return problems;
}
