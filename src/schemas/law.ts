import { z } from 'zod';
import { citation, citations, httpsUrl, isoDate, text } from './common.ts';

/** "LBK nr. 1129 af 22.09.2025": the kind of act, its number and its date. */
export const actPattern = /^(LBK|LOV|BEK|VEJ) nr\. (\d+) af (\d{2})\.(\d{2})\.(\d{4})$/;

/** The ELI address of an act on retsinformation.dk, from "LBK nr. 1129 af 22.09.2025" (vejledninger live under /eli/retsinfo/). */
export function eliAddress(act: string): string | undefined {
  const m = actPattern.exec(act);
  if (!m) return undefined;
  return `https://www.retsinformation.dk/eli/${m[1] === 'VEJ' ? 'retsinfo' : 'lta'}/${m[5]}/${m[2]}`;
}

/**
 * One legal reference (a paragraph or a subsection) with a plain-Danish summary. The file name is
 * the id used everywhere else, such as content/law/sel-101-stk-4.yaml -> "sel-101-stk-4".
 */
export const lawSchema = () =>
  z
    .strictObject({
      /** The law's short name as people say it, such as "Serviceloven". */
      law: text('lovens korte navn, fx "Serviceloven"'),
      /** The law's official title, verbatim, such as "Lov om social service". */
      title: text('lovens officielle titel, fx "Lov om social service"'),
      /** The consolidated act or order in force, such as "LBK nr. 1129 af 22.09.2025": the newest one that could be found. */
      act: z
        .string({ error: 'den gældende lov eller bekendtgørelse, fx "LBK nr. 1129 af 22.09.2025"' })
        .regex(actPattern, { error: 'den gældende lov eller bekendtgørelse skrevet som "LBK nr. 1129 af 22.09.2025" (eller med BEK, LOV eller VEJ) med nummer og dato' }),
      /** The paragraph, written as in the law, such as "§ 101". */
      paragraph: z
        .string({ error: 'en paragraf, fx "§ 101"' })
        .regex(/^§ \d+(?: [a-z])?$/, { error: 'en paragraf skrevet med "§", et mellemrum og nummeret, fx "§ 101" eller "§ 141 b"' }),
      /** The subsection, such as "stk. 4", when the reference is narrower than the paragraph. */
      subsection: z
        .string({ error: 'et stykke, fx "stk. 4"' })
        .regex(/^stk\. \d+(?:, nr\. \d+)?$/, { error: 'et stykke skrevet som "stk. 4" eller "stk. 2, nr. 2"' })
        .optional(),
      /** What the rule is about, in a few plain Danish words, such as "Frit valg af behandlingssted": the page's heading after the paragraph. */
      heading: text('få ord på letforståeligt dansk om, hvad reglen handler om, fx "Frit valg af behandlingssted"'),
      /** What the rule means for a citizen, in one to three plain Danish sentences. */
      summary: text('et resumé på letforståeligt dansk af, hvad reglen betyder for en borger'),
      /** The act's own address on retsinformation.dk, its ELI address, such as https://www.retsinformation.dk/eli/lta/2025/1129 (the year and number of "act"). */
      url: httpsUrl(),
      /** What could not be confirmed about today's rule, shown to readers as a warning. Leave out when all is confirmed. */
      unconfirmed: text('en beskrivelse af, hvad der ikke har kunnet bekræftes').optional(),
      /** The date someone last checked the summary against the texts in "checkedAgainst", YYYY-MM-DD. When a check finds no text to check against, leave the date and say so in "checkNote". */
      verifiedOn: isoDate(),
      /** What the summary was checked against on that date (sources in content/sources/, each with its date and address), with where in each. */
      checkedAgainst: citations(),
      /** What the check could not read or confirm, such as "Den gældende lovbekendtgørelse kunne ikke læses", shown with the check date. */
      checkNote: text('en beskrivelse af, hvad kontrollen ikke kunne læse eller bekræfte').optional(),
      /** Words people search with for this rule, also ones the site does not use itself, such as "misbrug" or "ventetid". */
      searchWords: z.array(text('et søgeord')).default([]),
      /** Earlier wording found in the source documents (outdated bodies or numbers), shown as history beside today's rule. */
      history: z
        .array(
          z.strictObject({
            /** The old wording, quoted verbatim from the source document. */
            wording: text('den gamle formulering, citeret ordret'),
            /** What changed since, in plain Danish, such as "Det Sociale Nævn blev erstattet af Ankestyrelsen 1. juli 2013". */
            change: text('en beskrivelse på letforståeligt dansk af, hvad der er ændret siden'),
            /** The document the old wording comes from. */
            citation: citation(),
          }),
        )
        .default([]),
    })
    // A url that is not https:// already has its own message.
    .refine((law) => !law.url.startsWith('https://') || law.url === eliAddress(law.act), {
      error: (issue) => `lovens egen ELI-adresse på retsinformation.dk, ${eliAddress((issue.input as { act: string }).act) ?? 'https://www.retsinformation.dk/eli/lta/<år>/<nummer>'}, for den lov, der står i »act«`,
      path: ['url'],
    });

export type Law = z.infer<ReturnType<typeof lawSchema>>;
