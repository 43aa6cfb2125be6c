/** The complaint wizard's rules from the content collection, typed for src/lib/complaint-flow.ts. */
import { getCollection } from 'astro:content';
import type { ComplaintRules } from '../lib/complaints.ts';

export async function complaintRules(): Promise<ComplaintRules> {
  const rule = (await getCollection('rules')).find((r) => r.data.kind === 'complaint-routes');
  if (!rule || rule.data.kind !== 'complaint-routes') throw new Error('content/rules/ needs a rule file with kind "complaint-routes" for /klage/');
  return rule.data as ComplaintRules;
}
