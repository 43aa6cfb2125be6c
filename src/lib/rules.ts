import { urls } from './urls.ts';

/** Where a rule file is shown: the intensity definitions and the complaint routes have their own pages, other rules live under /regler/. */
export function rulePageUrl(rule: { id: string; data: { kind: string } }): string {
  if (rule.data.kind === 'intensity-definitions') return urls.intensity();
  if (rule.data.kind === 'complaint-routes') return urls.complaints();
  return urls.rule(rule.id);
}
