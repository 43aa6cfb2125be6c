import { z } from 'zod';
import { citations, lawRefs, slug, text } from './common.ts';

/** A term a citizen meets in the documents, explained in plain Danish. One YAML file per term: content/glossary/<id>.yaml. */
export const glossarySchema = () =>
  z.strictObject({
    /** The term as it is written, such as "Behandlingsgaranti". */
    term: text('ordet, fx "Behandlingsgaranti"'),
    /** What it means, in one to three plain Danish sentences, without stigmatizing words. */
    definition: text('en forklaring af ordet på letforståeligt dansk'),
    /** Other words people use or search for, such as ["14-dages-reglen"]. */
    synonyms: z.array(text('et synonym')).default([]),
    /** Law ids from content/law/ that the term rests on. */
    laws: lawRefs().default([]),
    /** Other glossary terms worth reading next, by id. */
    seeAlso: z.array(slug()).default([]),
    /** Where the explanation comes from. */
    sources: citations(),
  });

export type GlossaryTerm = z.infer<ReturnType<typeof glossarySchema>>;
