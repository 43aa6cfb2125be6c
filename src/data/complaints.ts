/** The complaint wizard's rules and the public holidays from the content collection, typed for src/domain/complaints/flow.ts. */
import type { ComplaintRules } from '../content-check/complaint-rules.ts';
import type { HolidayDefinitions } from '../domain/dates.ts';
import { ruleOfKind } from './rules.ts';

export async function complaintRules(): Promise<ComplaintRules> {
  return (await ruleOfKind('complaint-routes', '/klage/')).data as ComplaintRules;
}

export async function publicHolidays(): Promise<HolidayDefinitions> {
  const { data } = await ruleOfKind('public-holidays', 'the complaint deadlines');
  return { fixed: data.fixed, fromEaster: data.fromEaster };
}
