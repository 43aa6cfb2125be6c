import { z } from 'zod';
import { text, httpsUrl, isoDate, year } from './common.ts';

/** What kind of document a source is. */
export const sourceKinds = ['kildedokument', 'lov', 'bekendtgoerelse', 'vejledning', 'afgoerelse', 'webside'] as const;

/**
 * A document the site's statements rest on: one of the five seed documents, a law, a guidance or
 * a public web page. Listed on /om/kilder/. One YAML file per source: content/sources/<id>.yaml.
 */
export const sourceSchema = () =>
  z
    .strictObject({
      /** The document's title exactly as the issuer wrote it (verbatim, also when the wording is dated). */
      title: text('dokumentets titel, som udgiveren har skrevet den'),
      /** Who issued it, such as "KL" or "Københavns Kommune". */
      issuer: text('udgiveren af dokumentet, fx "KL"'),
      /** The kind of document. */
      kind: z.enum(sourceKinds, { error: `en af ${sourceKinds.map((k) => `"${k}"`).join(', ')}` }),
      /** The year of the document, when only the year is known. */
      year: year().optional(),
      /** True when the year is an estimate (the document is undated), shown as "ca.". */
      yearApproximate: z.boolean({ error: 'true eller false' }).default(false),
      /** The document's own date, when known. */
      date: isoDate().optional(),
      /** Where the public can read it. */
      url: httpsUrl().optional(),
      /** When we last checked the web address and the content, YYYY-MM-DD. Required with url. */
      accessedOn: isoDate().optional(),
      /** For the five seed documents: the file name in shared/seeds that the content was imported from. */
      seedFile: z
        .string({ error: 'navnet på en kildefil, fx "002_72492f6a1839dc82.txt"' })
        .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'navnet på en kildefil, fx "002_72492f6a1839dc82.txt"' })
        .optional(),
      /** One or two sentences in plain Danish on what the document is and how the site uses it. */
      description: text('en kort beskrivelse af dokumentet på letforståeligt dansk'),
    })
    .refine((s) => !s.url || s.accessedOn, { error: 'den dato, webadressen sidst blev tjekket, fordi filen har en »url«', path: ['accessedOn'] });

export type Source = z.infer<ReturnType<typeof sourceSchema>>;
