/**
 * Building blocks shared by every content schema. Each error message is written as the
 * "expected ..." half of a sentence; src/content-check/content-errors.ts adds the file, the field and
 * what was found, so an editor reads one plain line per problem.
 */
import { z } from 'zod';
import { entryIdPattern, idPattern } from './ids.ts';

/** Lower-case words joined by hyphens, as used in file names and ids (a-z, 0-9, -). */
export const slug = () =>
  z.string({ error: 'et id af små bogstaver, tal og bindestreger, fx "frit-valg"' }).regex(idPattern, {
    error: 'et id af kun små bogstaver, tal og bindestreger (ingen æ, ø, å, mellemrum eller store bogstaver), fx "frit-valg"',
  });

/** A path-like id of slugs separated by "/", such as "koebenhavn/social-behandling-stoffer/2023-24". */
export const entryId = (example: string) =>
  z.string({ error: `et id, fx "${example}"` }).regex(entryIdPattern, {
    error: `et id, fx "${example}" (kun små bogstaver, tal, bindestreger og "/")`,
  });

/** Text that must be present and not just spaces. */
export const text = (what = 'tekst') => z.string({ error: `${what}` }).trim().min(1, { error: `${what}, og feltet må ikke være tomt` });

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
      .string({ error: 'en dato skrevet som år-måned-dag, fx 2024-03-31' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'en dato skrevet som år-måned-dag, fx 2024-03-31', abort: true })
      .refine(isRealDate, { error: 'en dato, der findes, skrevet som år-måned-dag (måned 01-12 og en dag, som måneden har)' }),
  );

/** A year such as 2023. */
export const year = () =>
  z.number({ error: 'et årstal skrevet som et tal, fx 2023' }).int({ error: 'et helt årstal, fx 2023' }).min(1900, { error: 'et årstal fra 1900 og frem' }).max(2100, { error: 'et årstal før 2100' });

/** A web address starting with https:// (official sources are served over https). */
export const httpsUrl = () =>
  z.url({ protocol: /^https$/, error: 'en fuld webadresse, der begynder med https://' });

/** A reference to an entry in the sources collection, with where in it the statement is found. */
export const citation = () =>
  z.strictObject({
    /** Id of the source in content/sources/, such as "kl-inspirationskatalog-2009". */
    source: slug(),
    /** Where in the source: page numbers, a section or an annex, such as "s. 12-13" or "afsnit 3.4". */
    locator: text('stedet i kilden, hvor oplysningen står, fx "s. 12"').optional(),
  });

/** At least one citation: nothing a reader relies on may stand without a source. */
export const citations = () =>
  z.array(citation(), { error: 'en liste af kilder, hver skrevet som "- source: <id>"' }).min(1, {
    error: 'mindst én kilde (et punkt "- source: <id>" med id\'et på en kilde i content/sources/)',
  });

/** A list of law ids from content/law/, such as ["sel-101-stk-4"]. */
export const lawRefs = () => z.array(slug(), { error: 'en liste af id\'er på lovhenvisninger, fx ["sel-101-stk-4"]' });
