import { z } from 'zod';
import { citation, httpsUrl, isoDate, text } from './common.ts';

/**
 * One legal reference (a paragraph or a subsection) with a plain-Danish summary. The file name is
 * the id used everywhere else, such as content/law/sel-101-stk-4.yaml -> "sel-101-stk-4".
 */
export const lawSchema = () =>
  z.strictObject({
    /** The law's short name as people say it, such as "Serviceloven". */
    law: text('the law\'s short name, such as "Serviceloven"'),
    /** The law's official title, verbatim, such as "Lov om social service". */
    title: text('the official title of the law, such as "Lov om social service"'),
    /** The consolidated act or order in force, such as "LBK nr. 1129 af 22.09.2025", when known. */
    act: text('the act in force, such as "LBK nr. 1129 af 22.09.2025"').optional(),
    /** The paragraph, written as in the law, such as "§ 101". */
    paragraph: z
      .string({ error: 'a paragraph such as "§ 101"' })
      .regex(/^§ \d+(?: [a-z])?$/, { error: 'a paragraph written with "§", a space and the number, such as "§ 101" or "§ 141 b"' }),
    /** The subsection, such as "stk. 4", when the reference is narrower than the paragraph. */
    subsection: z
      .string({ error: 'a subsection such as "stk. 4"' })
      .regex(/^stk\. \d+(?:, nr\. \d+)?$/, { error: 'a subsection written as "stk. 4" or "stk. 2, nr. 2"' })
      .optional(),
    /** What the rule means for a citizen, in one to three plain Danish sentences. */
    summary: text('a plain Danish summary of what the rule means for a citizen'),
    /** The official text, normally on retsinformation.dk. */
    url: httpsUrl(),
    /** What could not be confirmed about today's rule, shown to readers as a warning. Leave out when all is confirmed. */
    unconfirmed: text('what could not be confirmed').optional(),
    /** The date someone last checked the summary against the official text, YYYY-MM-DD. */
    verifiedOn: isoDate(),
    /** Where the summary was read, besides the official text (a guidance, a ruling). */
    sources: z.array(citation()).default([]),
    /** Earlier wording found in the source documents (outdated bodies or numbers), shown as history beside today's rule. */
    history: z
      .array(
        z.strictObject({
          /** The old wording, quoted verbatim from the source document. */
          wording: text('the old wording, quoted verbatim'),
          /** What changed since, in plain Danish, such as "Det Sociale Nævn blev erstattet af Ankestyrelsen 1. juli 2013". */
          change: text('what changed since, in plain Danish'),
          /** The document the old wording comes from. */
          citation: citation(),
        }),
      )
      .default([]),
  });

export type Law = z.infer<ReturnType<typeof lawSchema>>;
