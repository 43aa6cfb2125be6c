import { z } from 'zod';
import { citations, entryId, isoDate, slug, text, year } from './common.ts';
import { sectionId } from './standard.ts';

/** One remark from a consulted party and the administration's response to it. */
export const consultationRowSchema = () =>
  z
    .strictObject({
      /** A short id for the row, unique in the consultation, used in links such as "#udsatteraadet-doegn". */
      id: slug(),
      /** The party's id from the consultation's parties list (the first named, when several parties gave the remark together). */
      party: slug(),
      /** The other parties that gave the remark together with `party` (one cell naming several parties), as ids from the parties list. */
      alsoFrom: z.array(slug()).min(1, { error: 'mindst ét id, eller lad feltet være væk' }).optional(),
      /** The party's remark. Quotations stay verbatim (repaired only where the PDF extraction damaged letters). */
      remark: text('høringspartens bemærkning'),
      /**
       * The administration's comment, verbatim: the whole cell, including any "Ændring på baggrund af
       * bemærkning" paragraph. Left out when the memo has no comment to the remark (such as for a party
       * that "Har ikke afgivet høringssvar"); the page then says "Ingen kommentar". When given, it is not empty.
       */
      response: text('forvaltningens svar').optional(),
      /** Whether the remark changed the standard ("Ændring på baggrund af bemærkning"). */
      changed: z.boolean({ error: 'true, hvis bemærkningen ændrede standarden, ellers false' }),
      /** The change made: the text after "Ændring på baggrund af bemærkning:", verbatim. Required when changed is true. */
      change: text('den ændring, der blev lavet').optional(),
      /** Ids of the sections of the consulted version that the remark concerns or changed, such as ["3.4"]. */
      sections: z.array(sectionId()).default([]),
    })
    .refine((row) => !row.changed || row.change, { error: 'en beskrivelse af ændringen, fordi »changed« er true', path: ['change'] })
    .refine((row) => !row.changed || row.response !== undefined, { error: 'forvaltningens svar, fordi »changed« er true', path: ['response'] });

/**
 * A consultation-response table (høringsnotat): who was heard on a version of a standard, what they
 * said, and what the administration did about it. One YAML file: content/consultations/<municipality>/<slug>.yaml.
 */
/** What `npm run import:hoering -- --allow-partial` puts before a row it could not read; the content check refuses it until the row is fixed. */
export const notImportedMarker = '[IKKE IMPORTERET]';

export const consultationSchema = () =>
  z
    .strictObject({
      /** The document's title, verbatim. */
      title: text('høringsnotatets titel'),
      /** The municipality's id, such as "koebenhavn". */
      municipality: slug(),
      /** The standard version consulted: "<municipality>/<standard>/<version>". */
      standard: entryId('koebenhavn/social-behandling-stoffer/2023-24'),
      /** The year of the memo. */
      year: year(),
      /** The first and last day of the consultation, when known. */
      period: z.strictObject({ from: isoDate(), to: isoDate() }).optional(),
      /** The parties heard, each with a short id used by the rows. */
      parties: z
        .array(z.strictObject({ /** Short id, such as "udsatteraadet". */ id: slug(), /** The party's name, such as "Udsatterådet". */ name: text('høringspartens navn') }))
        .min(1, { error: 'mindst én høringspart' }),
      /** The table: one row per remark, in the memo's order. */
      rows: z.array(consultationRowSchema(), { error: 'en liste af rækker' }).min(1, { error: 'mindst én række: en høringstabel kan ikke være tom' }),
      /** Text in the memo that belongs to no party (introductions, general notes). */
      notes: z
        .array(
          text('en note').refine((note) => !note.includes(notImportedMarker), {
            error: `en note uden ${notImportedMarker}: noten er en række, importen ikke kunne læse. Ret rækken i tabellen og importér igen, eller skriv rækken ind, hvor den hører til, og slet noten`,
          }),
        )
        .default([]),
      /** What the memo rests on. */
      sources: citations(),
    })
    .superRefine((c, ctx) => {
      const partyIds = new Set(c.parties.map((p) => p.id));
      const rowIds = new Map<string, number>();
      c.rows.forEach((row, index) => {
        const known = `et af de id'er, der står under »parties«: ${[...partyIds].map((p) => `"${p}"`).join(', ')}`;
        if (!partyIds.has(row.party)) ctx.addIssue({ code: 'custom', path: ['rows', index, 'party'], message: known });
        (row.alsoFrom ?? []).forEach((other, k) => {
          if (!partyIds.has(other)) ctx.addIssue({ code: 'custom', path: ['rows', index, 'alsoFrom', k], message: known });
          else if (other === row.party || row.alsoFrom!.indexOf(other) !== k) {
            ctx.addIssue({ code: 'custom', path: ['rows', index, 'alsoFrom', k], message: 'en anden høringspart end »party« og de andre i »alsoFrom«: hver høringspart står kun én gang' });
          }
        });
        const first = rowIds.get(row.id);
        if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['rows', index, 'id'], message: `et id, som kun én række har (række nr. ${first + 1} har det allerede)` });
        else rowIds.set(row.id, index);
      });
    });

export type Consultation = z.infer<ReturnType<typeof consultationSchema>>;
export type ConsultationRow = z.infer<ReturnType<typeof consultationRowSchema>>;
