/** The complaint wizard's rules and the public holidays from the content collection, typed for src/domain/complaints/flow.ts. */
import { getCollection } from 'astro:content';
import type { ComplaintRules } from '../content-check/complaint-rules.ts';
import type { HolidayDefinitions } from '../domain/dates.ts';

export async function complaintRules(): Promise<ComplaintRules> {
  const rule = (await getCollection('rules')).find((r) => r.data.kind === 'complaint-routes');
  if (!rule || rule.data.kind !== 'complaint-routes') throw new Error('content/rules/ needs a rule file with kind "complaint-routes" for /klage/');
  return rule.data as ComplaintRules;
}

export async function publicHolidays(): Promise<HolidayDefinitions> {
  const rule = (await getCollection('rules')).find((r) => r.data.kind === 'public-holidays');
  if (!rule || rule.data.kind !== 'public-holidays') throw new Error('content/rules/ needs a rule file with kind "public-holidays" for the complaint deadlines');
  return { fixed: rule.data.fixed, fromEaster: rule.data.fromEaster };
}
