import { z } from 'zod';
import { text, httpsUrl } from './common.ts';

/** The five Danish regions; a municipality belongs to exactly one. */
export const regions = ['Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Region Midtjylland', 'Region Nordjylland'] as const;

/** A municipality that publishes content on the site. One YAML file per municipality: content/municipalities/<id>.yaml. */
export const municipalitySchema = () =>
  z.strictObject({
    /** The municipality's name as it writes it, such as "Københavns Kommune". */
    name: text('kommunens navn, fx "Københavns Kommune"'),
    /** The official three-digit kommunekode, written in quotes, such as "101" for København. Fictional examples use "999". */
    code: z
      .string({ error: 'en kommunekode på tre cifre i anførselstegn, fx "101"' })
      .regex(/^\d{3}$/, { error: 'en kommunekode på tre cifre i anførselstegn, fx "101"' }),
    /** The region the municipality lies in. */
    region: z.enum(regions, { error: `en af de fem regioner: ${regions.map((r) => `"${r}"`).join(', ')}` }),
    /** The municipality's own website, if we link to it. */
    website: httpsUrl().optional(),
    /** true for the fictional "Eksempel Kommune" used as a template; such content is always marked as an example. */
    fictional: z.boolean({ error: 'true eller false' }).default(false),
  });

export type Municipality = z.infer<ReturnType<typeof municipalitySchema>>;
