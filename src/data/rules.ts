/** The rule files of content/rules/, one per kind, typed by their kind. */
import { getCollection } from 'astro:content';
import type { Rule } from '../schemas/rule.ts';

export type RuleKind = Rule['kind'];
export type RuleOfKind<K extends RuleKind> = Extract<Rule, { kind: K }>;

/**
 * The rule file of one kind, such as "complaint-routes", with its entry id. The content check
 * allows at most one file of a kind the site reads; `usedFor` says in the error what needs it.
 */
export async function ruleOfKind<K extends RuleKind>(kind: K, usedFor: string): Promise<{ id: string; data: RuleOfKind<K> }> {
  const entry = (await getCollection('rules')).find((r) => r.data.kind === kind);
  if (!entry) throw new Error(`content/rules/ needs a rule file with kind "${kind}" for ${usedFor}`);
  return { id: entry.id, data: entry.data as RuleOfKind<K> };
}

/** The rule file of one kind when there is one; pages that can do without it use this. */
export async function optionalRuleOfKind<K extends RuleKind>(kind: K): Promise<RuleOfKind<K> | undefined> {
  return (await getCollection('rules')).find((r) => r.data.kind === kind)?.data as RuleOfKind<K> | undefined;
}
