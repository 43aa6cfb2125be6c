/** /feed.xml: an Atom feed of new and revised quality standards and consultations. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildAtomFeed, toRfc3339 } from '../domain/site/atom.ts';
import { lastChanged } from '../data/git-dates.ts';
import { statusLabels } from '../domain/standards/versions.ts';
import { urls } from '../domain/site/urls.ts';
import { contentDirectory } from '../schemas/index.ts';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, site).href;
  const municipalities = new Map((await getCollection('municipalities')).map((m) => [m.id, m.data.name]));
  // Teaching examples (the fictional Eksempel Kommune) are not news.
  const fictional = new Set((await getCollection('municipalities')).filter((m) => m.data.fictional).map((m) => m.id));
  const standards = (await getCollection('standards')).filter((s) => !s.data.example).map((s) => ({
    url: absolute(urls.standardVersionById(s.id)),
    title: `${s.data.title}, version ${s.data.version} (${statusLabels[s.data.status].toLocaleLowerCase('da-DK')})`,
    updated: s.data.adoptedOn ? toRfc3339(s.data.adoptedOn) : lastChanged(`${contentDirectory()}/standards/${s.id}.mdx`),
    summary: s.data.summary,
    categories: [municipalities.get(s.data.municipality)!, 'Kvalitetsstandard'],
  }));
  const consultations = (await getCollection('consultations')).filter((c) => !fictional.has(c.data.municipality)).map((c) => ({
    url: absolute(urls.consultation(c.id)),
    title: c.data.title,
    updated: c.data.period ? toRfc3339(c.data.period.to) : lastChanged(`${contentDirectory()}/consultations/${c.id}.yaml`),
    summary: `${c.data.rows.length} høringssvar fra ${c.data.parties.map((p) => p.name).join(', ')}; ${c.data.rows.filter((r) => r.changed).length} førte til ændringer.`,
    categories: [municipalities.get(c.data.municipality)!, 'Høring'],
  }));
  const body = buildAtomFeed({
    selfUrl: absolute('/feed.xml'),
    siteUrl: absolute('/'),
    title: 'Rusmiddelguiden: nye og reviderede kvalitetsstandarder og høringer',
    subtitle: 'Kvalitetsstandarder for social behandling for brug af stoffer og høringerne om dem.',
    author: 'Rusmiddelguiden',
    entries: [...standards, ...consultations],
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
