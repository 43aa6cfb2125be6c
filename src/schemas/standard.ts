import { z } from 'zod';
import { citations, isoDate, lawRefs, slug, text } from './common.ts';

/** The life of a version: a draft, out for consultation, adopted, or replaced by a later version. */
export const standardStatuses = ['udkast', 'i-hoering', 'vedtaget', 'historisk'] as const;

/** Which substances the standard covers. */
export const standardAreas = ['stoffer', 'alkohol', 'begge'] as const;

/** A section id as the standard numbers it ("2.8", "4.4.5", "7") or a word for an unnumbered part ("resume"). */
export const sectionId = () =>
  z
    .string({ error: 'et afsnits-id: afsnittets nummer, fx "3.4", eller et ord, fx "resume"' })
    .regex(/^(?:\d+(?:\.\d+)*|[a-z]+(?:-[a-z]+)*)$/, { error: 'et afsnits-id: afsnittets nummer, fx "3.4" eller "4.4.5", eller et ord med små bogstaver, fx "resume"' });

/** A change made to a section in this version, and what caused it. */
export const sectionChangeSchema = () =>
  z.strictObject({
    /** What was changed, in plain Danish, as the municipality describes it. */
    description: text('en beskrivelse af ændringen'),
    /** Why: a consultation response ("hoeringssvar") or the administration's own revision ("forvaltningen"). */
    cause: z.enum(['hoeringssvar', 'forvaltningen'], { error: 'enten "hoeringssvar" (et høringssvar førte til ændringen) eller "forvaltningen"' }),
    /** The consultation rows that caused the change, as "<consultation id>#<row id>". */
    responses: z
      .array(
        z
          .string({ error: 'en række i en høring skrevet som "<høringens id>#<rækkens id>"' })
          .regex(/^[a-z0-9/-]+#[a-z0-9-]+$/, { error: 'en række i en høring skrevet som "<høringens id>#<rækkens id>", fx "koebenhavn/hoeringsnotat-2023-24#dialogforum-titel"' }),
      )
      .default([]),
  });

/** One section of a standard version. Its text lives in the MDX body under a heading ending in {#afsnit-<id>}. */
export const standardSectionSchema = () =>
  z.strictObject({
    /** The section's id, as the standard numbers it. Must be unique within the version. */
    id: sectionId(),
    /** The section's heading, verbatim. */
    title: text('afsnittets overskrift'),
    /** true when the source does not give the heading and title is our description of the section instead. */
    titleIsDescription: z.boolean({ error: 'true eller false' }).default(false),
    /** The statutory elements (ids from content/rules/kvalitetsstandard-elementer.yaml) this section covers. */
    elements: z.array(slug()).default([]),
    /** Changes made to this section in this version. */
    changes: z.array(sectionChangeSchema()).default([]),
  });

/**
 * One version of a municipality's quality standard. One MDX file per version:
 * content/standards/<municipality>/<standard>/<version>.mdx, with the frontmatter below.
 */
export const standardSchema = () =>
  z
    .strictObject({
      /** The standard's title, verbatim, such as "Kvalitetsstandard for social behandling for brug af stoffer". */
      title: text('standardens titel'),
      /** The municipality's id (its file name in content/municipalities/), such as "koebenhavn". */
      municipality: slug(),
      /** The standard's id, the same for all its versions, such as "social-behandling-stoffer". */
      standard: slug(),
      /** This version's label, used in its address, such as "2023-24". */
      version: slug(),
      /** Where the version is in its life. */
      status: z.enum(standardStatuses, { error: `en af ${standardStatuses.map((s) => `"${s}"`).join(', ')}` }),
      /** Which substances the standard covers. */
      area: z.enum(standardAreas, { error: `en af ${standardAreas.map((s) => `"${s}"`).join(', ')}` }),
      /** Law ids (content/law/) the standard is issued under. */
      legalBases: lawRefs().min(1, { error: 'mindst ét id på en lovhenvisning, fx "sel-101"' }),
      /** Who adopted it: the council or one of its committees, such as "Socialudvalget". Required when status is "vedtaget" or "historisk". */
      adoptedBy: text('kommunalbestyrelsen eller det udvalg, der vedtog den').optional(),
      /** The date it was adopted, YYYY-MM-DD. Required when status is "vedtaget" or "historisk". */
      adoptedOn: isoDate().optional(),
      /** The first day the version applies, YYYY-MM-DD. */
      validFrom: isoDate().optional(),
      /** The version label this version replaces, such as "2021-22". */
      supersedes: slug().optional(),
      /** The consultation this version was sent to, by id, such as "koebenhavn/hoeringsnotat-2023-24". */
      consultation: z.string({ error: 'id\'et på en høring, fx "koebenhavn/hoeringsnotat-2023-24"' }).optional(),
      /** true for teaching examples (the fictional Eksempel Kommune): the page says so clearly. */
      example: z.boolean({ error: 'true eller false' }).default(false),
      /** A short plain-Danish summary shown in lists. */
      summary: text('et kort resumé på letforståeligt dansk'),
      /** true when the site knows only some sections (those a consultation memo names), not the whole standard. */
      partialRecord: z.boolean({ error: 'true eller false' }).default(false),
      /** The sections of this version, in order. */
      sections: z.array(standardSectionSchema(), { error: 'en liste af afsnit' }).min(1, { error: 'mindst ét afsnit' }),
      /** What the version's content rests on. */
      sources: citations(),
    })
    .superRefine((s, ctx) => {
      if ((s.status === 'vedtaget' || s.status === 'historisk') && !s.adoptedOn) {
        ctx.addIssue({ code: 'custom', path: ['adoptedOn'], message: `datoen for vedtagelsen (år-måned-dag), fordi »status« er "${s.status}"` });
      }
      if ((s.status === 'vedtaget' || s.status === 'historisk') && !s.adoptedBy) {
        ctx.addIssue({ code: 'custom', path: ['adoptedBy'], message: `navnet på kommunalbestyrelsen eller det udvalg, der vedtog den, fordi »status« er "${s.status}"` });
      }
      const seen = new Map<string, number>();
      s.sections.forEach((section, index) => {
        const first = seen.get(section.id);
        if (first !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `et afsnits-id, der kun bruges én gang i versionen (afsnit nr. ${first + 1} i listen har det allerede)` });
        } else seen.set(section.id, index);
      });
    });

export type Standard = z.infer<ReturnType<typeof standardSchema>>;
export type StandardSection = z.infer<ReturnType<typeof standardSectionSchema>>;

/** The anchor of a section in the page, such as "afsnit-4-4-5" for section "4.4.5". */
export const sectionAnchor = (id: string) => `afsnit-${id.replaceAll('.', '-')}`;
