import { z } from 'zod';
import { citations, slug, text } from './common.ts';

/**
 * A chapter or an annex of KL's inspiration catalogue, as MDX: content/catalogue/<id>.mdx.
 * The body keeps the catalogue's headings and its footnotes (as Markdown footnotes).
 */
export const catalogueSchema = () =>
  z.strictObject({
    /** "kapitel" for chapters 1-5, "bilag" for the annexes. */
    kind: z.enum(['kapitel', 'bilag'], { error: 'enten "kapitel" eller "bilag"' }),
    /** The chapter or annex number as the catalogue gives it, such as 3 or, for "Bilag 1", 1. */
    number: z.number({ error: 'kapitlets eller bilagets nummer, fx 3' }).int({ error: 'et helt tal' }).min(1, { error: 'et tal fra 1 og op' }),
    /** The heading, verbatim, without the number, such as "Kommunernes forpligtigelser på misbrugsområdet". */
    title: text('overskriften, ordret som i kilden'),
    /** The municipality an annex comes from, by id, such as "glostrup". */
    municipality: slug().optional(),
    /** One or two plain Danish sentences shown in lists. */
    summary: text('et kort resumé på letforståeligt dansk'),
    /** Where the text is in the catalogue. */
    sources: citations(),
  });

export type CatalogueEntry = z.infer<ReturnType<typeof catalogueSchema>>;
