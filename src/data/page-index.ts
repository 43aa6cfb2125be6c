/**
 * Every page of the site as { title, url, type, municipality, laws }: the source for the A-Z
 * index, the pages that cite a law reference, related pages and the feed.
 */
import { getCollection } from 'astro:content';
import { catalogueHeading } from '../domain/site/catalogue.ts';
import { bodyReferences, type EntryWithBody } from './body-components.ts';
import { lawLabel } from '../domain/law/labels.ts';
import { findLawMentions } from '../domain/law/mentions.ts';
import type { PageType } from '../domain/site/page-types.ts';
import { relatedIndex } from '../domain/site/related.ts';
import { rulePageUrl } from '../domain/site/rule-pages.ts';
import { groupStandards } from '../domain/standards/groups.ts';
import { currentVersion } from '../domain/standards/versions.ts';
import { buildDate } from './build-date.ts';
import { describeOutcome } from '../domain/complaints/flow.ts';
import type { ComplaintRules } from '../content-check/complaint-rules.ts';
import { urls } from '../domain/site/urls.ts';
import { ruleOfKind } from './rules.ts';
import { publishedMunicipalities } from './municipalities.ts';

export interface PageRef {
  title: string;
  url: string;
  type: PageType;
  /** Municipality id, when the page belongs to one. */
  municipality?: string;
  /** Ids of the law references the page cites. */
  laws: string[];
}

const unique = (ids: string[]) => [...new Set(ids)];

let cached: Promise<PageRef[]> | undefined;

export function allPages(): Promise<PageRef[]> {
  cached ??= buildIndex();
  return cached;
}

