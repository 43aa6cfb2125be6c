/** Builds an Atom 1.0 feed (RFC 4287) as text. Pure: the caller supplies absolute URLs and dates. */

export interface AtomEntry {
  /** Absolute URL of the page; also the entry's id. */
  url: string;
  title: string;
  /** RFC 3339 date-time of the last change. */
  updated: string;
  summary: string;
  /** Category labels, such as the municipality and the kind of document. */
  categories?: string[];
}

export interface AtomFeed {
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  title: string;
  subtitle: string;
  author: string;
  entries: AtomEntry[];
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** YYYY-MM-DD (or a full date-time) as an RFC 3339 date-time in UTC. */
export function toRfc3339(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function buildAtomFeed(feed: AtomFeed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.localeCompare(a.updated));
  const updated = entries[0]?.updated ?? toRfc3339('1970-01-01');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">',
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    ...entries.flatMap((e) => [
      '  <entry>',
      `    <id>${escapeXml(e.url)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <updated>${e.updated}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      ...(e.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>`),
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
