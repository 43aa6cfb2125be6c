import { urls } from './urls.ts';

/** Where a rule file is shown: the intensity definitions, the complaint routes and the rights have their own pages, other rules live under /regler/. */
export function rulePageUrl(rule: { id: string; data: { kind: string } }): string {
  if (rule.data.kind === 'intensity-definitions') return urls.intensity();
  if (rule.data.kind === 'complaint-routes') return urls.complaints();
  if (rule.data.kind === 'rights') return urls.rights();
  if (rule.data.kind === 'unlinked-paragraphs') return `${urls.laws()}#uden-side`;
  return urls.rule(rule.id);
}
