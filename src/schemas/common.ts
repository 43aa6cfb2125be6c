/**
 * Building blocks shared by every content schema. Each error message is written as the
 * "expected ..." half of a sentence; src/content-check/content-errors.ts adds the file, the field and
 * what was found, so an editor reads one plain line per problem.
 */
import { z } from 'zod';
import { entryIdPattern, idPattern } from './ids.ts';

/** Lower-case words joined by hyphens, as used in file names and ids (a-z, 0-9, -). */
export const slug = () =>
  z.string({ error: 'an id of lower-case letters, digits and hyphens, such as "frit-valg"' }).regex(idPattern, {
    error: 'an id of lower-case letters, digits and hyphens only (no æ, ø, å, spaces or capitals), such as "frit-valg"',
  });

/** A path-like id of slugs separated by "/", such as "koebenhavn/social-behandling-stoffer/2023-24". */
export const entryId = (example: string) =>
  z.string({ error: `an entry id such as "${example}"` }).regex(entryIdPattern, {
    error: `an entry id such as "${example}" (lower-case letters, digits, hyphens and "/")`,
  });

/** Text that must be present and not just spaces. */
export const text = (what = 'text') => z.string({ error: `${what}` }).trim().min(1, { error: `${what}, not an empty value` });

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date written YYYY-MM-DD. Astro's YAML reader turns unquoted dates into Date
 * objects, so those are accepted and turned back into the same text.
 */
export const isoDate = () =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: 'a date written as YYYY-MM-DD, for example 2024-03-31' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date written as YYYY-MM-DD, for example 2024-03-31', abort: true })
      .refine(isRealDate, { error: 'a real calendar date written as YYYY-MM-DD (month 01-12, a day that exists in that month)' }),
  );

/** A year such as 2023. */
export const year = () =>
  z.number({ error: 'a year written as a number, such as 2023' }).int({ error: 'a whole year, such as 2023' }).min(1900, { error: 'a year from 1900 onwards' }).max(2100, { error: 'a year before 2100' });

/** A web address starting with https:// (official sources are served over https). */
export const httpsUrl = () =>
  z.url({ protocol: /^https$/, error: 'a full web address starting with https://' });

/** A reference to an entry in the sources collection, with where in it the statement is found. */
export const citation = () =>
  z.strictObject({
    /** Id of the source in content/sources/, such as "kl-inspirationskatalog-2009". */
    source: slug(),
    /** Where in the source: page numbers, a section or an annex, such as "s. 12-13" or "afsnit 3.4". */
    locator: text('where in the source the statement is, such as "s. 12"').optional(),
  });

/** At least one citation: nothing a reader relies on may stand without a source. */
export const citations = () =>
  z.array(citation(), { error: 'a list of sources, each written as "- source: <id>"' }).min(1, {
    error: 'at least one source (a list item "- source: <id>" naming an entry in content/sources/)',
  });

/** A list of law ids from content/law/, such as ["sel-101-stk-4"]. */
export const lawRefs = () => z.array(slug(), { error: 'a list of law ids such as ["sel-101-stk-4"]' });
