import { z } from 'zod';
import { citations, slug, text } from './common.ts';

/**
 * A practice example from the catalogue: what one municipality or organisation did. MDX:
 * content/examples/<id>.mdx; the body is the example's text from the source.
 */
export const exampleSchema = () =>
  z
    .strictObject({
      /** The example's title, such as "Fælles indgang til misbrugsbehandlingen i Fredericia". */
      title: text('eksemplets titel'),
      /** The municipality the example comes from, by id, such as "fredericia". */
      municipality: slug().optional(),
      /** For an example from a region or a national body: its name, such as "Kriminalforsorgen". */
      organisation: text('organisationens navn').optional(),
      /** The catalogue chapter the example belongs to, by id, such as "kapitel-5". */
      chapter: slug(),
      /** Themes for filtering, as ids, such as ["udredning", "samarbejdsaftaler"]. */
      themes: z.array(slug()).min(1, { error: 'mindst ét tema, fx "udredning"' }),
      /** One or two plain Danish sentences shown in lists. */
      summary: text('et kort resumé på letforståeligt dansk'),
      /** Steps in time, shown as a timeline, such as a case-handling sequence from day 1 to month 6. */
      timeline: z
        .array(
          z.strictObject({
            /** When, as the source says, such as "Dag 1" or "Efter 3 måneder". */
            when: text('tidspunktet, fx "Dag 1"'),
            /** What happens then, verbatim or closely following the source. */
            what: text('en beskrivelse af, hvad der sker på det tidspunkt'),
          }),
        )
        .default([]),
      /** Where the example is told. */
      sources: citations(),
    })
    .refine((e) => e.municipality || e.organisation, { error: 'enten »municipality« (et id) eller »organisation« (et navn): hvem eksemplet kommer fra', path: ['municipality'] });

export type Example = z.infer<ReturnType<typeof exampleSchema>>;