async function buildIndex(): Promise<PageRef[]> {
  const [standards, consultations, catalogue, examples, initiatives, programmes, offers, law, rules, glossary] = await Promise.all([
    getCollection('standards'),
    getCollection('consultations'),
    getCollection('catalogue'),
    getCollection('examples'),
    getCollection('initiatives'),
    getCollection('programmes'),
    getCollection('offers'),
    getCollection('law'),
    getCollection('rules'),
    getCollection('glossary'),
  ]);
  const elementRule = (await ruleOfKind('standard-elements', 'the pages that cite its laws')).data;
  const staticPages: PageRef[] = [
    { title: 'Forside', url: urls.home(), type: 'page', laws: [] },
    { title: 'Kommuner', url: urls.municipalities(), type: 'page', laws: [] },
    // The index and the authoring guide introduce what a standard must contain: they cite the elements rule's laws.
    { title: 'Kvalitetsstandarder', url: urls.standards(), type: 'page', laws: elementRule.laws },
    { title: 'Høringer', url: urls.consultations(), type: 'page', laws: [] },
    { title: 'Inspirationskatalog', url: urls.catalogue(), type: 'page', laws: [] },
    { title: 'Praksiseksempler', url: urls.examples(), type: 'page', laws: [] },
    { title: 'Nationale initiativer', url: urls.initiatives(), type: 'page', laws: [] },
    { title: 'Støttede indsatser', url: urls.programmes(), type: 'page', laws: [] },
    { title: 'Lokale tilbud', url: urls.offers(), type: 'page', laws: [] },
    { title: 'Lovgrundlag', url: urls.laws(), type: 'page', laws: [] },
    { title: 'Ordliste', url: urls.glossary(), type: 'glossary', laws: unique(glossary.flatMap((t) => t.data.laws)) },
    { title: 'Regler', url: urls.rules(), type: 'page', laws: [] },
    { title: 'Om Rusmiddelguiden', url: urls.about(), type: 'page', laws: [] },
    { title: 'Kilder og datoer', url: urls.sources(), type: 'page', laws: [] },
    { title: 'Tilgængelighedserklæring', url: urls.accessibility(), type: 'page', laws: [] },
    { title: 'Sådan udgiver kommunen en kvalitetsstandard', url: urls.authoringGuide(), type: 'page', laws: elementRule.laws },
    { title: 'Søg', url: urls.search(), type: 'page', laws: [] },
    { title: 'Alle sider fra A til Å', url: urls.az(), type: 'page', laws: [] },
  ];
  // The rights page shows each topic's rules (LawFact): it cites those laws besides the file's own.
  const rightsLaws = (r: (typeof rules)[number]) => (r.data.kind === 'rights' ? r.data.topics.flatMap((t) => t.rules.map((x) => x.law)) : []);
  const lawReferences = law.map((l) => ({ id: l.id, law: l.data.law, paragraph: l.data.paragraph, subsection: l.data.subsection }));
  // Laws a body cites: today's-rule boxes and the paragraph mentions that link to law pages.
  const bodyLaws = (entry: EntryWithBody) => {
    const body = entry.body ?? '';
    return [
      ...bodyReferences(entry).laws,
      ...findLawMentions(body, lawReferences).map((m) => m.lawId),
      ...[...body.matchAll(/\]\(\/lovgrundlag\/([a-z0-9-]+)\/\)/g)].map((m) => m[1]),
    ];
  };
  return [
    ...staticPages,
    ...(await publishedMunicipalities()).map(({ municipality: m }) => ({ title: m.data.name, url: urls.municipality(m.id), type: 'municipality' as const, municipality: m.id, laws: [] })),
    ...standards.map((s) => ({
      title: `${s.data.title} (version ${s.data.version})`,
      url: urls.standardVersionById(s.id),
      type: 'standard' as const,
      municipality: s.data.municipality,
      laws: unique([...s.data.legalBases, ...bodyLaws(s)]),
    })),
    // The standard's own address shows the version in force; it cites what that version cites.
    ...groupStandards(standards).map((g) => {
      const current = currentVersion(g.versions.map((v) => ({ ...v.data, entry: v })), buildDate())!.entry;
      return {
        title: current.data.title,
        url: urls.standard(g.municipality, g.standard),
        type: 'standard' as const,
        municipality: g.municipality,
        laws: unique([...current.data.legalBases, ...bodyLaws(current)]),
      };
    }),
    ...consultations.map((c) => ({ title: c.data.title, url: urls.consultation(c.id), type: 'consultation' as const, municipality: c.data.municipality, laws: [] })),
    ...catalogue.map((c) => ({
      title: catalogueHeading(c.data),
      url: urls.catalogueEntry(c.id),
      type: c.data.kind === 'kapitel' ? ('chapter' as const) : ('annex' as const),
      municipality: c.data.municipality,
      laws: unique(bodyLaws(c)),
    })),
    ...examples.map((e) => ({ title: e.data.title, url: urls.example(e.id), type: 'example' as const, municipality: e.data.municipality, laws: unique(bodyLaws(e)) })),
    ...initiatives.map((i) => ({ title: i.data.title, url: urls.initiative(i.id), type: 'initiative' as const, laws: [] })),
    ...programmes.map((p) => ({ title: p.data.title, url: urls.programme(p.id), type: 'programme' as const, municipality: p.data.municipality, laws: [] })),
    ...offers.map((o) => ({ title: o.data.title, url: urls.offer(o.id), type: 'offer' as const, municipality: o.data.municipality, laws: [] })),
    ...law.map((l) => ({ title: lawLabel(l.data), url: urls.law(l.id), type: 'law' as const, laws: [l.id] })),
    ...rules.flatMap((r) => {
      if (r.data.kind !== 'complaint-routes') return [];
      const complaintRules = r.data as ComplaintRules;
      return complaintRules.outcomes.map((o) => {
        const result = describeOutcome(complaintRules, o.id);
        return { title: result.title, url: urls.complaintOutcome(o.id), type: 'complaint' as const, laws: result.sources };
      });
    }),
    ...rules.map((r) => ({
      title: r.data.title,
      url: rulePageUrl(r),
      type: 'rule' as const,
      laws: unique([...r.data.laws, ...rightsLaws(r)]),
    })),
  ];
}

/** Pages citing a law reference, the law's own page excluded. */
export async function pagesCiting(lawId: string): Promise<PageRef[]> {
  return (await allPages()).filter((p) => p.type !== 'law' && p.laws.includes(lawId));
}

/** Up to `limit` other pages sharing a municipality or a law reference with the given page, closest first. */
export async function relatedPages(page: Pick<PageRef, 'url' | 'municipality' | 'laws'>, limit = 6): Promise<PageRef[]> {
  related ??= allPages().then(relatedIndex);
  return (await related)(page, limit);
}
let related: Promise<ReturnType<typeof relatedIndex<PageRef>>> | undefined;
